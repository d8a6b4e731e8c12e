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

} // namespace

NormativeService::NormativeService(Database &db, const Clock &clock, CampaignService &campaigns,
                                   LedgerService &ledger, QString actor, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_campaigns(campaigns), m_ledger(ledger),
      m_actor(std::move(actor))
{}

Result<CampaignRules> NormativeService::rules(CampaignId campaign) const
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    return c->rules;
}

Result<std::vector<NormativeDocument>> NormativeService::documents(CampaignId campaign) const
{
    return NormativeRepository(m_db.connection()).documents(campaign);
}

Result<NormativeDocument> NormativeService::document(NormativeDocumentId id) const
{
    return NormativeRepository(m_db.connection()).document(id);
}

NormativeDocument NormativeService::normalized(NormativeDocument d)
{
    d.title = d.title.simplified();
    d.number = d.number.simplified().remove(QLatin1Char(' '));
    d.seenAt = d.seenAt.trimmed();
    d.reviewer = d.reviewer.simplified();
    d.opinion = d.opinion.trimmed();
    d.correctionNote = d.correctionNote.trimmed();
    return d;
}

Result<void> NormativeService::checkUnit(UnitId unit, CampaignId campaign, const QString &field) const
{
    const Result<Unit> u = UnitRepository(m_db.connection()).get(unit);
    if (!u || u->campaign != campaign)
        return fieldError(field,
                          NormativeText::tr("Issuing unit: unit %1 is not in this campaign's register; "
                                            "choose a registered unit.")
                              .arg(unit.value));
    return {};
}

Result<void> NormativeService::check(const NormativeDocument &d) const
{
    QList<FieldError> problems = validateNormativeDocument(d);
    const QDate today = m_clock.today();
    const auto notFuture = [&](QDate day, const QString &field, const QString &label) {
        if (day.isValid() && day > today)
            problems.append(
                {field, NormativeText::tr("%1: %2 is after today (%3).").arg(label, iso(day), iso(today))});
    };
    notFuture(d.issuedOn, QStringLiteral("issuedOn"), NormativeText::tr("Issue date"));
    notFuture(d.filedOn, QStringLiteral("filedOn"), NormativeText::tr("Filing date"));
    notFuture(d.reviewedOn, QStringLiteral("reviewedOn"), NormativeText::tr("Review date"));
    notFuture(d.correctedOn, QStringLiteral("correctedOn"), NormativeText::tr("Correction date"));
    if (!problems.isEmpty())
        return joined(problems);
    if (!d.campaign.isValid())
        return makeError(Error::Code::Invalid, NormativeText::tr("The document belongs to no campaign."));
    if (auto r = checkUnit(d.unit, d.campaign, QStringLiteral("unit")); !r)
        return r;
    const auto same = NormativeRepository(m_db.connection()).findByNumber(d.campaign, d.unit, d.number);
    if (!same)
        return same.error();
    if (*same && (*same)->id != d.id) {
        Error e =
            makeError(Error::Code::Conflict,
                      NormativeText::tr("Document number: the unit's %1 is already registered (\"%2\"); "
                                        "open that document instead.")
                          .arg(d.number, (*same)->title));
        e.field = QStringLiteral("number");
        return e;
    }
    return {};
}

Result<NormativeDocumentId> NormativeService::add(NormativeDocument d)
{
    d = normalized(std::move(d));
    d.id = NormativeDocumentId();
    // Only review() writes a review.
    d.result.reset();
    d.reviewer.clear();
    d.reviewedOn = {};
    d.opinion.clear();
    d.correctBy = {};
    d.outcome.reset();
    d.correctedOn = {};
    d.correctionNote.clear();
    d.problem = ProblemId();
    if (d.isUnfiledKnown())
        d.materials = 0;
    if (auto r = check(d); !r)
        return r.error();
    return WriteScope(m_db, m_clock, m_actor)
        .create([&] { return NormativeRepository(m_db.connection()).insert(d, m_clock.now()); },
                {QStringLiteral("normative_document"),
                 {},
                 d.isFiled() ? QStringLiteral("create") : QStringLiteral("create_unfiled"),
                 auditFields(d)},
                [&] { Q_EMIT documentsChanged(d.campaign); });
}

Result<void> NormativeService::saveDocument(const NormativeDocument &before, NormativeDocument after,
                                            const QString &action)
{
    after = normalized(std::move(after));
    if (auto r = check(after); !r)
        return r;
    const QJsonObject diff = fieldChanges(auditFields(before), auditFields(after));
    if (diff.isEmpty())
        return {};
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return NormativeRepository(m_db.connection()).update(after, m_clock.now()); },
               {QStringLiteral("normative_document"), after.id.value, action, diff},
               [&] { Q_EMIT documentsChanged(after.campaign); });
}

