// The rectification ledger: reading, adding, editing and importing problems, and raising them from other
// records. (Status steps, closing and evidence are in ledgersteps.cpp.)

#include "ledgerservice.h"

#include "campaignservice.h"
#include "clock.h"
#include "domain/complaint.h"
#include "domain/isodate.h"
#include "domain/privacymask.h"
#include "ledgerservice_p.h"
#include "storage/attachmentstore.h"
#include "storage/auditlog.h"
#include "storage/complaintrepository.h"
#include "storage/database.h"
#include "storage/problemrepository.h"
#include "storage/unitrepository.h"
#include "writescope.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace oversight {

using ledgerdetail::auditFields;
using ledgerdetail::problemEntity;

namespace {

const QString findingOrigin = QStringLiteral("complaint_finding");

Problem::Source sourceOf(const ComplaintFinding &f)
{
    switch (f.source) {
    case ComplaintFinding::Source::Supervision:
        return Problem::Source::Supervision;
    case ComplaintFinding::Source::Complaint:
        return Problem::Source::Complaint;
    case ComplaintFinding::Source::CallBack:
        return Problem::Source::CallBack;
    }
    return Problem::Source::Complaint;
}

} // namespace

LedgerService::LedgerService(Database &db, const Clock &clock, CampaignService &campaigns, QString actor,
                             QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_campaigns(campaigns), m_actor(std::move(actor))
{}

Result<std::vector<Problem>> LedgerService::problems(CampaignId campaign, const ProblemFilter &filter) const
{
    Result<std::vector<Problem>> list =
        ProblemRepository(m_db.connection()).list(campaign, filter, m_clock.today());
    if (list)
        if (auto r = maskComplainants(list.value()); !r)
            return r.error();
    return list;
}

Result<Problem> LedgerService::problem(ProblemId id) const
{
    const Result<Problem> p = ProblemRepository(m_db.connection()).get(id);
    if (!p)
        return p;
    std::vector<Problem> one{*p};
    if (auto r = maskComplainants(one); !r)
        return r.error();
    return one.front();
}

Result<std::vector<ProblemEvent>> LedgerService::history(ProblemId id) const
{
    Result<std::vector<ProblemEvent>> events = ProblemRepository(m_db.connection()).events(id);
    const Result<Problem> p = ProblemRepository(m_db.connection()).get(id);
    if (!events || !p || p->originKind != findingOrigin)
        return events;
    const Result<ComplaintFinding> finding = ComplaintRepository(m_db.connection()).finding(p->originId);
    const Result<Complaint> complaint = finding
                                            ? ComplaintRepository(m_db.connection()).get(finding->complaint)
                                            : Result<Complaint>(finding.error());
    if (complaint) {
        const ComplainantMask mask(*complaint);
        for (ProblemEvent &e : events.value())
            e.note = mask.apply(e.note);
    }
    return events;
}

QString LedgerService::auditHead() const
{
    const Result<AuditHead> head = AuditLog::head(m_db.connection());
    return head ? head->text() : QString();
}

Result<void> LedgerService::maskComplainants(std::vector<Problem> &problems) const
{
    const ComplaintRepository complaints(m_db.connection());
    QHash<qint64, std::optional<ComplainantMask>> masks; // by finding
    for (Problem &p : problems) {
        if (p.originKind != findingOrigin || p.originId <= 0)
            continue;
        auto found = masks.find(p.originId);
        if (found == masks.end()) {
            std::optional<ComplainantMask> mask;
            const Result<ComplaintFinding> finding = complaints.finding(p.originId);
            if (finding && finding->complaint.isValid()) {
                const Result<Complaint> complaint = complaints.get(finding->complaint);
                if (!complaint)
                    return complaint.error();
                mask.emplace(*complaint);
            }
            found = masks.insert(p.originId, mask);
        }
        if (!found->has_value() || (*found)->isEmpty())
            continue;
        const ComplainantMask &mask = **found;
        for (QString *text : {&p.description, &p.measure, &p.owner, &p.progress, &p.verificationNote})
            *text = mask.apply(*text);
    }
    return {};
}

Result<std::vector<ProblemEvidence>> LedgerService::evidence(ProblemId id) const
{
    return ProblemRepository(m_db.connection()).evidence(id);
}

QString LedgerService::evidencePath(const ProblemEvidence &evidence) const
{
    return AttachmentStore(m_db.path()).pathOf(evidence.sha256);
}

Result<std::vector<qint64>> LedgerService::search(CampaignId campaign, const QString &keywords) const
{
    return ProblemRepository(m_db.connection()).searchAll(campaign, keywords);
}

Result<QDate> LedgerService::defaultDeadline(CampaignId campaign) const
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    if (c->rules.rectificationDeadline.isValid())
        return c->rules.rectificationDeadline;
    return QDate(c->year, 12, 31);
}

