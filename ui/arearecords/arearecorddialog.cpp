#include "arearecorddialog.h"

#include "services/arearecordservice.h"
#include "widgets/formdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <algorithm>

namespace oversight {

namespace {

QDateEdit *dateEdit(QDate value, QDate today, const QString &objectName, QWidget *parent)
{
    auto *edit = FormDialog::dateBox(value.isValid() ? value : today, objectName, parent);
    edit->setMaximumDate(today);
    return edit;
}

QLineEdit *lineEdit(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 24);
    return edit;
}

QSpinBox *countBox(int value, const QString &objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 100000);
    box->setValue(value);
    return box;
}

} // namespace

AreaRecordDialog::AreaRecordDialog(AreaRecordService &service, AreaRecord record,
                                   const QList<std::pair<UnitId, QString>> &units, QDate today,
                                   QWidget *parent)
    : RecordDialog(parent), m_service(service), m_record(std::move(record))
{
    setObjectName(QStringLiteral("areaRecordDialog"));
    auto *form = new QFormLayout;
    const auto unitBox = [&](UnitId current) {
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("unitCombo"));
        for (const auto &[id, name] : units)
            m_unit->addItem(name, id.value);
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(current.value)));
        form->addRow(tr("&Unit:"), m_unit);
    };
    bool isNew = true;
    std::visit(
        [&](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            isNew = r.id == 0;
            if constexpr (std::is_same_v<T, TrainingSession>) {
                setWindowTitle(isNew ? tr("New training session") : tr("Edit training session"));
                unitBox(r.unit);
                m_date = dateEdit(r.heldOn, today, QStringLiteral("dateEdit"), this);
                m_text = lineEdit(r.title, QStringLiteral("titleEdit"), this);
                m_hours = new QDoubleSpinBox(this);
                m_hours->setObjectName(QStringLiteral("hoursSpin"));
                m_hours->setRange(0, 200);
                m_hours->setDecimals(1);
                m_hours->setSingleStep(0.5);
                m_hours->setValue(r.hours);
                m_count = countBox(r.attendees, QStringLiteral("attendeesSpin"), this);
                m_text2 = lineEdit(r.organiser, QStringLiteral("organiserEdit"), this);
                form->addRow(tr("&Date:"), m_date);
                form->addRow(tr("&Title:"), m_text);
                form->addRow(tr("&Hours:"), m_hours);
                form->addRow(tr("&Attendees:"), m_count);
                form->addRow(tr("&Organiser:"), m_text2);
            } else if constexpr (std::is_same_v<T, Exam>) {
                setWindowTitle(isNew ? tr("New exam") : tr("Edit exam"));
                unitBox(r.unit);
                m_date = dateEdit(r.heldOn, today, QStringLiteral("dateEdit"), this);
                m_text = lineEdit(r.subject, QStringLiteral("subjectEdit"), this);
                m_count = countBox(r.sat, QStringLiteral("satSpin"), this);
                m_count2 = countBox(r.passed, QStringLiteral("passedSpin"), this);
                form->addRow(tr("&Date:"), m_date);
                form->addRow(tr("&Subject:"), m_text);
                form->addRow(tr("S&at:"), m_count);
                form->addRow(tr("&Passed:"), m_count2);
            } else if constexpr (std::is_same_v<T, CoordinationMeeting>) {
                setWindowTitle(isNew ? tr("New coordination meeting") : tr("Edit coordination meeting"));
                m_date = dateEdit(r.heldOn, today, QStringLiteral("dateEdit"), this);
                m_text = lineEdit(r.topic, QStringLiteral("topicEdit"), this);
                m_notes = FormDialog::textBox(r.attendees, 3, QStringLiteral("attendeesEdit"), this);
                form->addRow(tr("&Date:"), m_date);
                form->addRow(tr("&Topic:"), m_text);
                form->addRow(tr("&Attendees:"), m_notes);
            } else if constexpr (std::is_same_v<T, MajorPenaltyFiling>) {
                setWindowTitle(isNew ? tr("New major-penalty filing") : tr("Edit major-penalty filing"));
                unitBox(r.unit);
                m_text = lineEdit(r.caseNumber, QStringLiteral("caseNumberEdit"), this);
                m_date = dateEdit(r.decidedOn, today, QStringLiteral("decidedEdit"), this);
                m_date2 = dateEdit(r.filedOn, today, QStringLiteral("filedEdit"), this);
                form->addRow(tr("&Case number:"), m_text);
                form->addRow(tr("&Decided:"), m_date);
                form->addRow(tr("&Filed:"), m_date2);
            } else {
                setWindowTitle(isNew ? tr("New guiding case") : tr("Edit guiding case"));
                unitBox(r.unit);
                m_text = lineEdit(r.title, QStringLiteral("titleEdit"), this);
                m_date = dateEdit(r.publishedOn, today, QStringLiteral("dateEdit"), this);
                form->addRow(tr("&Title:"), m_text);
                form->addRow(tr("&Published:"), m_date);
            }
        },
        m_record);
    layForm(form, tr("&Save"));
}

Result<qint64> AreaRecordDialog::save()
{
    const UnitId unit = m_unit ? UnitId(m_unit->currentData().toLongLong()) : UnitId();
    return std::visit(
        [&](auto r) -> Result<qint64> {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, TrainingSession>) {
                r.unit = unit;
                r.heldOn = m_date->date();
                r.title = m_text->text();
                r.hours = m_hours->value();
                r.attendees = m_count->value();
                r.organiser = m_text2->text();
            } else if constexpr (std::is_same_v<T, Exam>) {
                r.unit = unit;
                r.heldOn = m_date->date();
                r.subject = m_text->text();
                r.sat = m_count->value();
                r.passed = m_count2->value();
            } else if constexpr (std::is_same_v<T, CoordinationMeeting>) {
                r.heldOn = m_date->date();
                r.topic = m_text->text();
                r.attendees = m_notes->toPlainText();
            } else if constexpr (std::is_same_v<T, MajorPenaltyFiling>) {
                r.unit = unit;
                r.caseNumber = m_text->text();
                r.decidedOn = m_date->date();
                r.filedOn = m_date2->date();
            } else {
                r.unit = unit;
                r.title = m_text->text();
                r.publishedOn = m_date->date();
            }
            return addOrUpdate(
                r.id, [&] { return m_service.update(r); }, [&] { return m_service.add(r); });
        },
        m_record);
}

void AreaRecordDialog::accept()
{
    const Result<qint64> id = save();
    if (id)
        m_id = *id;
    closeWhenSaved(id);
}

// ---- AreaRecordsPage -----------------------------------------------------------------------------------

} // namespace oversight
