// LedgerService's status steps: moving a problem on, closing it with its verification, reopening it,
// extending its deadline, and the evidence of its rectification. (The rest is in ledgerservice.cpp.)

#include "ledgerservice.h"

#include "clock.h"
#include "domain/isodate.h"
#include "domain/problem.h"
#include "domain/workflow.h"
#include "ledgerservice_p.h"
#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "storage/problemrepository.h"
#include "writescope.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace oversight {

using ledgerdetail::auditFields;
using ledgerdetail::problemEntity;

namespace {

QString nextSteps(Problem::Status from)
{
    return nextStepLabels(from, allProblemStatuses(), problemStatusLabel, ProblemText::tr(" or "));
}

} // namespace

Result<void> LedgerService::step(WriteScope &scope, ProblemId id, Problem::Status to, const QString &action,
                                 const QString &note, const Mutation &mutate)
{
    ProblemRepository repo(m_db.connection());
    const Result<Problem> before = repo.get(id);
    if (!before)
        return before.error();
    Problem p = *before;
    if (mutate) {
        if (auto r = mutate(p); !r)
            return r;
    }
    p.status = to;
    const QDateTime now = m_clock.now();
    if (auto r = repo.update(p, now); !r)
        return r;
    if (auto r = repo.appendEvent({0, id, now, m_actor, action, before->status, to,
                                   before->deadline != p.deadline ? before->deadline : QDate(),
                                   before->deadline != p.deadline ? p.deadline : QDate(), note.trimmed()});
        !r)
        return r;
    QJsonObject changes{{QStringLiteral("from"), problemStatusKey(before->status)},
                        {QStringLiteral("to"), problemStatusKey(to)},
                        {QStringLiteral("note"), note.trimmed()}};
    if (before->deadline != p.deadline) {
        changes.insert(QStringLiteral("old_deadline"), iso(before->deadline));
        changes.insert(QStringLiteral("new_deadline"), iso(p.deadline));
    }
    return scope.audit(problemEntity, id.value, action, changes);
}

Result<void> LedgerService::moveTo(ProblemId id, Problem::Status to, const QString &note)
{
    return moveAll({id}, to, note);
}

Result<void> LedgerService::moveAll(const std::vector<ProblemId> &ids, Problem::Status to,
                                    const QString &note)
{
    if (to == Problem::Status::Closed)
        return fieldError(QStringLiteral("status"),
                          ProblemText::tr("Status: closing needs a verification note and evidence; close "
                                          "each problem with Close…"));
    ProblemRepository repo(m_db.connection());
    std::vector<ProblemId> moving; // each once, in the order given
    for (ProblemId id : ids) {
        const Result<Problem> p = repo.get(id);
        if (!p)
            return p.error();
        if (p->status == to || std::find(moving.begin(), moving.end(), id) != moving.end())
            continue;
        if (p->isClosed())
            return makeError(
                Error::Code::Conflict,
                ProblemText::tr("Problem %1 is closed; reopen it with a reason first.").arg(id.value));
        if (!canMove(p->status, to))
            return makeError(
                Error::Code::Conflict,
                ProblemText::tr("Problem %1 is %2; it can move to %3, not to %4.")
                    .arg(id.value)
                    .arg(problemStatusLabel(p->status), nextSteps(p->status), problemStatusLabel(to)));
        moving.push_back(id);
    }
    return WriteScope(m_db, m_clock, m_actor)
        .run(
            [&](WriteScope &scope) -> Result<void> {
                for (ProblemId id : moving)
                    if (auto r = step(scope, id, to, QStringLiteral("status"), note, {}); !r)
                        return r;
                return {};
            },
            [&] {
                for (ProblemId id : moving)
                    Q_EMIT problemChanged(id);
            });
}

Result<void> LedgerService::close(ProblemId id, QDate on, const QString &verificationNote,
                                  const QString &statement)
{
    ProblemRepository repo(m_db.connection());
    const Result<Problem> p = repo.get(id);
    if (!p)
        return p.error();
    if (p->isClosed())
        return makeError(Error::Code::Conflict,
                         ProblemText::tr("Problem %1 is closed already.").arg(id.value));
    if (p->status != Problem::Status::AwaitingVerification)
        return makeError(Error::Code::Conflict,
                         ProblemText::tr("Problem %1 is %2; it is closed after the unit reports it rectified "
                                         "(Awaiting verification).")
                             .arg(id.value)
                             .arg(problemStatusLabel(p->status)));
    if (verificationNote.trimmed().isEmpty())
        return fieldError(QStringLiteral("verificationNote"),
                          ProblemText::tr("Verification note: write how the rectification was verified."));
    if (!on.isValid())
        return fieldError(QStringLiteral("closedOn"),
                          ProblemText::tr("Closed on: enter a date (YYYY-MM-DD)."));
    if (on > m_clock.today())
        return fieldError(
            QStringLiteral("closedOn"),
            ProblemText::tr("Closed on: %1 is after today (%2).").arg(iso(on), iso(m_clock.today())));
    const Result<std::vector<ProblemEvidence>> held = repo.evidence(id);
    if (!held)
        return held.error();
    if (held->empty() && statement.trimmed().isEmpty())
        return fieldError(QStringLiteral("evidence"),
                          ProblemText::tr("Evidence: a problem is closed only with evidence; add a file (a "
                                          "scan, a photo) or write a statement of what was done."));

    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r;
    const QDateTime now = m_clock.now();
    if (!statement.trimmed().isEmpty()) {
        ProblemEvidence e;
        e.problem = id;
        e.kind = ProblemEvidence::Kind::Statement;
        e.statement = statement.trimmed();
        e.addedAt = now;
        if (auto r = repo.insertEvidence(e); !r)
            return r.error();
        if (auto r = repo.appendEvent({0,
                                       id,
                                       now,
                                       m_actor,
                                       QStringLiteral("evidence"),
                                       std::nullopt,
                                       std::nullopt,
                                       {},
                                       {},
                                       e.statement});
            !r)
            return r;
    }
    if (auto r = step(scope, id, Problem::Status::Closed, QStringLiteral("close"), verificationNote,
                      [on, verificationNote](Problem &pr) -> Result<void> {
                          pr.closedOn = on;
                          pr.verificationNote = verificationNote.trimmed();
                          return {};
                      });
        !r)
        return r;
    if (auto r = scope.commit([&] { Q_EMIT problemChanged(id); }); !r)
        return r;
    return {};
}

