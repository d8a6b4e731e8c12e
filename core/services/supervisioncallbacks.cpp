// SupervisionService, its call-backs (回访): the visits to enterprises, and a complaint opened from one.
// (Complaints are in supervisionservice.cpp, findings in supervisionfindings.cpp.)

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

Result<std::vector<CallBack>> SupervisionService::callBacks(CampaignId campaign) const
{
    return CallBackRepository(m_db.connection()).listByCampaign(campaign);
}

Result<CallBack> SupervisionService::callBack(CallBackId id) const
{
    return CallBackRepository(m_db.connection()).get(id);
}

Result<void> SupervisionService::checkCallBack(const CallBack &cb) const
{
    QList<FieldError> problems;
    if (cb.enterpriseName.trimmed().isEmpty())
        problems.append({QStringLiteral("enterpriseName"),
                         CallBackText::tr("Enterprise: name the enterprise that was called back.")});
    if (!cb.visitedOn.isValid())
        problems.append({QStringLiteral("visitedOn"),
                         CallBackText::tr("Date: enter the day of the call-back (YYYY-MM-DD).")});
    else if (cb.visitedOn > m_clock.today())
        problems.append(
            {QStringLiteral("visitedOn"),
             CallBackText::tr("Date: %1 is after today (%2).").arg(iso(cb.visitedOn), iso(m_clock.today()))});
    for (const auto &[field, label, text, multiLine] :
         {std::tuple{QStringLiteral("enterpriseName"), CallBackText::tr("Enterprise"), cb.enterpriseName,
                     false},
          std::tuple{QStringLiteral("feedback"), CallBackText::tr("Feedback"), cb.feedback, true}})
        if (const QString problem = forbiddenCharacterProblem(label, text, multiLine); !problem.isEmpty())
            problems.append({field, problem});
    if (!problems.isEmpty())
        return joined(problems);
    if (!cb.campaign.isValid())
        return makeError(Error::Code::Invalid, CallBackText::tr("The call-back belongs to no campaign."));
    if (cb.unit.isValid()) {
        const Result<Unit> unit = UnitRepository(m_db.connection()).get(cb.unit);
        if (!unit || unit->campaign != cb.campaign)
            return fieldError(QStringLiteral("unit"),
                              CallBackText::tr("Unit concerned: unit %1 is not in this campaign's register.")
                                  .arg(cb.unit.value));
    }
    return {};
}

namespace {
QJsonObject callBackAuditFields(const CallBack &cb)
{
    return QJsonObject{{QStringLiteral("campaign_id"), cb.campaign.value},
                       {QStringLiteral("enterprise_name"), cb.enterpriseName},
                       {QStringLiteral("visited_on"), iso(cb.visitedOn)},
                       {QStringLiteral("method"), methodKey(cb.method)},
                       {QStringLiteral("feedback"), cb.feedback},
                       {QStringLiteral("unit_id"), cb.unit.value},
                       {QStringLiteral("complaint_id"), cb.complaint.value}};
}
} // namespace

Result<CallBackId> SupervisionService::addCallBack(CallBack cb)
{
    cb.id = CallBackId();
    cb.complaint = ComplaintId();
    cb.enterpriseName = cb.enterpriseName.simplified();
    cb.feedback = cb.feedback.trimmed();
    if (auto r = checkCallBack(cb); !r)
        return r.error();
    return WriteScope(m_db, m_clock, m_actor)
        .create([&] { return CallBackRepository(m_db.connection()).insert(cb, m_clock.now()); },
                {QStringLiteral("callback"), {}, QStringLiteral("create"), callBackAuditFields(cb)},
                [&](CallBackId id) { Q_EMIT callBackAdded(id, cb.campaign); });
}

Result<void> SupervisionService::updateCallBack(CallBack cb)
{
    CallBackRepository repo(m_db.connection());
    const Result<CallBack> before = repo.get(cb.id);
    if (!before)
        return before.error();
    cb.campaign = before->campaign;
    cb.complaint = before->complaint;
    cb.enterpriseName = cb.enterpriseName.simplified();
    cb.feedback = cb.feedback.trimmed();
    if (auto r = checkCallBack(cb); !r)
        return r;
    if (cb == *before)
        return {};
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.update(cb, m_clock.now()); },
               {QStringLiteral("callback"), cb.id.value, QStringLiteral("update"), callBackAuditFields(cb)},
               [&] { Q_EMIT callBackChanged(cb.id); });
}

Result<ComplaintId> SupervisionService::openComplaintFromCallBack(CallBackId id, const QString &summary)
{
    CallBackRepository callBacks(m_db.connection());
    const Result<CallBack> cb = callBacks.get(id);
    if (!cb)
        return cb.error();
    if (cb->complaint.isValid()) {
        const Result<Complaint> opened = ComplaintRepository(m_db.connection()).get(cb->complaint);
        return makeError(Error::Code::Conflict,
                         CallBackText::tr("This call-back already opened a complaint (case %1).")
                             .arg(opened ? opened->reference : QString::number(cb->complaint.value)));
    }
    if (!cb->unit.isValid())
        return fieldError(
            QStringLiteral("unit"),
            CallBackText::tr("Unit concerned: the call-back names no unit; edit it and choose the "
                             "unit the enterprise complained about."));
    Complaint c;
    c.campaign = cb->campaign;
    c.channel = Complaint::Channel::CallBack;
    c.receivedOn = cb->visitedOn;
    c.unit = cb->unit;
    c.enterpriseName = cb->enterpriseName;
    c.enterpriseRelated = true;
    c.summary = summary.trimmed().isEmpty() ? cb->feedback : summary;

    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    const Result<ComplaintId> complaintId = insertComplaint(scope, c, QStringLiteral("callback"));
    if (!complaintId)
        return complaintId;
    CallBack linked = *cb;
    linked.complaint = *complaintId;
    if (auto r = callBacks.update(linked, m_clock.now()); !r)
        return r.error();
    if (auto r = scope.audit(QStringLiteral("callback"), id.value, QStringLiteral("open_complaint"),
                             QJsonObject{{QStringLiteral("complaint_id"), complaintId->value}});
        !r)
        return r.error();
    if (auto r = scope.commit([&] {
            Q_EMIT complaintAdded(*complaintId, c.campaign);
            Q_EMIT callBackChanged(id);
        });
        !r)
        return r.error();
    return complaintId;
}

} // namespace oversight