QDate LedgerService::today() const
{
    return m_clock.today();
}

Problem LedgerService::normalized(Problem p)
{
    p.description = p.description.trimmed();
    p.measure = p.measure.trimmed();
    p.owner = p.owner.simplified();
    p.inspectingBody = p.inspectingBody.simplified();
    p.progress = p.progress.trimmed();
    p.verificationNote = p.verificationNote.trimmed();
    return p;
}

Result<void> LedgerService::checkUnit(const Problem &p) const
{
    const Result<Unit> unit = UnitRepository(m_db.connection()).get(p.unit);
    if (!unit || unit->campaign != p.campaign)
        return fieldError(QStringLiteral("unit"),
                          ProblemText::tr("Unit: unit %1 is not in this campaign's register; choose a "
                                          "registered unit.")
                              .arg(p.unit.value));
    return {};
}

Result<void> LedgerService::check(const Problem &problem) const
{
    Problem p = normalized(problem);
    if (!p.deadline.isValid()) {
        const Result<QDate> d = defaultDeadline(p.campaign);
        if (!d)
            return d.error();
        p.deadline = *d;
    }
    QList<FieldError> problems = validateProblem(p);
    if (p.status == Problem::Status::Closed)
        problems.append({QStringLiteral("status"),
                         ProblemText::tr("Status: a problem enters the ledger not yet closed; close it "
                                         "afterwards with its verification note and evidence.")});
    if (!problems.isEmpty())
        return joined(problems);
    if (!p.campaign.isValid())
        return makeError(Error::Code::Invalid, ProblemText::tr("The problem belongs to no campaign."));
    return checkUnit(p);
}

Result<ProblemId> LedgerService::insertProblem(WriteScope &scope, Problem p, const QString &action,
                                               const QString &note)
{
    p = normalized(std::move(p));
    p.id = ProblemId();
    if (!p.deadline.isValid()) {
        const Result<QDate> d = defaultDeadline(p.campaign);
        if (!d)
            return d.error();
        p.deadline = *d;
    }
    if (auto r = check(p); !r)
        return r.error();
    p.verificationNote.clear();
    p.closedOn = QDate();
    ProblemRepository repo(m_db.connection());
    const QDateTime now = m_clock.now();
    const Result<ProblemId> id = repo.insert(p, now);
    if (!id)
        return id;
    if (auto r = repo.appendEvent({0, *id, now, m_actor, action, std::nullopt, p.status, {}, {}, note}); !r)
        return r.error();
    if (auto r = scope.audit(problemEntity, id->value, QStringLiteral("create"), auditFields(p)); !r)
        return r.error();
    return id;
}

Result<ProblemId> LedgerService::add(Problem problem)
{
    const CampaignId campaign = problem.campaign;
    return WriteScope(m_db, m_clock, m_actor)
        .run(
            [&](WriteScope &scope) {
                return insertProblem(scope, std::move(problem), QStringLiteral("create"), {});
            },
            [&](ProblemId id) { Q_EMIT problemAdded(id, campaign); });
}

Result<std::vector<ProblemId>> LedgerService::addAll(std::vector<Problem> problems)
{
    QSet<qint64> campaigns;
    return WriteScope(m_db, m_clock, m_actor)
        .run(
            [&](WriteScope &scope) -> Result<std::vector<ProblemId>> {
                std::vector<ProblemId> ids;
                ids.reserve(problems.size());
                for (Problem &p : problems) {
                    campaigns.insert(p.campaign.value);
                    const Result<ProblemId> id =
                        insertProblem(scope, std::move(p), QStringLiteral("import"), {});
                    if (!id)
                        return id.error();
                    ids.push_back(*id);
                }
                return ids;
            },
            [&] {
                for (qint64 c : campaigns)
                    Q_EMIT ledgerChanged(CampaignId(c));
            });
}

Result<void> LedgerService::update(Problem edited)
{
    edited = normalized(std::move(edited));
    ProblemRepository repo(m_db.connection());
    const Result<Problem> before = repo.get(edited.id);
    if (!before)
        return before.error();
    if (edited.deadline.isValid() && edited.deadline != before->deadline)
        return fieldError(QStringLiteral("deadline"),
                          ProblemText::tr("Deadline: a deadline moves only by an extension with its reason "
                                          "(Extend…), so that the ledger shows it."));
    Problem p = *before;
    p.unit = edited.unit;
    p.area = edited.area;
    p.source = edited.source;
    p.inspectingBody = edited.inspectingBody;
    p.description = edited.description;
    p.measure = edited.measure;
    p.owner = edited.owner;
    p.progress = edited.progress;
    if (QList<FieldError> problems = validateProblem(p); !problems.isEmpty())
        return joined(problems);
    if (auto r = checkUnit(p); !r)
        return r;
    if (p == *before)
        return {};

    return WriteScope(m_db, m_clock, m_actor)
        .run([&](WriteScope &scope) { return saveEdit(scope, p); }, [&] { Q_EMIT problemChanged(p.id); });
}