Result<void> LedgerService::reopen(ProblemId id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fieldError(QStringLiteral("reason"),
                          ProblemText::tr("Reason: say why the problem is reopened (it is kept in the "
                                          "history)."));
    const Result<Problem> p = problem(id);
    if (!p)
        return p.error();
    if (!p->isClosed())
        return makeError(
            Error::Code::Conflict,
            ProblemText::tr("Problem %1 is not closed; only a closed problem is reopened.").arg(id.value));
    return stepAlone(id, Problem::Status::Open, QStringLiteral("reopen"), reason,
                     [](Problem &pr) -> Result<void> {
                         pr.closedOn = QDate();
                         pr.verificationNote.clear();
                         return {};
                     });
}

Result<void> LedgerService::extend(ProblemId id, QDate newDeadline, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fieldError(QStringLiteral("reason"),
                          ProblemText::tr("Reason: say why the deadline is extended (it is kept in the "
                                          "history)."));
    if (!newDeadline.isValid())
        return fieldError(QStringLiteral("deadline"),
                          ProblemText::tr("New deadline: enter a date (YYYY-MM-DD)."));
    const Result<Problem> p = problem(id);
    if (!p)
        return p.error();
    if (p->isClosed())
        return makeError(
            Error::Code::Conflict,
            ProblemText::tr("Problem %1 is closed; its deadline no longer moves.").arg(id.value));
    if (newDeadline <= p->deadline)
        return fieldError(QStringLiteral("deadline"),
                          ProblemText::tr("New deadline: an extension moves the deadline later than %1.")
                              .arg(iso(p->deadline)));
    return stepAlone(id, p->status, QStringLiteral("extend"), reason,
                     [newDeadline](Problem &pr) -> Result<void> {
                         pr.deadline = newDeadline;
                         return {};
                     });
}

Result<void> LedgerService::stepAlone(ProblemId id, Problem::Status to, const QString &action,
                                      const QString &note, const Mutation &mutate)
{
    return WriteScope(m_db, m_clock, m_actor)
        .run([&](WriteScope &scope) { return step(scope, id, to, action, note, mutate); },
             [&] { Q_EMIT problemChanged(id); });
}

Result<ProblemEvidence> LedgerService::addEvidenceFile(ProblemId id, const QString &filePath)
{
    ProblemRepository repo(m_db.connection());
    const Result<Problem> p = repo.get(id);
    if (!p)
        return p.error();
    // The copy lands before the row: a file without a row is harmless, a row without its file is not.
    const Result<StoredFile> stored = AttachmentStore(m_db.path()).store(filePath);
    if (!stored)
        return stored.error();
    ProblemEvidence e;
    e.problem = id;
    e.kind = ProblemEvidence::Kind::File;
    e.sha256 = stored->sha256;
    e.fileName = stored->fileName;
    e.size = stored->size;
    e.addedAt = m_clock.now();
    return recordEvidence(e, e.fileName,
                          QJsonObject{{QStringLiteral("sha256"), e.sha256},
                                      {QStringLiteral("file_name"), e.fileName},
                                      {QStringLiteral("size"), e.size}});
}

Result<ProblemEvidence> LedgerService::addStatement(ProblemId id, const QString &statement)
{
    if (statement.trimmed().isEmpty())
        return fieldError(QStringLiteral("statement"),
                          ProblemText::tr("Statement: write what was done and who confirmed it."));
    ProblemRepository repo(m_db.connection());
    const Result<Problem> p = repo.get(id);
    if (!p)
        return p.error();
    ProblemEvidence e;
    e.problem = id;
    e.kind = ProblemEvidence::Kind::Statement;
    e.statement = statement.trimmed();
    e.addedAt = m_clock.now();
    return recordEvidence(e, e.statement, QJsonObject{{QStringLiteral("statement"), e.statement}});
}

Result<ProblemEvidence> LedgerService::recordEvidence(const ProblemEvidence &e, const QString &eventNote,
                                                      const QJsonObject &changes)
{
    ProblemRepository repo(m_db.connection());
    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    const Result<bool> added = repo.insertEvidence(e);
    if (!added)
        return added.error();
    if (!*added)
        return e; // the problem holds this content already
    if (auto r = repo.appendEvent({0,
                                   e.problem,
                                   e.addedAt,
                                   m_actor,
                                   QStringLiteral("evidence"),
                                   std::nullopt,
                                   std::nullopt,
                                   {},
                                   {},
                                   eventNote});
        !r)
        return r.error();
    if (auto r = scope.audit(problemEntity, e.problem.value, QStringLiteral("evidence"), changes); !r)
        return r.error();
    if (auto r = scope.commit([&] { Q_EMIT problemChanged(e.problem); }); !r)
        return r.error();
    return e;
}

} // namespace oversight
