#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <span>

namespace oversight {

/// One value of a small enum with its names: the stable key kept in the database and in files (Latin-1),
/// the plan's Chinese word (data: import files, printed documents; never translated) and the label shown
/// to a person (the English source text, translated when it is asked for). A name the value does not
/// have is left null. Mark each label for lupdate with the translation context of the texts it belongs to:
///
///     {Problem::Source::SelfCheck, "self_check", u"自查",
///      QT_TRANSLATE_NOOP("oversight::ProblemText", "Self-check")},
template <typename E>
struct EnumName
{
    E value;
    const char *key = nullptr;
    const char16_t *word = nullptr;
    const char *label = nullptr;
};

/// How EnumNames::parse compares a text with a row's key and label (the word is always compared exactly).
struct NameMatch
{
    bool keyIgnoresCase = false; ///< the text is lowered before it is compared with the key
    Qt::CaseSensitivity label = Qt::CaseInsensitive;
};

/// What EnumNames answers for a value that is not in its table.
enum class UnknownValue
{
    Empty,    ///< empty names
    FirstRow, ///< the names of the first row
};

/// The names of an enum's values, looked up in a table of EnumName rows kept in display order:
///
///     constexpr EnumName<Problem::Status> statusRows[] = {…};
///     constexpr EnumNames statusNames(statusRows, "oversight::ProblemText");
///     QString problemStatusLabel(Problem::Status s) { return statusNames.label(s); }
///
/// `context` is the translation context of the labels; without one the labels are English names that are
/// never translated (they are then only read by parse()).
template <typename E>
class EnumNames
{
public:
    template <std::size_t N>
    constexpr explicit EnumNames(const EnumName<E> (&rows)[N], const char *context = nullptr,
                                 UnknownValue unknown = UnknownValue::Empty)
        : m_rows(rows), m_context(context), m_unknown(unknown)
    {}

    [[nodiscard]] QString key(E value) const
    {
        const EnumName<E> *row = find(value);
        return row && row->key ? QString::fromLatin1(row->key) : QString();
    }

    [[nodiscard]] std::optional<E> fromKey(const QString &key) const
    {
        for (const EnumName<E> &row : m_rows)
            if (row.key && key == QLatin1String(row.key))
                return row.value;
        return std::nullopt;
    }

    [[nodiscard]] QString word(E value) const
    {
        const EnumName<E> *row = find(value);
        return row ? wordOf(*row) : QString();
    }

    [[nodiscard]] QString label(E value) const
    {
        const EnumName<E> *row = find(value);
        return row ? labelOf(*row) : QString();
    }

    /// Every value, in the table's order.
    [[nodiscard]] QList<E> all() const
    {
        QList<E> out;
        for (const EnumName<E> &row : m_rows)
            out.append(row.value);
        return out;
    }

    /// Every word, in the table's order.
    [[nodiscard]] QStringList words() const
    {
        QStringList out;
        for (const EnumName<E> &row : m_rows)
            out.append(wordOf(row));
        return out;
    }

    /// Reads a value typed by a person or a file: its key, its word or its label, spaces around it ignored;
    /// the first row that matches wins.
    [[nodiscard]] std::optional<E> parse(const QString &text, NameMatch match = {}) const
    {
        const QString t = text.trimmed();
        const QString asKey = match.keyIgnoresCase ? t.toLower() : t;
        for (const EnumName<E> &row : m_rows) {
            if ((row.key && asKey == QLatin1String(row.key)) || (row.word && t == wordOf(row)) ||
                (row.label && t.compare(labelOf(row), match.label) == 0))
                return row.value;
        }
        return std::nullopt;
    }

private:
    const EnumName<E> *find(E value) const
    {
        for (const EnumName<E> &row : m_rows)
            if (row.value == value)
                return &row;
        return m_unknown == UnknownValue::FirstRow && !m_rows.empty() ? &m_rows.front() : nullptr;
    }

    static QString wordOf(const EnumName<E> &row)
    {
        return row.word ? QString::fromUtf16(row.word) : QString();
    }

    QString labelOf(const EnumName<E> &row) const
    {
        if (!row.label)
            return {};
        return m_context ? QCoreApplication::translate(m_context, row.label) : QString::fromUtf8(row.label);
    }

    std::span<const EnumName<E>> m_rows;
    const char *m_context;
    UnknownValue m_unknown;
};

/// A stored text key (a field's name, an action) with the label shown for it, marked for lupdate like an
/// EnumName's label.
struct KeyLabel
{
    const char *key;
    const char *label;
};

/// The label of `key` translated in `context`, or `key` itself when the table does not name it.
template <std::size_t N>
[[nodiscard]] QString labelOfKey(const KeyLabel (&rows)[N], const char *context, const QString &key)
{
    for (const KeyLabel &row : rows)
        if (key == QLatin1String(row.key))
            return QCoreApplication::translate(context, row.label);
    return key;
}

} // namespace oversight
