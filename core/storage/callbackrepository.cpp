#include "callbackrepository.h"

#include "domain/isodate.h"
#include "sqlerror.h"

#include <QSqlQuery>

namespace oversight {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, campaign_id, enterprise_name, visited_on, method, feedback, unit_id, complaint_id "
    "FROM callbacks ");

template <typename IdT>
QVariant idValue(IdT id)
{
    return id.isValid() ? QVariant(id.value) : QVariant();
}
} // namespace

CallBack CallBackRepository::fromQuery(const QSqlQuery &q)
{
    CallBack c;
    c.id = CallBackId(q.value(0).toLongLong());
    c.campaign = CampaignId(q.value(1).toLongLong());
    c.enterpriseName = q.value(2).toString();
    c.visitedOn = parseIsoDate(q.value(3).toString());
    c.method = methodFromKey(q.value(4).toString()).value_or(CallBack::Method::OnSite);
    c.feedback = q.value(5).toString();
    c.unit = UnitId(q.value(6).toLongLong());
    c.complaint = ComplaintId(q.value(7).toLongLong());
    return c;
}

Result<std::vector<CallBack>> CallBackRepository::listByCampaign(CampaignId campaign) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = exec(q, selectColumns + QStringLiteral("WHERE campaign_id = ? ORDER BY visited_on, id"),
                      {campaign.value}, tr("Could not read the call-backs."));
        !r)
        return r.error();
    std::vector<CallBack> out;
    while (q.next())
        out.push_back(fromQuery(q));
    return out;
}

Result<CallBack> CallBackRepository::get(CallBackId id) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q, selectColumns + QStringLiteral("WHERE id = ?"), {id.value},
                      tr("Could not read the call-back."));
        !r)
        return r.error();
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("There is no call-back %1.").arg(id.value));
    return fromQuery(q);
}

Result<CallBackId> CallBackRepository::insert(const CallBack &c, const QDateTime &now)
{
    QSqlQuery q(m_db);
    if (auto r =
            exec(q,
                 QStringLiteral("INSERT INTO callbacks (campaign_id, enterprise_name, visited_on, method, "
                                "feedback, unit_id, complaint_id, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {c.campaign.value, c.enterpriseName, c.visitedOn.toString(Qt::ISODate), methodKey(c.method),
                  textValue(c.feedback), idValue(c.unit), idValue(c.complaint), stamp(now), stamp(now)},
                 tr("Could not save the call-back."));
        !r)
        return r.error();
    return CallBackId(q.lastInsertId().toLongLong());
}

Result<void> CallBackRepository::update(const CallBack &c, const QDateTime &now)
{
    QSqlQuery q(m_db);
    return execOne(q,
                   QStringLiteral("UPDATE callbacks SET enterprise_name = ?, visited_on = ?, method = ?, "
                                  "feedback = ?, unit_id = ?, complaint_id = ?, updated_at = ? WHERE id = ?"),
                   {c.enterpriseName, c.visitedOn.toString(Qt::ISODate), methodKey(c.method),
                    textValue(c.feedback), idValue(c.unit), idValue(c.complaint), stamp(now), c.id.value},
                   tr("Could not save the call-back."), tr("There is no call-back %1.").arg(c.id.value));
}

} // namespace oversight
