// The normative documents' filings and reviews. (Zero reports and clean-up rounds are in
// normativerounds.cpp.)

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
    return NormativeRepository(m_db.connection()).listByCampaign(campaign);
}

Result<NormativeDocument> NormativeService::document(NormativeDocumentId id) const
{
    return NormativeRepository(m_db.connection()).get(id);
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

} // namespace oversight