Result<void> LedgerService::saveEdit(WriteScope &scope, const Problem &p)
{
    ProblemRepository repo(m_db.connection());
    const QDateTime now = m_clock.now();
    if (auto r = repo.update(p, now); !r)
        return r;
    if (auto r = repo.appendEvent(
            {0, p.id, now, m_actor, QStringLiteral("edit"), std::nullopt, std::nullopt, {}, {}, {}});
        !r)
        return r;
    return scope.audit(problemEntity, p.id.value, QStringLiteral("update"), auditFields(p));
}

Result<void> LedgerService::remove(ProblemId id)
{
    ProblemRepository repo(m_db.connection());
    const Result<Problem> before = repo.get(id);
    if (!before)
        return before.error();
    if (before->isClosed())
        return makeError(
            Error::Code::Conflict,
            ProblemText::tr("Problem %1 is closed; a closed problem stays in the ledger.").arg(id.value));
    if (before->originKind == findingOrigin)
        return makeError(Error::Code::Conflict,
                         ProblemText::tr("Problem %1 was found by supervision; remove it there, with its "
                                         "finding.")
                             .arg(id.value));
    const Result<std::vector<ProblemEvidence>> held = repo.evidence(id);
    if (!held)
        return held.error();
    if (!held->empty())
        return makeError(Error::Code::Conflict,
                         ProblemText::tr("Problem %1 holds evidence; it stays in the ledger.").arg(id.value));
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.remove(id); },
               {problemEntity, id.value, QStringLiteral("delete"), auditFields(*before)},
               [&] { Q_EMIT problemRemoved(id); });
}

Result<ProblemId> LedgerService::raise(WriteScope &scope, const ProblemOrigin &origin)
{
    Problem p;
    p.campaign = origin.campaign;
    p.unit = origin.unit;
    p.area = origin.area;
    p.source = origin.source;
    p.description = origin.description;
    p.measure = origin.measure;
    p.deadline = origin.deadline;
    p.originKind = origin.kind;
    p.originId = origin.id;
    const Result<ProblemId> id = insertProblem(scope, std::move(p), QStringLiteral("create"), {});
    if (!id)
        return id;
    scope.afterCommit(
        [this, added = *id, campaign = origin.campaign] { Q_EMIT problemAdded(added, campaign); });
    return id;
}

ProblemOrigin LedgerService::originOf(const ComplaintFinding &f, qint64 findingId)
{
    ProblemOrigin origin;
    origin.campaign = f.campaign;
    origin.unit = f.unit;
    origin.area = f.area;
    origin.source = sourceOf(f);
    origin.description = f.description;
    origin.measure = f.measure;
    origin.kind = findingOrigin;
    origin.id = findingId;
    return origin;
}

Result<void> LedgerService::followFinding(WriteScope &scope, const ComplaintFinding &f)
{
    if (!f.problem.isValid())
        return {};
    scope.afterCommit([this, id = f.problem] { Q_EMIT problemChanged(id); });
    ProblemRepository repo(m_db.connection());
    const Result<Problem> before = repo.get(f.problem);
    if (!before)
        return before.error();
    Problem p = *before;
    p.area = f.area;
    p.source = sourceOf(f);
    p.description = f.description.trimmed();
    p.measure = f.measure.trimmed();
    if (p == *before)
        return {};
    return saveEdit(scope, p);
}

Result<void> LedgerService::dropFinding(WriteScope &scope, const ComplaintFinding &f)
{
    if (!f.problem.isValid())
        return {};
    scope.afterCommit([this, id = f.problem] { Q_EMIT problemRemoved(id); });
    ProblemRepository repo(m_db.connection());
    const Result<Problem> p = repo.get(f.problem);
    if (!p)
        return p.error().code == Error::Code::NotFound ? Result<void>() : Result<void>(p.error());
    const Result<std::vector<ProblemEvidence>> held = repo.evidence(p->id);
    if (!held)
        return held.error();
    if (p->status != Problem::Status::Open || !held->empty())
        return makeError(Error::Code::Conflict,
                         ProblemText::tr("This problem is already being rectified in the ledger (problem %1, "
                                         "%2); handle it there.")
                             .arg(p->id.value)
                             .arg(problemStatusLabel(p->status)));
    if (auto r = repo.remove(p->id); !r)
        return r;
    return scope.audit(problemEntity, p->id.value, QStringLiteral("delete"), auditFields(*p));
}

} // namespace oversight