Result<void> NormativeService::update(NormativeDocument edited)
{
    const Result<NormativeDocument> before = document(edited.id);
    if (!before)
        return before.error();
    NormativeDocument d = *before;
    d.unit = edited.unit;
    d.title = edited.title;
    d.number = edited.number;
    d.issuedOn = edited.issuedOn;
    d.filedOn = edited.filedOn;
    d.materials = edited.filedOn.isValid() ? edited.materials : 0;
    d.seenAt = edited.seenAt;
    // Filing a document known but unfiled is recorded as the filing it is.
    return saveDocument(*before, d,
                        before->isUnfiledKnown() && d.isFiled() ? QStringLiteral("file")
                                                                : QStringLiteral("update"));
}

Result<void> NormativeService::file(NormativeDocumentId id, QDate filedOn, int materials)
{
    const Result<NormativeDocument> before = document(id);
    if (!before)
        return before.error();
    if (!filedOn.isValid())
        return fieldError(QStringLiteral("filedOn"), NormativeText::tr("Filing date: not filled in."));
    NormativeDocument d = *before;
    d.filedOn = filedOn;
    d.materials = materials;
    return saveDocument(*before, d, before->isFiled() ? QStringLiteral("update") : QStringLiteral("file"));
}

Result<void> NormativeService::review(NormativeDocumentId id, const ReviewDraft &review)
{
    const Result<NormativeDocument> before = document(id);
    if (!before)
        return before.error();
    NormativeDocument d = *before;
    d.result = review.result;
    d.reviewer = review.reviewer;
    d.reviewedOn = review.on;
    d.opinion = review.opinion;
    d.correctBy = review.correctBy;
    if (!d.needsCorrection()) {
        d.correctBy = {};
        d.outcome.reset();
        d.correctedOn = {};
        d.correctionNote.clear();
    }
    return saveDocument(*before, d, QStringLiteral("review"));
}

Result<void> NormativeService::recordCorrection(NormativeDocumentId id, CorrectionOutcome outcome, QDate on,
                                                const QString &note)
{
    const Result<NormativeDocument> before = document(id);
    if (!before)
        return before.error();
    if (!before->needsCorrection())
        return fieldError(
            QStringLiteral("outcome"),
            NormativeText::tr("Correction outcome: the review of \"%1\" asked for no correction.")
                .arg(before->title));
    NormativeDocument d = *before;
    d.outcome = outcome;
    d.correctedOn = on;
    d.correctionNote = note;
    return saveDocument(*before, d, QStringLiteral("correction"));
}

Result<ProblemId> NormativeService::raiseProblem(NormativeDocumentId id)
{
    const Result<NormativeDocument> before = document(id);
    if (!before)
        return before.error();
    if (!before->needsCorrection() || !before->result)
        return fieldError(QStringLiteral("result"),
                          NormativeText::tr("Review: \"%1\" was not found in need of correction; only a "
                                            "document to be corrected goes into the rectification ledger.")
                              .arg(before->title));
    if (before->problem.isValid() && m_ledger.problem(before->problem))
        return makeError(Error::Code::Conflict,
                         NormativeText::tr("\"%1\" is already in the rectification ledger as problem %2.")
                             .arg(before->title)
                             .arg(before->problem.value));
    const auto campaign = m_campaigns.campaign(before->campaign);
    if (!campaign)
        return campaign.error();
    ProblemOrigin origin;
    origin.campaign = before->campaign;
    origin.unit = before->unit;
    origin.area = campaign->areaAbout(QStringLiteral("规范性文件"));
    // The filing review is the bureau's supervision of one document: 个案监督 among the plan's sources.
    origin.source = Problem::Source::Supervision;
    // Ledger text is the record's own words (it goes into the Chinese ledger as written), not UI text.
    origin.description = QStringLiteral("规范性文件《%1》（%2）备案审查：%3")
                             .arg(before->title, before->number, reviewResultWord(*before->result)) +
                         (before->opinion.isEmpty() ? QString() : QStringLiteral("；") + before->opinion);
    origin.deadline = before->correctBy; // empty: the campaign's rectification end
    origin.kind = QStringLiteral("normative_document");
    origin.id = id.value;

    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    const Result<ProblemId> problem = m_ledger.raise(scope, origin);
    if (!problem)
        return problem;
    NormativeDocument d = *before;
    d.problem = *problem;
    if (auto r = NormativeRepository(m_db.connection()).update(d, m_clock.now()); !r)
        return r.error();
    const QJsonValue was = before->problem.isValid() ? QJsonValue(before->problem.value) : QJsonValue();
    if (auto r = scope.audit(
            QStringLiteral("normative_document"), id.value, QStringLiteral("raise_problem"),
            {{QStringLiteral("problem_id"),
              QJsonObject{{QStringLiteral("from"), was}, {QStringLiteral("to"), problem->value}}}});
        !r)
        return r.error();
    if (auto r = scope.commit([&] { Q_EMIT documentsChanged(d.campaign); }); !r)
        return r.error();
    return problem;
}

