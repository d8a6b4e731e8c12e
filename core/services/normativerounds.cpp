// NormativeService's zero reports and clean-up rounds: the periods a unit issued nothing in, and the
// rounds that clean up the documents in force. (Filings and reviews are in normativeservice.cpp.)

#include "normativeservice.h"

#include "campaignservice.h"
#include "clock.h"
#include "domain/isodate.h"
#include "domain/problem.h"
#include "ledgerservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/normativerepository.h"
#include "storage/unitrepository.h"
#include "writescope.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace oversight {

namespace {

QJsonObject auditFields(const ZeroReport &z)
{
    return {{QStringLiteral("unit_id"), z.unit.value},
            {QStringLiteral("period"), z.period},
            {QStringLiteral("received_on"), iso(z.receivedOn)},
            {QStringLiteral("note"), z.note}};
}

QJsonObject auditFields(const CleanupRound &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("scope"), r.scope},
            {QStringLiteral("deadline"), iso(r.deadline)}};
}

QJsonObject auditFields(const CleanupItem &i)
{
    return {{QStringLiteral("round_id"), i.round.value},
            {QStringLiteral("unit_id"), i.unit.value},
            {QStringLiteral("document_id"), i.document.value},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("number"), i.number},
            {QStringLiteral("issued_on"), iso(i.issuedOn)},
            {QStringLiteral("decision"), i.decision ? cleanupDecisionKey(*i.decision) : QString()},
            {QStringLiteral("decided_on"), iso(i.decidedOn)},
            {QStringLiteral("note"), i.note}};
}

/// A round's name: filled in, and used by no other round of its campaign than `self`.
Result<void> checkRoundName(NormativeRepository &repo, const CleanupRound &round, CleanupRoundId self)
{
    if (round.name.isEmpty())
        return fieldError(QStringLiteral("name"), NormativeText::tr("Name: not filled in."));
    const auto existing = repo.rounds(round.campaign);
    if (!existing)
        return existing.error();
    for (const CleanupRound &r : *existing)
        if (r.name == round.name && r.id != self)
            return makeError(
                Error::Code::Conflict,
                NormativeText::tr("Name: a clean-up round \"%1\" already exists.").arg(round.name));
    return {};
}

} // namespace

Result<std::vector<ZeroReport>> NormativeService::zeroReports(CampaignId campaign) const
{
    return NormativeRepository(m_db.connection()).zeroReports(campaign);
}

Result<qint64> NormativeService::addZeroReport(ZeroReport z)
{
    z.note = z.note.trimmed();
    const std::optional<Period> period = periodFromKey(z.period);
    if (!period)
        return fieldError(
            QStringLiteral("period"),
            NormativeText::tr("Period: \"%1\" is not a period (write 2022-Q2 or 2022).").arg(z.period));
    const Result<CampaignRules> r = rules(z.campaign);
    if (!r)
        return r.error();
    const std::vector<Period> periods = periodsOf(period->from.year(), r->zeroReportPeriod);
    if (std::find(periods.begin(), periods.end(), *period) == periods.end())
        return fieldError(QStringLiteral("period"),
                          NormativeText::tr("Period: the campaign's zero reports cover a %1, not %2.")
                              .arg(r->zeroReportPeriod == ZeroReportPeriod::Year
                                       ? NormativeText::tr("year")
                                       : NormativeText::tr("quarter"),
                                   period->label()));
    const QDate today = m_clock.today();
    if (period->from > today)
        return fieldError(QStringLiteral("period"),
                          NormativeText::tr("Period: %1 has not started yet.").arg(period->label()));
    if (!z.receivedOn.isValid())
        return fieldError(QStringLiteral("receivedOn"), NormativeText::tr("Received on: not filled in."));
    if (z.receivedOn > today)
        return fieldError(
            QStringLiteral("receivedOn"),
            NormativeText::tr("Received on: %1 is after today (%2).").arg(iso(z.receivedOn), iso(today)));
    if (auto u = checkUnit(z.unit, z.campaign, QStringLiteral("unit")); !u)
        return u.error();
    NormativeRepository repo(m_db.connection());
    const auto reports = repo.zeroReports(z.campaign);
    if (!reports)
        return reports.error();
    for (const ZeroReport &other : *reports)
        if (other.unit == z.unit && other.period == z.period)
            return makeError(Error::Code::Conflict,
                             NormativeText::tr("The unit already sent a zero report for %1 (received %2).")
                                 .arg(period->label(), iso(other.receivedOn)));
    const auto docs = repo.listByCampaign(z.campaign);
    if (!docs)
        return docs.error();
    for (const NormativeDocument &d : *docs)
        if (d.unit == z.unit && d.isFiled() && period->contains(d.issuedOn))
            return makeError(Error::Code::Conflict,
                             NormativeText::tr("No zero report is needed for %1: the unit filed %2 (%3), "
                                               "issued in that period.")
                                 .arg(period->label(), d.title, d.number));
    return WriteScope(m_db, m_clock, m_actor)
        .create([&] { return repo.insertZeroReport(z, m_clock.now()); },
                {QStringLiteral("zero_report"), {}, QStringLiteral("create"), auditFields(z)},
                [&] { Q_EMIT zeroReportsChanged(z.campaign); });
}

