#include "recordform.h"

#include "domain/campaign.h"
#include "domain/unit.h"
#include "widgets/formdialog.h"

#include <QFormLayout>
#include <QHBoxLayout>

namespace oversight {

Choices unitNames(const std::vector<Unit> &units)
{
    Choices out;
    for (const Unit &u : units)
        out.append({u.name, u.id.value});
    return out;
}

Choices unitNames(const UnitChoices &units)
{
    Choices out;
    for (const auto &[id, name] : units)
        out.append({name, id.value});
    return out;
}

Choices areaTitles(const Campaign &campaign)
{
    Choices out;
    for (const Area &a : campaign.areas)
        out.append({QStringLiteral("%1. %2").arg(a.number).arg(a.title), a.number});
    return out;
}

RecordFields::RecordFields(QWidget *owner) : m_owner(owner), m_layout(new QFormLayout) {}

void RecordFields::addRow(const QString &label, QWidget *widget)
{
    m_layout->addRow(label, widget);
}

QLineEdit *RecordFields::lineBox(const QString &text, const QString &objectName) const
{
    auto *edit = new QLineEdit(text, m_owner);
    edit->setObjectName(objectName);
    return edit;
}

QPlainTextEdit *RecordFields::textBox(const QString &text, int lines, const QString &objectName) const
{
    return FormDialog::textBox(text, lines, objectName, m_owner);
}

QDateEdit *RecordFields::dateBox(QDate value, QDate fallback, const QString &objectName) const
{
    return FormDialog::dateBox(value.isValid() ? value : fallback, objectName, m_owner);
}

QSpinBox *RecordFields::spinBox(int value, int minimum, int maximum, const QString &objectName) const
{
    auto *box = new QSpinBox(m_owner);
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

QComboBox *RecordFields::choiceBox(const Choices &items, const QVariant &current, const QString &objectName) const
{
    auto *combo = new QComboBox(m_owner);
    combo->setObjectName(objectName);
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    return combo;
}

QCheckBox *RecordFields::checkBox(const QString &text, bool checked, const QString &objectName) const
{
    auto *box = new QCheckBox(text, m_owner);
    box->setObjectName(objectName);
    box->setChecked(checked);
    return box;
}

QWidget *RecordFields::optionalDateRow(const OptionalDate &fields) const
{
    auto *row = new QWidget(m_owner);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fields.check);
    layout->addWidget(fields.date, 1);
    fields.date->setEnabled(fields.check->isChecked());
    QObject::connect(fields.check, &QCheckBox::toggled, fields.date, &QWidget::setEnabled);
    return row;
}

} // namespace oversight
