// SupervisionService, its findings: the problems a complaint or a call-back finds, each taken over by the
// rectification ledger in the same write. (Complaints are in supervisionservice.cpp, call-backs in
// supervisioncallbacks.cpp.)

#include "supervisionservice.h"

#include "clock.h"
#include "domain/isodate.h"
#include "domain/textnormal.h"
#include "ledgerservice.h"
#include "storage/callbackrepository.h"
#include "storage/complaintrepository.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "writescope.h"

namespace oversight {

Result<void> SupervisionService::checkFinding(const ComplaintFinding &f) const
{
    QList<FieldError> problems;
    if (f.area < 1 || f.area > 10)
        problems.append(
            {QStringLiteral("area"),
             ComplaintText::tr("Reform area: choose one of the areas 1 to 10 (now %1).").arg(f.area)});
    if (f.description.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("description"), ComplaintText::tr("Problem: describe the problem found.")});
    if (!f.complaint.isValid() && !f.callBack.isValid())
        problems.append({QStringLiteral("complaint"),
                         ComplaintText::tr("A problem found belongs to a case or a call-back.")});
    for (const auto &[field, label, text] :
         {std::tuple{QStringLiteral("description"), ComplaintText::tr("Problem"), f.description},
          std::tuple{QStringLiteral("measure"), ComplaintText::tr("Measure"), f.measure}})
        if (const QString problem = forbiddenCharacterProblem(label, text, true); !problem.isEmpty())
            problems.append({field, problem});
    if (!problems.isEmpty())
        return joined(problems);
    return {};
}

Result<qint64> SupervisionService::addFinding(ComplaintFinding f)
{
    f.description = f.description.trimmed();
    f.measure = f.measure.trimmed();
    if (auto r = checkFinding(f); !r)
        return r.error();
    ComplaintRepository repo(m_db.connection());
    if (f.complaint.isValid()) {
        const Result<Complaint> c = repo.get(f.complaint);
        if (!c)
            return c.error();
        f.campaign = c->campaign;
        f.unit = c->unit;
    } else {
        const Result<CallBack> cb = CallBackRepository(m_db.connection()).get(f.callBack);
        if (!cb)
            return cb.error();
        f.campaign = cb->campaign;
        f.unit = cb->unit;
        f.source = ComplaintFinding::Source::CallBack;
    }
    f.problem = ProblemId();

    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    const QDateTime now = m_clock.now();
    const Result<qint64> id = repo.insertFinding(f, now);
    if (!id)
        return id;
    if (!f.unit.isValid())
        return fieldError(
            QStringLiteral("unit"),
            ProblemText::tr("Unit concerned: the problem goes to a unit's rectification ledger, "
                            "but the call-back names no unit; edit the call-back and choose "
                            "the unit first."));
    // The ledger is printed and exported: it gets the text masked of the complainant.
    const Result<ProblemId> problem = m_ledger.raise(scope, LedgerService::originOf(maskedFinding(f), *id));
    if (!problem)
        return problem.error();
    f.id = *id;
    f.problem = *problem;
    if (auto r = repo.updateFinding(f, now); !r)
        return r.error();
    if (f.complaint.isValid()) {
        if (auto r =
                repo.appendEvent({0, f.complaint, now, m_actor, QStringLiteral("finding"), std::nullopt,
                                  std::nullopt, QStringLiteral("%1 · %2").arg(f.area).arg(f.description)});
            !r)
            return r.error();
    }
    QJsonObject changes = findingFields(maskedFinding(f));
    changes.insert(QStringLiteral("complaint_id"), f.complaint.value);
    changes.insert(QStringLiteral("callback_id"), f.callBack.value);
    if (auto r = scope.audit(QStringLiteral("finding"), *id, QStringLiteral("create"), changes); !r)
        return r.error();
    if (auto r = scope.commit([&] { announceFinding(f); }); !r)
        return r.error();
    return id;
}

Result<void> SupervisionService::updateFinding(ComplaintFinding f)
{
    ComplaintRepository repo(m_db.connection());
    const Result<ComplaintFinding> before = repo.finding(f.id);
    if (!before)
        return before.error();
    ComplaintFinding next = *before;
    next.area = f.area;
    next.description = f.description.trimmed();
    next.measure = f.measure.trimmed();
    if (before->complaint.isValid())
        next.source = f.source;
    // The ledger's link, once made, stays: a finding is not re-pointed at another problem.
    if (f.problem.isValid() && !before->problem.isValid())
        next.problem = f.problem;
    if (auto r = checkFinding(next); !r)
        return r;
    if (next == *before)
        return {};

    const ComplaintFinding masked = maskedFinding(next);
    WriteScope scope(m_db, m_clock, m_actor);
    return scope.apply(
        [&]() -> Result<void> {
            if (auto r = repo.updateFinding(next, m_clock.now()); !r)
                return r;
            if (!next.problem.isValid())
                return {};
            return m_ledger.followFinding(scope, masked);
        },
        {QStringLiteral("finding"), next.id, QStringLiteral("update"), findingFields(masked)},
        [&] { announceFinding(next); });
}

Result<void> SupervisionService::removeFinding(qint64 findingId)
{
    ComplaintRepository repo(m_db.connection());
    const Result<ComplaintFinding> before = repo.finding(findingId);
    if (!before)
        return before.error();
    WriteScope scope(m_db, m_clock, m_actor);
    return scope.apply(
        [&]() -> Result<void> {
            // Its problem goes with it while no work on it has begun; otherwise the ledger keeps it and so
            // does this room.
            if (before->problem.isValid()) {
                if (auto r = m_ledger.dropFinding(scope, *before); !r)
                    return r;
            }
            return repo.removeFinding(findingId);
        },
        {QStringLiteral("finding"), findingId, QStringLiteral("delete"),
         QJsonObject{{QStringLiteral("complaint_id"), before->complaint.value},
                     {QStringLiteral("description"), auditText(*before, before->description)}}},
        [&] { announceFinding(*before); });
}

ComplaintFinding SupervisionService::maskedFinding(const ComplaintFinding &f) const
{
    ComplaintFinding masked = f;
    masked.description = auditText(f, f.description);
    masked.measure = auditText(f, f.measure);
    return masked;
}

QJsonObject SupervisionService::findingFields(const ComplaintFinding &masked)
{
    return QJsonObject{{QStringLiteral("source"), findingSourceKey(masked.source)},
                       {QStringLiteral("area"), masked.area},
                       {QStringLiteral("description"), masked.description},
                       {QStringLiteral("measure"), masked.measure},
                       {QStringLiteral("problem_id"), masked.problem.value}};
}

void SupervisionService::announceFinding(const ComplaintFinding &f)
{
    if (f.complaint.isValid())
        Q_EMIT complaintChanged(f.complaint);
    else
        Q_EMIT callBackChanged(f.callBack);
}

} // namespace oversight