Result<void> NormativeService::remove(NormativeDocumentId id)
{
    const Result<NormativeDocument> before = document(id);
    if (!before)
        return before.error();
    return WriteScope(m_db, m_clock, m_actor)
        .apply(
            [&] { return NormativeRepository(m_db.connection()).remove(id); },
            {QStringLiteral("normative_document"), id.value, QStringLiteral("delete"), auditFields(*before)},
            [&] { Q_EMIT documentsChanged(before->campaign); });
}

Result<FilingImportCounts> NormativeService::planFilings(CampaignId campaign,
                                                         const std::vector<NormativeDocument> &filings) const
{
    FilingImportCounts counts;
    NormativeRepository repo(m_db.connection());
    for (const NormativeDocument &raw : filings) {
        const NormativeDocument f = normalized(raw);
        const auto existing = repo.findByNumber(campaign, f.unit, f.number);
        if (!existing)
            return existing.error();
        if (!*existing)
            ++counts.added;
        else if ((*existing)->title == f.title && (*existing)->issuedOn == f.issuedOn &&
                 (*existing)->filedOn == f.filedOn)
            ++counts.unchanged;
        else
            ++counts.updated;
    }
    return counts;
}

Result<FilingImportCounts> NormativeService::importFilings(CampaignId campaign,
                                                           std::vector<NormativeDocument> filings)
{
    FilingImportCounts counts;
    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    NormativeRepository repo(m_db.connection());
    for (NormativeDocument &raw : filings) {
        NormativeDocument f = normalized(std::move(raw));
        f.campaign = campaign;
        const auto existing = repo.findByNumber(campaign, f.unit, f.number);
        if (!existing)
            return existing.error();
        if (!*existing) {
            f.id = NormativeDocumentId();
            if (auto r = check(f); !r)
                return r.error();
            const auto id = repo.insert(f, m_clock.now());
            if (!id)
                return id.error();
            if (auto r = scope.audit(QStringLiteral("normative_document"), id->value,
                                     QStringLiteral("import"), auditFields(f));
                !r)
                return r.error();
            ++counts.added;
            continue;
        }
        NormativeDocument d = **existing;
        d.title = f.title;
        d.issuedOn = f.issuedOn;
        d.filedOn = f.filedOn;
        const QJsonObject diff = fieldChanges(auditFields(**existing), auditFields(d));
        if (diff.isEmpty()) {
            ++counts.unchanged;
            continue;
        }
        if (auto r = check(d); !r)
            return r.error();
        if (auto r = repo.update(d, m_clock.now()); !r)
            return r.error();
        if (auto r =
                scope.audit(QStringLiteral("normative_document"), d.id.value, QStringLiteral("import"), diff);
            !r)
            return r.error();
        ++counts.updated;
    }
    if (auto r = scope.commit([&] {
            if (counts.added + counts.updated > 0)
                Q_EMIT documentsChanged(campaign);
        });
        !r)
        return r.error();
    return counts;
}

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
    const auto docs = repo.documents(z.campaign);
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
    const auto docs = repo.documents(campaign);
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
    if (round.name.isEmpty())
        return fieldError(QStringLiteral("name"), NormativeText::tr("Name: not filled in."));
    NormativeRepository repo(m_db.connection());
    const auto existing = repo.rounds(round.campaign);
    if (!existing)
        return existing.error();
    for (const CleanupRound &r : *existing)
        if (r.name == round.name)
            return makeError(
                Error::Code::Conflict,
                NormativeText::tr("Name: a clean-up round \"%1\" already exists.").arg(round.name));
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
    if (round.name.isEmpty())
        return fieldError(QStringLiteral("name"), NormativeText::tr("Name: not filled in."));
    const auto existing = repo.rounds(round.campaign);
    if (!existing)
        return existing.error();
    for (const CleanupRound &r : *existing)
        if (r.name == round.name && r.id != round.id)
            return makeError(
                Error::Code::Conflict,
                NormativeText::tr("Name: a clean-up round \"%1\" already exists.").arg(round.name));
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
        const Result<NormativeDocument> d = repo.document(item.document);
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