Result<void> NormativeService::removeZeroReport(qint64 id)
{
    NormativeRepository repo(m_db.connection());
    const Result<ZeroReport> before = repo.zeroReport(id);
    if (!before)
        return before.error();
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.removeZeroReport(id); },
               {QStringLiteral("zero_report"), id, QStringLiteral("delete"), auditFields(*before)},
               [&] { Q_EMIT zeroReportsChanged(before->campaign); });
}

Result<std::vector<PeriodStatus>> NormativeService::periodStatuses(CampaignId campaign, QDate today) const
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    const auto units = UnitRepository(m_db.connection()).listByCampaign(campaign);
    if (!units)
        return units.error();
    NormativeRepository repo(m_db.connection());
    const auto docs = repo.listByCampaign(campaign);
    if (!docs)
        return docs.error();
    const auto zero = repo.zeroReports(campaign);
    if (!zero)
        return zero.error();
    std::vector<UnitId> ids;
    for (const Unit &u : *units)
        ids.push_back(u.id);
    return oversight::periodStatuses(ids, *docs, *zero, c->year, c->rules.zeroReportPeriod, today);
}

Result<std::vector<CleanupRound>> NormativeService::rounds(CampaignId campaign) const
{
    return NormativeRepository(m_db.connection()).rounds(campaign);
}

Result<CleanupRound> NormativeService::round(CleanupRoundId id) const
{
    return NormativeRepository(m_db.connection()).round(id);
}

Result<CleanupRoundId> NormativeService::addRound(CleanupRound round)
{
    round.name = round.name.simplified();
    round.scope = round.scope.trimmed();
    NormativeRepository repo(m_db.connection());
    if (auto r = checkRoundName(repo, round, {}); !r)
        return r.error();
    return WriteScope(m_db, m_clock, m_actor)
        .create([&] { return repo.insertRound(round, m_clock.now()); },
                {QStringLiteral("cleanup_round"), {}, QStringLiteral("create"), auditFields(round)},
                [&] { Q_EMIT roundsChanged(round.campaign); });
}

Result<void> NormativeService::updateRound(CleanupRound edited)
{
    NormativeRepository repo(m_db.connection());
    const Result<CleanupRound> before = repo.round(edited.id);
    if (!before)
        return before.error();
    CleanupRound round = *before;
    round.name = edited.name.simplified();
    round.scope = edited.scope.trimmed();
    round.deadline = edited.deadline;
    if (auto r = checkRoundName(repo, round, round.id); !r)
        return r;
    const QJsonObject diff = fieldChanges(auditFields(*before), auditFields(round));
    if (diff.isEmpty())
        return {};
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.updateRound(round, m_clock.now()); },
               {QStringLiteral("cleanup_round"), round.id.value, QStringLiteral("update"), diff},
               [&] { Q_EMIT roundsChanged(round.campaign); });
}

Result<std::vector<CleanupItem>> NormativeService::items(CleanupRoundId round) const
{
    return NormativeRepository(m_db.connection()).items(round);
}

