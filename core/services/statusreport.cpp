#include "services/statusreport.h"

#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/ledgerservice.h"
#include "services/normativeservice.h"
#include "services/submissionservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QJsonArray>

#include <algorithm>

namespace oversight {

namespace {

QString isoDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

// The `phase` words of the JSON contract for a day outside every phase.
const QString notStartedWord = QStringLiteral("未开始");
const QString finishedWord = QStringLiteral("已结束");

/// Area 7's figures as `training` writes them (per unit, and for the campaign).
QJsonObject trainingJson(const TrainingFigures &t)
{
    return {{QStringLiteral("sessions"), t.sessions},
            {QStringLiteral("hours"), t.hours},
            {QStringLiteral("attendees"), t.attendees},
            {QStringLiteral("exams"), t.exams},
            {QStringLiteral("sat"), t.sat},
            {QStringLiteral("passed"), t.passed},
            {QStringLiteral("exams_without_training"), t.examsWithoutTraining}};
}

/// How many of `records` (of `unit`, or all when it is not valid) are open, overdue and closed, as `status`
/// writes them; a record is a complaint or a problem.
template <typename Record>
QJsonObject openOverdueClosed(const std::vector<Record> &records, UnitId unit, QDate today)
{
    qint64 open = 0;
    qint64 overdue = 0;
    qint64 closed = 0;
    for (const Record &r : records) {
        if (unit.isValid() && r.unit != unit)
            continue;
        if (r.isClosed())
            ++closed;
        else
            ++open;
        if (r.isOverdue(today))
            ++overdue;
    }
    return QJsonObject{{QStringLiteral("open"), open},
                       {QStringLiteral("overdue"), overdue},
                       {QStringLiteral("closed"), closed}};
}

} // namespace

Result<StatusReport> StatusReport::build(Workspace &workspace, CampaignId campaign, QDate today)
{
    Result<CampaignData> data = CampaignData::load(workspace, campaign, today);
    if (!data)
        return data.error();
    StatusReport report;
    report.m_data = std::move(data).value();
    report.m_attention = attentionItems(report.m_data);
    return report;
}

QJsonObject StatusReport::complaintCounts(UnitId unit) const
{
    // Counts only: nothing of a case's content, least of all its complainant, leaves through status.
    return openOverdueClosed(m_data.complaints, unit, m_data.today);
}

QJsonArray StatusReport::submissionList(UnitId unit, bool reports) const
{
    QStringList items;
    if (reports) {
        for (const ReportSpec &r : m_data.campaign.reports)
            items.append(r.id);
    } else {
        for (const FormSpec &f : m_data.campaign.forms)
            items.append(f.id);
    }
    QJsonArray out;
    for (const QString &item : items) {
        if (!m_data.expects(unit, item))
            continue; // 附件7 of a unit with no file drawn: nothing is asked of it
        Submission s;
        for (const Submission &candidate : m_data.submissions)
            if (candidate.unit == unit && candidate.item == item)
                s = candidate;
        const Deadline *due = m_data.campaign.deadlineOfItem(item);
        out.append(QJsonObject{
            {reports ? QStringLiteral("report") : QStringLiteral("form"), item},
            {QStringLiteral("status"), submissionStatusKey(s.status)},
            {QStringLiteral("due"), due ? QJsonValue(isoDate(due->due)) : QJsonValue::Null},
            {QStringLiteral("received"),
             s.firstReceivedOn.isValid() ? QJsonValue(isoDate(s.firstReceivedOn)) : QJsonValue::Null},
            {QStringLiteral("late_days"), s.lateDays(due)}});
    }
    return out;
}

QJsonObject StatusReport::problemCounts(UnitId unit) const
{
    return openOverdueClosed(m_data.problems, unit, m_data.today);
}

QJsonObject StatusReport::normativeCounts(UnitId unit) const
{
    qint64 filed = 0;
    qint64 late = 0;
    qint64 unfiled = 0;
    qint64 missing = 0;
    for (const NormativeDocument &d : m_data.normativeDocuments) {
        if (unit.isValid() && d.unit != unit)
            continue;
        if (d.isFiled()) {
            ++filed;
            if (d.isLate(m_data.campaign.rules.filingDeadlineDays, m_data.today))
                ++late;
        } else {
            ++unfiled;
        }
    }
    for (const PeriodStatus &p : m_data.normativePeriods) {
        if ((!unit.isValid() || p.unit == unit) && p.state == PeriodStatus::State::Missing)
            ++missing;
    }
    return QJsonObject{{QStringLiteral("filed"), filed},
                       {QStringLiteral("late"), late},
                       {QStringLiteral("unfiled_known"), unfiled},
                       {QStringLiteral("zero_reports_missing"), missing}};
}

QJsonObject StatusReport::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("campaign"), m_data.campaign.displayName());
    root.insert(QStringLiteral("campaign_code"), m_data.campaign.code);
    root.insert(QStringLiteral("today"), isoDate(m_data.today));

    const PhaseStatus phase = phaseOn(m_data.campaign, m_data.today);
    switch (phase.where) {
    case PhaseStatus::Where::InPhase:
        root.insert(QStringLiteral("phase"), phase.current->name);
        break;
    case PhaseStatus::Where::NotStarted:
        root.insert(QStringLiteral("phase"), notStartedWord);
        break;
    case PhaseStatus::Where::Finished:
        root.insert(QStringLiteral("phase"), finishedWord);
        break;
    case PhaseStatus::Where::BetweenPhases:
        root.insert(QStringLiteral("phase"), QJsonValue::Null);
        root.insert(QStringLiteral("next_phase"),
                    phase.next ? QJsonValue(phase.next->name) : QJsonValue::Null);
        break;
    }

    if (const Deadline *next = nextDeadline(m_data.campaign, m_data.today)) {
        root.insert(QStringLiteral("next_deadline"),
                    QJsonObject{{QStringLiteral("title"), next->title},
                                {QStringLiteral("due"), isoDate(next->due)},
                                {QStringLiteral("days_left"), qint64(m_data.today.daysTo(next->due))}});
    } else {
        root.insert(QStringLiteral("next_deadline"), QJsonValue::Null);
    }

    QJsonArray units;
    for (const Unit &unit : m_data.units) {
        QJsonObject u{{QStringLiteral("name"), unit.name},
                      {QStringLiteral("category"), categoryWord(unit.category)},
                      {QStringLiteral("contact_named"), unit.hasContact()},
                      {QStringLiteral("submissions"), submissionList(unit.id, false)},
                      {QStringLiteral("reports"), submissionList(unit.id, true)},
                      {QStringLiteral("problems"), problemCounts(unit.id)},
                      {QStringLiteral("complaints"), complaintCounts(unit.id)},
                      {QStringLiteral("normative"), normativeCounts(unit.id)}};
        // The catalogue of case files, for a unit that sent one or declared it had no cases, counts file by
        // file; without it, the figures the unit wrote on its 附件2.
        if (const std::optional<SelfCheckFigures> figures = m_data.selfCheck(unit.id))
            insertSelfCheck(u, *figures);
        const auto [drawn, reviewed] = m_data.filesDrawnAndReviewed(unit.id);
        u.insert(QStringLiteral("spot_check"), QJsonObject{{QStringLiteral("files_drawn"), drawn},
                                                           {QStringLiteral("files_reviewed"), reviewed}});
        // Phase 1 (动员部署): the implementation plan's first receipt and the contact's, with days late.
        const QDate plan = m_data.planReceived(unit.id);
        u.insert(QStringLiteral("plan_received"),
                 plan.isValid() ? QJsonValue(isoDate(plan)) : QJsonValue::Null);
        u.insert(QStringLiteral("contact_received"), unit.contactReceivedOn.isValid()
                                                         ? QJsonValue(isoDate(unit.contactReceivedOn))
                                                         : QJsonValue::Null);
        if (const Deadline *contacts = m_data.campaign.deadline(QStringLiteral("contacts"));
            contacts && unit.contactReceivedOn.isValid())
            u.insert(QStringLiteral("contact_late_days"), contacts->lateDays(unit.contactReceivedOn));
        // Extension (issue 23): the acceptance conclusion, null until the bureau has concluded.
        const Acceptance *acceptance = m_data.acceptanceOf(unit.id);
        u.insert(QStringLiteral("acceptance"),
                 acceptance ? QJsonValue(QJsonObject{
                                  {QStringLiteral("conclusion"), acceptanceWord(acceptance->conclusion)},
                                  {QStringLiteral("reasons"), acceptance->reasons},
                                  {QStringLiteral("decided_on"), isoDate(acceptance->decidedOn)}})
                            : QJsonValue(QJsonValue::Null));
        u.insert(QStringLiteral("training"),
                 trainingJson(countTraining(m_data.trainings, m_data.exams, unit.id)));
        units.append(u);
    }
    root.insert(QStringLiteral("units"), units);
    const bool spotOk = m_data.filesReviewed >= m_data.campaign.rules.spotCheckMinFiles;
    root.insert(QStringLiteral("spot_check"),
                QJsonObject{{QStringLiteral("files_drawn"), m_data.filesDrawn},
                            {QStringLiteral("files_reviewed"), m_data.filesReviewed},
                            {QStringLiteral("required"), m_data.campaign.rules.spotCheckMinFiles},
                            {QStringLiteral("ok"), spotOk}});
    root.insert(QStringLiteral("complaints"), complaintCounts(UnitId()));
    root.insert(QStringLiteral("normative"), normativeCounts(UnitId()));
    root.insert(QStringLiteral("training"),
                trainingJson(countTraining(m_data.trainings, m_data.exams, UnitId())));
    const ReformFigures reform = countReform(m_data.meetings, m_data.majorPenaltyFilings, m_data.guidingCases,
                                             m_data.campaign.rules.majorPenaltyFilingDays);
    root.insert(QStringLiteral("area10"),
                QJsonObject{{QStringLiteral("meetings"), reform.meetings},
                            {QStringLiteral("major_penalty_filings"), reform.majorPenaltyFilings},
                            {QStringLiteral("late_filings"), reform.lateFilings},
                            {QStringLiteral("guiding_cases"), reform.guidingCases}});
    return root;
}

