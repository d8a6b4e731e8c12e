#include "statusreport.h"

#include "services/campaignservice.h"
#include "services/submissionservice.h"
#include "services/casereviewservice.h"
#include "services/ledgerservice.h"
#include "services/normativeservice.h"
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

} // namespace

Result<StatusReport> StatusReport::build(Workspace &workspace, CampaignId campaign, QDate today)
{
    Result<Campaign> c = workspace.campaigns().campaign(campaign);
    if (!c)
        return c.error();
    Result<std::vector<Unit>> units = workspace.units().units(campaign);
    if (!units)
        return units.error();
    Result<std::vector<Complaint>> complaints = workspace.supervision().complaints(campaign);
    if (!complaints)
        return complaints.error();
    Result<std::vector<Submission>> submissions = workspace.submissions().submissions(campaign);
    if (!submissions)
        return submissions.error();
    Result<std::vector<Problem>> problems = workspace.ledger().problems(campaign);
    if (!problems)
        return problems.error();
    Result<std::vector<NormativeDocument>> normative = workspace.normative().documents(campaign);
    if (!normative)
        return normative.error();
    Result<std::vector<PeriodStatus>> periods = workspace.normative().periodStatuses(campaign, today);
    if (!periods)
        return periods.error();
    StatusReport report;
    report.m_submissions = std::move(submissions).value();
    report.m_problems = std::move(problems).value();
    report.m_complaints = std::move(complaints).value();
    report.m_normativeDocuments = std::move(normative).value();
    report.m_normativePeriods = std::move(periods).value();
    report.m_campaign = std::move(c).value();
    report.m_today = today;
    report.m_units = std::move(units).value();
    Result<std::vector<CatalogueSummary>> catalogue = workspace.caseReview().catalogue(campaign);
    if (!catalogue)
        return catalogue.error();
    report.m_catalogue = std::move(catalogue).value();
    const Result<SpotCheckFigures> spot = workspace.caseReview().spotCheckFigures(campaign);
    if (!spot)
        return spot.error();
    report.m_filesDrawn = spot->filesDrawn;
    report.m_filesReviewed = spot->filesReviewed;
    return report;
}

QJsonObject StatusReport::complaintCounts(UnitId unit) const
{
    qint64 open = 0;
    qint64 overdue = 0;
    qint64 closed = 0;
    for (const Complaint &c : m_complaints) {
        if (unit.isValid() && c.unit != unit)
            continue;
        if (c.isClosed())
            ++closed;
        else
            ++open;
        if (c.isOverdue(m_today))
            ++overdue;
    }
    // Counts only: nothing of a case's content, least of all its complainant, leaves through status.
    return QJsonObject{{QStringLiteral("open"), open},
                       {QStringLiteral("overdue"), overdue},
                       {QStringLiteral("closed"), closed}};
}

