#include "arearecorddialog.h"

#include "services/arearecordservice.h"

#include <QDoubleSpinBox>

#include <memory>

namespace oversight {

AreaRecordDialog::AreaRecordDialog(AreaRecordService &service, AreaRecord record, const UnitChoices &units,
                                   QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("areaRecordDialog"));
    std::visit([&](const auto &r) { edit(r, units, today); }, record);
}

template <typename T>
void AreaRecordDialog::edit(const T &record, const UnitChoices &units, QDate today)
{
    const auto form = std::make_shared<RecordForm<T>>(record, this);
    const auto date = [&](const QString &label, const QString &objectName, QDate T::*member) {
        form->date(label, objectName, member, today)->setMaximumDate(today);
    };
    const auto text = [&](const QString &label, const QString &objectName, QString T::*member) {
        QLineEdit *edit = form->line(label, objectName, member);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("中")) * 24);
    };
    const auto count = [&](const QString &label, const QString &objectName, int T::*member) {
        form->number(label, objectName, member, 0, 100000);
    };
    const bool isNew = record.id == 0;
    if constexpr (std::is_same_v<T, TrainingSession>)
        setWindowTitle(isNew ? tr("New training session") : tr("Edit training session"));
    else if constexpr (std::is_same_v<T, Exam>)
        setWindowTitle(isNew ? tr("New exam") : tr("Edit exam"));
    else if constexpr (std::is_same_v<T, CoordinationMeeting>)
        setWindowTitle(isNew ? tr("New coordination meeting") : tr("Edit coordination meeting"));
    else if constexpr (std::is_same_v<T, MajorPenaltyFiling>)
        setWindowTitle(isNew ? tr("New major-penalty filing") : tr("Edit major-penalty filing"));
    else
        setWindowTitle(isNew ? tr("New guiding case") : tr("Edit guiding case"));

    // The unit (a meeting is the area's, not a unit's) and the day held come first.
    if constexpr (!std::is_same_v<T, CoordinationMeeting>)
        form->choice(tr("&Unit:"), QStringLiteral("unitCombo"), &T::unit, unitNames(units));
    if constexpr (requires { &T::heldOn; })
        date(tr("&Date:"), QStringLiteral("dateEdit"), &T::heldOn);
    if constexpr (std::is_same_v<T, TrainingSession>) {
        text(tr("&Title:"), QStringLiteral("titleEdit"), &T::title);
        auto *hours = form->field(tr("&Hours:"), new QDoubleSpinBox(this),
                                  [](T &r, const QDoubleSpinBox *w) { r.hours = w->value(); });
        hours->setObjectName(QStringLiteral("hoursSpin"));
        hours->setRange(0, 200);
        hours->setDecimals(1);
        hours->setSingleStep(0.5);
        hours->setValue(record.hours);
        count(tr("&Attendees:"), QStringLiteral("attendeesSpin"), &T::attendees);
        text(tr("&Organiser:"), QStringLiteral("organiserEdit"), &T::organiser);
    } else if constexpr (std::is_same_v<T, Exam>) {
        text(tr("&Subject:"), QStringLiteral("subjectEdit"), &T::subject);
        count(tr("S&at:"), QStringLiteral("satSpin"), &T::sat);
        count(tr("&Passed:"), QStringLiteral("passedSpin"), &T::passed);
    } else if constexpr (std::is_same_v<T, CoordinationMeeting>) {
        text(tr("&Topic:"), QStringLiteral("topicEdit"), &T::topic);
        form->text(tr("&Attendees:"), QStringLiteral("attendeesEdit"), 3, &T::attendees);
    } else if constexpr (std::is_same_v<T, MajorPenaltyFiling>) {
        text(tr("&Case number:"), QStringLiteral("caseNumberEdit"), &T::caseNumber);
        date(tr("&Decided:"), QStringLiteral("decidedEdit"), &T::decidedOn);
        date(tr("&Filed:"), QStringLiteral("filedEdit"), &T::filedOn);
    } else {
        text(tr("&Title:"), QStringLiteral("titleEdit"), &T::title);
        date(tr("&Published:"), QStringLiteral("dateEdit"), &T::publishedOn);
    }
    layForm(form->layout(), tr("&Save"));
    m_save = [this, form] {
        return form->save([&](const T &r) { return m_service.update(r); },
                          [&](const T &r) { return m_service.add(r); });
    };
}

void AreaRecordDialog::accept()
{
    const Result<qint64> id = m_save();
    if (id)
        m_id = *id;
    closeWhenSaved(id);
}

} // namespace oversight
