#include "callbackrepository.h"

#include "domain/isodate.h"
#include "sqlrows.h"

#include <QSqlQuery>

namespace oversight {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, campaign_id, enterprise_name, visited_on, method, feedback, unit_id, complaint_id "
    "FROM callbacks ");

const QString table = QStringLiteral("callbacks");
// The columns an edit writes, in the order of editableValues().
const QString editableColumns =
    QStringLiteral("enterprise_name, visited_on, method, feedback, unit_id, complaint_id");

QVariantList editableValues(const CallBack &c)
{
    return {c.enterpriseName,    c.visitedOn.toString(Qt::ISODate),
            methodKey(c.method), textValue(c.feedback),
            idValue(c.unit),     idValue(c.complaint)};
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
    return selectAll(m_db, selectColumns + QStringLiteral("WHERE campaign_id = ? ORDER BY visited_on, id"),
                     {campaign.value}, tr("Could not read the call-backs."), &fromQuery);
}

Result<CallBack> CallBackRepository::get(CallBackId id) const
{
    return selectOne(m_db, selectColumns + QStringLiteral("WHERE id = ?"), {id.value},
                     tr("Could not read the call-back."), tr("There is no call-back %1.").arg(id.value),
                     &fromQuery);
}

Result<CallBackId> CallBackRepository::insert(const CallBack &c, const QDateTime &now)
{
    return insertRecord<CallBackId>(m_db, table, QStringLiteral("campaign_id, ") + editableColumns,
                                    QVariantList{c.campaign.value} << editableValues(c), now,
                                    tr("Could not save the call-back."));
}

Result<void> CallBackRepository::update(const CallBack &c, const QDateTime &now)
{
    return updateRecord(m_db, table, editableColumns, editableValues(c), now, c.id.value,
                        tr("Could not save the call-back."), tr("There is no call-back %1.").arg(c.id.value));
}

} // namespace oversight
