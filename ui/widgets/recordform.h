#pragma once

#include "domain/ids.h"
#include "widgets/recorddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QLineEdit>
#include <QList>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

class QFormLayout;

namespace oversight {

struct Campaign;
struct Unit;

/// Registered units by id and name, for the unit pickers.
using UnitChoices = QList<std::pair<UnitId, QString>>;

/// The items of a choice box: the text shown and the value it stands for.
using Choices = QList<std::pair<QString, QVariant>>;

/// An enum's values in its words: `choices(allMethods(), methodLabel)`.
template <typename Values, typename Word>
Choices choices(const Values &values, Word word)
{
    Choices out;
    for (const auto v : values)
        out.append({word(v), int(v)});
    return out;
}
/// The units by name.
Choices unitNames(const std::vector<Unit> &units);
Choices unitNames(const UnitChoices &units);
/// The campaign's reform areas, "3. title", by number.
Choices areaTitles(const Campaign &campaign);

/// How a record's member is kept in a choice box's item data: an enum as its int, a typed id as its row
/// number; an optional enum not set is -1 (the "none" item a box may offer).
namespace choicedata {
template <typename T>
QVariant of(const T &value)
{
    if constexpr (std::is_enum_v<T>)
        return int(value);
    else
        return QVariant::fromValue(value);
}
template <typename Tag>
QVariant of(const Id<Tag> &id)
{
    return id.value;
}
template <typename E>
QVariant of(const std::optional<E> &value)
{
    return value ? int(*value) : -1;
}

template <typename T>
void read(const QVariant &data, T &out)
{
    if constexpr (std::is_enum_v<T>)
        out = T(data.toInt());
    else
        out = data.value<T>();
}
template <typename Tag>
void read(const QVariant &data, Id<Tag> &out)
{
    out = Id<Tag>(data.toLongLong());
}
template <typename E>
void read(const QVariant &data, std::optional<E> &out)
{
    const int v = data.toInt();
    out = v >= 0 ? std::optional<E>(E(v)) : std::nullopt;
}
} // namespace choicedata

/// A checkbox and the date it enables: an optional date.
struct OptionalDate
{
    QCheckBox *check = nullptr;
    QDateEdit *date = nullptr;
};

/// The untyped half of RecordForm: the form layout and the boxes it is made of.
class RecordFields
{
public:
    explicit RecordFields(QWidget *owner);

    /// The rows, for RecordDialog::layForm().
    [[nodiscard]] QFormLayout *layout() const { return m_layout; }
    /// A row with a widget no record member is read from (an empty label: the field column alone).
    template <typename W>
    W *row(const QString &label, W *widget)
    {
        addRow(label, widget);
        return widget;
    }

protected:
    void addRow(const QString &label, QWidget *widget);
    [[nodiscard]] QLineEdit *lineBox(const QString &text, const QString &objectName) const;
    [[nodiscard]] QPlainTextEdit *textBox(const QString &text, int lines, const QString &objectName) const;
    /// A date box showing `value`, or `fallback` while `value` is not set.
    [[nodiscard]] QDateEdit *dateBox(QDate value, QDate fallback, const QString &objectName) const;
    [[nodiscard]] QSpinBox *spinBox(int value, int minimum, int maximum, const QString &objectName) const;
    [[nodiscard]] QComboBox *choiceBox(const Choices &items, const QVariant &current,
                                       const QString &objectName) const;
    [[nodiscard]] QCheckBox *checkBox(const QString &text, bool checked, const QString &objectName) const;
    /// The check and the date side by side in one row widget; the date is enabled while the box is ticked.
    [[nodiscard]] QWidget *optionalDateRow(const OptionalDate &fields) const;

    QWidget *m_owner;
    QFormLayout *m_layout;
};

/// The fields of a dialog that edits one `Record`: each field is made from the record's member, laid as a
/// labelled row (in the order added, which is also the tab order) and read back into that member by
/// edited(). A dialog states only its fields; what it needs beyond a plain member it reads itself.
template <typename Record>
class RecordForm : public RecordFields
{
public:
    RecordForm(Record record, QWidget *owner) : RecordFields(owner), m_record(std::move(record)) {}