QJsonArray StatusReport::submissionList(UnitId unit, bool reports) const
{
    QStringList items;
    if (reports) {
        for (const ReportSpec &r : m_campaign.reports)
            items.append(r.id);
    } else {
        for (const FormSpec &f : m_campaign.forms)
            items.append(f.id);
    }
    QJsonArray out;
    for (const QString &item : items) {
        Submission s;
        for (const Submission &candidate : m_submissions)
            if (candidate.unit == unit && candidate.item == item)
                s = candidate;
        const Deadline *due = m_campaign.deadlineOfItem(item);
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

std::optional<SelfCheckFigures> StatusReport::selfCheckFromForm(UnitId unit) const
{
    std::vector<Submission> ofUnit;
    for (const Submission &s : m_submissions)
        if (s.unit == unit)
            ofUnit.push_back(s);
    return selfCheckFromSubmissions(m_campaign, ofUnit);
}

QJsonObject StatusReport::problemCounts(UnitId unit) const
{
    qint64 open = 0;
    qint64 overdue = 0;
    qint64 closed = 0;
    for (const Problem &p : m_problems) {
        if (unit.isValid() && p.unit != unit)
            continue;
        if (p.isClosed())
            ++closed;
        else
            ++open;
        if (p.isOverdue(m_today))
            ++overdue;
    }
    return QJsonObject{{QStringLiteral("open"), open},
                       {QStringLiteral("overdue"), overdue},
                       {QStringLiteral("closed"), closed}};
}

QJsonObject StatusReport::normativeCounts(UnitId unit) const
{
    qint64 filed = 0;
    qint64 late = 0;
    qint64 unfiled = 0;
    qint64 missing = 0;
    for (const NormativeDocument &d : m_normativeDocuments) {
        if (unit.isValid() && d.unit != unit)
            continue;
        if (d.isFiled()) {
            ++filed;
            if (d.isLate(m_campaign.rules.filingDeadlineDays, m_today))
                ++late;
        } else {
            ++unfiled;
        }
    }
    for (const PeriodStatus &p : m_normativePeriods) {
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
    root.insert(QStringLiteral("campaign"), m_campaign.displayName());
    root.insert(QStringLiteral("campaign_code"), m_campaign.code);
    root.insert(QStringLiteral("today"), isoDate(m_today));

    const PhaseStatus phase = phaseOn(m_campaign, m_today);
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

    if (const Deadline *next = nextDeadline(m_campaign, m_today)) {
        root.insert(QStringLiteral("next_deadline"),
                    QJsonObject{{QStringLiteral("title"), next->title},
                                {QStringLiteral("due"), isoDate(next->due)},
                                {QStringLiteral("days_left"), qint64(m_today.daysTo(next->due))}});
    } else {
        root.insert(QStringLiteral("next_deadline"), QJsonValue::Null);
    }

    QJsonArray units;
    for (size_t i = 0; i < m_units.size(); ++i) {
        const Unit &unit = m_units[i];
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
        if (i < m_catalogue.size() && m_catalogue[i].unit == unit.id && m_catalogue[i].reported)
            insertSelfCheck(u, m_catalogue[i].figures());
        else if (const std::optional<SelfCheckFigures> fromForm = selfCheckFromForm(unit.id))
            insertSelfCheck(u, *fromForm);
        units.append(u);
    }
    root.insert(QStringLiteral("units"), units);
    const bool spotOk = m_filesReviewed >= m_campaign.rules.spotCheckMinFiles;
    root.insert(QStringLiteral("spot_check"),
                QJsonObject{{QStringLiteral("files_drawn"), m_filesDrawn},
                            {QStringLiteral("files_reviewed"), m_filesReviewed},
                            {QStringLiteral("required"), m_campaign.rules.spotCheckMinFiles},
                            {QStringLiteral("ok"), spotOk}});
    root.insert(QStringLiteral("complaints"), complaintCounts(UnitId()));
    root.insert(QStringLiteral("normative"), normativeCounts(UnitId()));
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

    line(tr("Campaign: %1 (%2)").arg(m_campaign.displayName(), m_campaign.code));
    line(tr("Today: %1").arg(isoDate(m_today)));

    const PhaseStatus phase = phaseOn(m_campaign, m_today);
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
        const auto last = std::max_element(m_campaign.phases.begin(), m_campaign.phases.end(),
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

    if (const Deadline *next = nextDeadline(m_campaign, m_today)) {
        const int daysLeft = int(m_today.daysTo(next->due));
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
    for (const Unit &unit : m_units) {
        const QJsonObject u = complaintCounts(unit.id);
        if (u.value(QStringLiteral("overdue")).toInteger() > 0)
            line(
                tr("  overdue at %1: %2").arg(unit.name).arg(u.value(QStringLiteral("overdue")).toInteger()));
    }

    if (!m_units.empty() && !m_campaign.forms.empty()) {
        int accepted = 0;
        int received = 0;
        int returned = 0;
        for (const Submission &s : m_submissions) {
            accepted += s.status == Submission::Status::Accepted;
            received += s.status == Submission::Status::Received;
            returned += s.status == Submission::Status::Returned;
        }
        QStringList late;
        for (const Unit &unit : m_units) {
            for (const QJsonValue &v : submissionList(unit.id, false)) {
                const QJsonObject o = v.toObject();
                const bool overdueMissing =
                    o.value(QStringLiteral("status")).toString() == QLatin1String("missing") &&
                    o.value(QStringLiteral("due")).toString() < isoDate(m_today);
                if (o.value(QStringLiteral("late_days")).toInt() > 0 || overdueMissing) {
                    late.append(unit.name);
                    break;
                }
            }
        }
        const qsizetype items =
            qsizetype(m_units.size()) * qsizetype(m_campaign.forms.size() + m_campaign.reports.size());
        line(tr("Forms and reports: %1 accepted, %2 received, %3 returned, %4 missing")
                 .arg(accepted)
                 .arg(received)
                 .arg(returned)
                 .arg(items - accepted - received - returned));
        if (!late.isEmpty())
            line(tr("  late or overdue: %1").arg(late.join(tr(", "))));
    }
    line(tr("Spot check: %1 file(s) drawn, %2 reviewed (the plan asks for %3)")
             .arg(m_filesDrawn)
             .arg(m_filesReviewed)
             .arg(m_campaign.rules.spotCheckMinFiles));
    for (const CatalogueSummary &c : m_catalogue) {
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
    for (const Unit &unit : m_units) {
        const QJsonObject u = normativeCounts(unit.id);
        const qint64 unfiled = u.value(QStringLiteral("unfiled_known")).toInteger();
        const qint64 missing = u.value(QStringLiteral("zero_reports_missing")).toInteger();
        if (unfiled > 0 || missing > 0)
            line(tr("  %1: %2 known but not filed, %3 zero report(s) missing")
                     .arg(unit.name)
                     .arg(unfiled)
                     .arg(missing));
    }

    line(tr("Units: %1").arg(m_units.size()));
    QStringList withoutContact;
    for (const Unit &unit : m_units) {
        if (!unit.hasContact())
            withoutContact.append(unit.name);
    }
    if (!withoutContact.isEmpty()) {
        line(tr("Units without a campaign contact (%1):").arg(withoutContact.size()));
        for (const QString &name : withoutContact)
            line(QStringLiteral("  ") + name);
    } else if (!m_units.empty()) {
        line(tr("Every unit has named a campaign contact."));
    }
    return text;
}

} // namespace oversight