Result<void> NormativeService::checkItem(const CleanupItem &i, CampaignId campaign) const
{
    QList<FieldError> problems;
    if (i.title.isEmpty())
        problems.append({QStringLiteral("title"), NormativeText::tr("Title: not filled in.")});
    if (!i.number.isEmpty())
        if (auto n = parseNormativeNumber(i.number); !n)
            problems.append(
                {QStringLiteral("number"), NormativeText::tr("Document number: %1").arg(n.error().message)});
    if (i.decision && !i.decidedOn.isValid())
        problems.append({QStringLiteral("decidedOn"), NormativeText::tr("Decision date: not filled in.")});
    if (i.decidedOn.isValid() && i.decidedOn > m_clock.today())
        problems.append(
            {QStringLiteral("decidedOn"), NormativeText::tr("Decision date: %1 is after today (%2).")
                                              .arg(iso(i.decidedOn), iso(m_clock.today()))});
    if (i.issuedOn.isValid() && i.decidedOn.isValid() && i.decidedOn < i.issuedOn)
        problems.append({QStringLiteral("decidedOn"),
                         NormativeText::tr("Decision date: %1 is before the document's issue date %2.")
                             .arg(iso(i.decidedOn), iso(i.issuedOn))});
    if (!problems.isEmpty())
        return joined(problems);
    return checkUnit(i.unit, campaign, QStringLiteral("unit"));
}

Result<qint64> NormativeService::addItem(CleanupItem item)
{
    NormativeRepository repo(m_db.connection());
    const Result<CleanupRound> round = repo.round(item.round);
    if (!round)
        return round.error();
    if (item.document.isValid()) {
        const Result<NormativeDocument> d = repo.get(item.document);
        if (!d)
            return d.error();
        item.unit = d->unit;
        item.title = d->title;
        item.number = d->number;
        item.issuedOn = d->issuedOn;
        const auto existing = repo.items(item.round);
        if (!existing)
            return existing.error();
        for (const CleanupItem &other : *existing)
            if (other.document == item.document)
                return makeError(Error::Code::Conflict,
                                 NormativeText::tr("\"%1\" is already in the round.").arg(item.title));
    }
    item.title = item.title.simplified();
    item.number = item.number.simplified().remove(QLatin1Char(' '));
    item.note = item.note.trimmed();
    if (!item.decision)
        item.decidedOn = {};
    if (auto r = checkItem(item, round->campaign); !r)
        return r.error();
    return WriteScope(m_db, m_clock, m_actor)
        .create([&] { return repo.insertItem(item, m_clock.now()); },
                {QStringLiteral("cleanup_item"), {}, QStringLiteral("create"), auditFields(item)},
                [&] { Q_EMIT roundsChanged(round->campaign); });
}

Result<void> NormativeService::updateItem(CleanupItem item)
{
    NormativeRepository repo(m_db.connection());
    const Result<CleanupItem> before = repo.item(item.id);
    if (!before)
        return before.error();
    const Result<CleanupRound> round = repo.round(before->round);
    if (!round)
        return round.error();
    item.round = before->round;
    item.document = before->document;
    item.title = item.title.simplified();
    item.number = item.number.simplified().remove(QLatin1Char(' '));
    item.note = item.note.trimmed();
    if (!item.decision)
        item.decidedOn = {};
    if (auto r = checkItem(item, round->campaign); !r)
        return r;
    const QJsonObject diff = fieldChanges(auditFields(*before), auditFields(item));
    if (diff.isEmpty())
        return {};
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.updateItem(item, m_clock.now()); },
               {QStringLiteral("cleanup_item"), item.id, QStringLiteral("update"), diff},
               [&] { Q_EMIT roundsChanged(round->campaign); });
}

Result<void> NormativeService::removeItem(qint64 id)
{
    NormativeRepository repo(m_db.connection());
    const Result<CleanupItem> before = repo.item(id);
    if (!before)
        return before.error();
    const Result<CleanupRound> round = repo.round(before->round);
    if (!round)
        return round.error();
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.removeItem(id); },
               {QStringLiteral("cleanup_item"), id, QStringLiteral("delete"), auditFields(*before)},
               [&] { Q_EMIT roundsChanged(round->campaign); });
}

} // namespace oversight