    /// The record as loaded (its id is set here once a new record is saved).
    [[nodiscard]] const Record &record() const { return m_record; }
    [[nodiscard]] Record &record() { return m_record; }
    /// The record with every field read back.
    [[nodiscard]] Record edited() const
    {
        Record r = m_record;
        for (const auto &read : m_readers)
            read(r);
        return r;
    }

    /// Saves the edited record: `update(record)` when it has an id, else `add(record)`, whose new id is kept
    /// in record(). Gives the id, or the service's refusal.
    template <typename Update, typename Add>
    auto save(Update update, Add add)
    {
        const Record r = edited();
        auto saved = addOrUpdate(
            r.id, [&] { return update(r); }, [&] { return add(r); });
        if (saved)
            m_record.id = *saved;
        return saved;
    }

    /// Any widget, read back by `read(record, widget)`.
    template <typename W, typename Read>
    W *field(const QString &label, W *widget, Read read)
    {
        addRow(label, widget);
        return bind(widget, read);
    }

    /// A widget the dialog lays elsewhere, not in these rows, read back by `read(record, widget)`.
    template <typename W, typename Read>
    W *bind(W *widget, Read read)
    {
        m_readers.push_back([widget, read](Record &r) { read(r, widget); });
        return widget;
    }

    QLineEdit *line(const QString &label, const QString &objectName, QString Record::*member)
    {
        return field(label, lineBox(m_record.*member, objectName),
                     [member](Record &r, const QLineEdit *w) { r.*member = w->text(); });
    }

    /// A plain-text box `lines` lines high.
    QPlainTextEdit *text(const QString &label, const QString &objectName, int lines, QString Record::*member)
    {
        return field(label, textBox(m_record.*member, lines, objectName),
                     [member](Record &r, const QPlainTextEdit *w) { r.*member = w->toPlainText(); });
    }

    /// A date box showing the member, or `fallback` while the member is not set.
    QDateEdit *date(const QString &label, const QString &objectName, QDate Record::*member, QDate fallback)
    {
        return field(label, dateBox(m_record.*member, fallback, objectName),
                     [member](Record &r, const QDateEdit *w) { r.*member = w->date(); });
    }

    /// A whole number from `minimum` to `maximum`.
    QSpinBox *number(const QString &label, const QString &objectName, int Record::*member, int minimum,
                     int maximum)
    {
        return field(label, spinBox(m_record.*member, minimum, maximum, objectName),
                     [member](Record &r, const QSpinBox *w) { r.*member = w->value(); });
    }

    /// A box of `items` showing the member's value (else the first item).
    template <typename T>
    QComboBox *choice(const QString &label, const QString &objectName, T Record::*member, const Choices &items)
    {
        return field(label, choiceBox(items, choicedata::of(m_record.*member), objectName),
                     [member](Record &r, const QComboBox *w) { choicedata::read(w->currentData(), r.*member); });
    }

    /// A checkbox in the field column alone.
    QCheckBox *check(const QString &text, const QString &objectName, bool Record::*member)
    {
        return field(QString(), checkBox(text, m_record.*member, objectName),
                     [member](Record &r, const QCheckBox *w) { r.*member = w->isChecked(); });
    }

    /// A checkbox (`checkText`, ticked when `checked`) enabling a date box: the member is the date while
    /// ticked, else not set. The date box shows the member, or `fallback` while it is not set.
    OptionalDate optionalDate(const QString &label, const QString &checkText, const QString &checkName,
                              const QString &dateName, QDate Record::*member, QDate fallback, bool checked)
    {
        OptionalDate fields{checkBox(checkText, checked, checkName), dateBox(m_record.*member, fallback, dateName)};
        addRow(label, optionalDateRow(fields));
        m_readers.push_back([fields, member](Record &r) {
            r.*member = fields.check->isChecked() ? fields.date->date() : QDate();
        });
        return fields;
    }

private:
    Record m_record;
    std::vector<std::function<void(Record &)>> m_readers;
};

} // namespace oversight
