#include "callbackrepository.h"

#include "domain/isodate.h"
#include "recordtable.h"

#include <QSqlQuery>

namespace oversight {

namespace {
// The columns an edit writes, in the order of editableValues().
const QString editableColumns =
    QStringLiteral("enterprise_name, visited_on, method, feedback, unit_id, complaint_id");
// A new call-back's columns: its campaign, then what an edit writes.
const QString insertColumns = QStringLiteral("campaign_id, ") + editableColumns;

QVariantList editableValues(const CallBack &c)
{
    return {c.enterpriseName,    c.visitedOn.toString(Qt::ISODate),
            methodKey(c.method), textValue(c.feedback),
            idValue(c.unit),     idValue(c.complaint)};
}

QVariantList insertValues(const CallBack &c)
{
    return QVariantList{c.campaign.value} << editableValues(c);
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

const CallBackRepository::Table CallBackRepository::records(
    QStringLiteral("callbacks"), QStringLiteral("id, ") + insertColumns, QStringLiteral("visited_on, id"),
    &fromQuery, &tr,
    RecordTexts{QT_TR_NOOP("Could not read the call-backs."), QT_TR_NOOP("Could not read the call-back."),
                QT_TR_NOOP("There is no call-back %1."), QT_TR_NOOP("Could not save the call-back.")},
    insertColumns, &insertValues, editableColumns, &editableValues);

template class RecordRepository<CallBack, CallBackId>;
template class EditableRecordRepository<CallBack, CallBackId>;

} // namespace oversight