void insertSelfCheck(QJsonObject &unit, const SelfCheckFigures &figures)
{
    unit.insert(QStringLiteral("cases_total"), figures.total);
    unit.insert(QStringLiteral("cases_self_checked"), figures.checked);
    unit.insert(QStringLiteral("self_check_required"), figures.required());
    unit.insert(QStringLiteral("self_check_ok"), figures.ok());
}

QString StatusReport::toText() const
{
    QString text;
    const auto line = [&text](const QString &s) { text += s + QLatin1Char('\n'); };

    line(tr("Campaign: %1 (%2)").arg(m_data.campaign.displayName(), m_data.campaign.code));
    line(tr("Today: %1").arg(isoDate(m_data.today)));
    line(QString());
    line(tr("What needs attention (%1):").arg(m_attention.size()));
    text += AttentionText::table(m_attention);
    line(QString());

    const PhaseStatus phase = phaseOn(m_data.campaign, m_data.today);
    switch (phase.where) {
    case PhaseStatus::Where::InPhase:
        line(tr("Phase: %1 (%2 to %3)")
                 .arg(phase.current->name, isoDate(phase.current->from), isoDate(phase.current->to)));
        break;
    case PhaseStatus::Where::NotStarted:
        line(phase.next
                 ? tr("Phase: not started; %1 begins %2").arg(phase.next->name, isoDate(phase.next->from))
                 : tr("Phase: not started"));
        break;
    case PhaseStatus::Where::Finished: {
        const auto last = std::max_element(m_data.campaign.phases.begin(), m_data.campaign.phases.end(),
                                           [](const Phase &a, const Phase &b) { return a.to < b.to; });
        line(tr("Phase: finished (the last phase ended %1)").arg(isoDate(last->to)));
        break;
    }
    case PhaseStatus::Where::BetweenPhases:
        line(phase.next
                 ? tr("Phase: between phases; %1 begins %2").arg(phase.next->name, isoDate(phase.next->from))
                 : tr("Phase: between phases"));
        break;
    }

    if (const Deadline *next = nextDeadline(m_data.campaign, m_data.today)) {
        const int daysLeft = int(m_data.today.daysTo(next->due));
        line(tr("Next deadline: %1, due %2 (%3)")
                 .arg(next->title, isoDate(next->due),
                      daysLeft == 0   ? tr("today")
                      : daysLeft == 1 ? tr("1 day left")
                                      : tr("%1 days left").arg(daysLeft)));
    } else {
        line(tr("Next deadline: none; every deadline has passed"));
    }

    const QJsonObject problems = problemCounts(UnitId());
    line(tr("Rectification ledger: %1 open (%2 overdue), %3 closed")
             .arg(problems.value(QStringLiteral("open")).toInteger())
             .arg(problems.value(QStringLiteral("overdue")).toInteger())
             .arg(problems.value(QStringLiteral("closed")).toInteger()));

    const QJsonObject counts = complaintCounts(UnitId());
    line(tr("Complaints and supervision cases: %1 open (%2 overdue), %3 closed")
             .arg(counts.value(QStringLiteral("open")).toInteger())
             .arg(counts.value(QStringLiteral("overdue")).toInteger())
             .arg(counts.value(QStringLiteral("closed")).toInteger()));
    for (const Unit &unit : m_data.units) {
        const QJsonObject u = complaintCounts(unit.id);
        if (u.value(QStringLiteral("overdue")).toInteger() > 0)
            line(
                tr("  overdue at %1: %2").arg(unit.name).arg(u.value(QStringLiteral("overdue")).toInteger()));
    }

    if (!m_data.units.empty() && !m_data.campaign.forms.empty()) {
        int accepted = 0;
        int received = 0;
        int returned = 0;
        for (const Submission &s : m_data.submissions) {
            if (!m_data.expects(s.unit, s.item))
                continue;
            accepted += s.status == Submission::Status::Accepted;
            received += s.status == Submission::Status::Received;
            returned += s.status == Submission::Status::Returned;
        }
        QStringList late;
        for (const Unit &unit : m_data.units) {
            for (const QJsonValue &v : submissionList(unit.id, false)) {
                const QJsonObject o = v.toObject();
                const bool overdueMissing =
                    o.value(QStringLiteral("status")).toString() == QLatin1String("missing") &&
                    o.value(QStringLiteral("due")).toString() < isoDate(m_data.today);
                if (o.value(QStringLiteral("late_days")).toInt() > 0 || overdueMissing) {
                    late.append(unit.name);
                    break;
                }
            }
        }
        qsizetype items = 0;
        for (const Unit &unit : m_data.units)
            for (const QString &item : m_data.items())
                items += m_data.expects(unit.id, item);
        line(tr("Forms and reports: %1 accepted, %2 received, %3 returned, %4 missing")
                 .arg(accepted)
                 .arg(received)
                 .arg(returned)
                 .arg(items - accepted - received - returned));
        if (!late.isEmpty())
            line(tr("  late or overdue: %1").arg(late.join(tr(", "))));
    }
    line(tr("Spot check: %1 file(s) drawn, %2 reviewed (the plan asks for %3)")
             .arg(m_data.filesDrawn)
             .arg(m_data.filesReviewed)
             .arg(m_data.campaign.rules.spotCheckMinFiles));
    for (const CatalogueSummary &c : m_data.catalogue) {
        if (c.reported && !c.figures().ok())
            line(tr("  self-check below 30% at %1: %2 of %3 files, %4 required")
                     .arg(c.unitName)
                     .arg(c.selfChecked)
                     .arg(c.total)
                     .arg(c.figures().required()));
    }
    const QJsonObject normative = normativeCounts(UnitId());
    line(tr("Normative documents: %1 filed (%2 late), %3 known but not filed, %4 zero report(s) missing")
             .arg(normative.value(QStringLiteral("filed")).toInteger())
             .arg(normative.value(QStringLiteral("late")).toInteger())
             .arg(normative.value(QStringLiteral("unfiled_known")).toInteger())
             .arg(normative.value(QStringLiteral("zero_reports_missing")).toInteger()));
    for (const Unit &unit : m_data.units) {
        const QJsonObject u = normativeCounts(unit.id);
        const qint64 unfiled = u.value(QStringLiteral("unfiled_known")).toInteger();
        const qint64 missing = u.value(QStringLiteral("zero_reports_missing")).toInteger();
        if (unfiled > 0 || missing > 0)
            line(tr("  %1: %2 known but not filed, %3 zero report(s) missing")
                     .arg(unit.name)
                     .arg(unfiled)
                     .arg(missing));
    }

    const TrainingFigures training = countTraining(m_data.trainings, m_data.exams, UnitId());
    line(tr("Training: %1 session(s), %2 hour(s); %3 exam(s), %4 without training before them")
             .arg(training.sessions)
             .arg(training.hours)
             .arg(training.exams)
             .arg(training.examsWithoutTraining));
    const ReformFigures reform = countReform(m_data.meetings, m_data.majorPenaltyFilings, m_data.guidingCases,
                                             m_data.campaign.rules.majorPenaltyFilingDays);
    line(tr("Area 10: %1 coordination meeting(s), %2 major-penalty filing(s) (%3 late), %4 guiding case(s)")
             .arg(reform.meetings)
             .arg(reform.majorPenaltyFilings)
             .arg(reform.lateFilings)
             .arg(reform.guidingCases));

    line(tr("Units: %1").arg(m_data.units.size()));
    QStringList withoutContact;
    for (const Unit &unit : m_data.units) {
        if (!unit.hasContact())
            withoutContact.append(unit.name);
    }
    if (!withoutContact.isEmpty()) {
        line(tr("Units without a campaign contact (%1):").arg(withoutContact.size()));
        for (const QString &name : withoutContact)
            line(QStringLiteral("  ") + name);
    } else if (!m_data.units.empty()) {
        line(tr("Every unit has named a campaign contact."));
    }
    return text;
}

} // namespace oversight
