#include "submissionrepository.h"

#include "domain/isodate.h"
#include "sqlrows.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace oversight {

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT id, campaign_id, unit_id, item, status, first_received_on, received_on, filled_by, phone, "
    "filled_on, note, content, evidence_sha256, evidence_name FROM submissions ");

QString content(const Campaign &campaign, const Submission &s)
{
    const FormSpec *spec = campaign.form(s.item);
    if (!spec)
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(s.data.toJson(*spec)).toJson(QJsonDocument::Compact));
}
const QString table = QStringLiteral("submissions");
// The columns an edit writes, in the order of editableValues().
const QString editableColumns =
    QStringLiteral("status, first_received_on, received_on, filled_by, phone, filled_on, "
                   "note, content, evidence_sha256, evidence_name");

QVariantList editableValues(const Campaign &campaign, const Submission &s)
{
    return {submissionStatusKey(s.status),
            dateValue(s.firstReceivedOn),
            dateValue(s.receivedOn),
            textValue(s.filledBy),
            textValue(s.phone),
            dateValue(s.filledOn),
            textValue(s.note),
            content(campaign, s),
            s.evidenceSha256.isEmpty() ? QVariant() : QVariant(s.evidenceSha256),
            textValue(s.evidenceName)};
}
SubmissionEvent eventFromQuery(const QSqlQuery &q)
{
    auto e = historyEntry<SubmissionEvent>(q);
    e.from = submissionStatusFromKey(q.value(4).toString()).value_or(Submission::Status::Missing);
    e.to = submissionStatusFromKey(q.value(5).toString()).value_or(Submission::Status::Missing);
    e.on = parseIsoDate(q.value(6).toString());
    e.note = q.value(7).toString();
    e.submission = SubmissionId(q.value(8).toLongLong());
    return e;
}

} // namespace

Submission SubmissionRepository::fromQuery(const Campaign &campaign, const QSqlQuery &q)
{
    Submission s;
    s.id = SubmissionId(q.value(0).toLongLong());
    s.campaign = CampaignId(q.value(1).toLongLong());
    s.unit = UnitId(q.value(2).toLongLong());
    s.item = q.value(3).toString();
    s.status = submissionStatusFromKey(q.value(4).toString()).value_or(Submission::Status::Received);
    s.firstReceivedOn = parseIsoDate(q.value(5).toString());
    s.receivedOn = parseIsoDate(q.value(6).toString());
    s.filledBy = q.value(7).toString();
    s.phone = q.value(8).toString();
    s.filledOn = parseIsoDate(q.value(9).toString());
    s.note = q.value(10).toString();
    if (const FormSpec *spec = campaign.form(s.item))
        s.data = FormData::fromJson(*spec, QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object());
    s.evidenceSha256 = q.value(12).toString();
    s.evidenceName = q.value(13).toString();
    return s;
}

Result<std::vector<Submission>> SubmissionRepository::listByCampaign(const Campaign &campaign) const
{
    return selectAll(m_db, selectColumns + QStringLiteral("WHERE campaign_id = ? ORDER BY unit_id, item"),
                     {campaign.id.value}, tr("Could not read the submissions."),
                     [&campaign](const QSqlQuery &q) { return fromQuery(campaign, q); });
}

Result<Submission> SubmissionRepository::get(const Campaign &campaign, SubmissionId id) const
{
    return selectOne(m_db, selectColumns + QStringLiteral("WHERE id = ?"), {id.value},
                     tr("Could not read the submission."), tr("There is no submission %1.").arg(id.value),
                     [&campaign](const QSqlQuery &q) { return fromQuery(campaign, q); });
}

Result<Submission> SubmissionRepository::find(const Campaign &campaign, UnitId unit,
                                              const QString &item) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q, selectColumns + QStringLiteral("WHERE campaign_id = ? AND unit_id = ? AND item = ?"),
                      {campaign.id.value, unit.value, item}, tr("Could not read the submission."));
        !r)
        return r.error();
    if (q.next())
        return fromQuery(campaign, q);
    Submission s;
    s.campaign = campaign.id;
    s.unit = unit;
    s.item = item;
    return s;
}

Result<SubmissionId> SubmissionRepository::insert(const Campaign &campaign, const Submission &s,
                                                  const QDateTime &now)
{
    return insertRecord<SubmissionId>(
        m_db, table, QStringLiteral("campaign_id, unit_id, item, ") + editableColumns,
        QVariantList{s.campaign.value, s.unit.value, s.item} << editableValues(campaign, s), now,
        tr("Could not save the submission."));
}

Result<void> SubmissionRepository::update(const Campaign &campaign, const Submission &s, const QDateTime &now)
{
    return updateRecord(m_db, table, editableColumns, editableValues(campaign, s), now, s.id.value,
                        tr("Could not save the submission."),
                        tr("There is no submission %1.").arg(s.id.value));
}

Result<void> SubmissionRepository::appendEvent(const SubmissionEvent &e)
{
    return appendHistory(
        m_db, QStringLiteral("submission_events"), QStringLiteral("submission_id"), e.submission.value, e,
        QStringLiteral("from_status, to_status, on_date, note"),
        {submissionStatusKey(e.from), submissionStatusKey(e.to), dateValue(e.on), textValue(e.note)},
        tr("Could not save the submission's history."));
}

Result<std::vector<SubmissionEvent>> SubmissionRepository::events(SubmissionId id) const
{
    return selectAll(
        m_db,
        QStringLiteral("SELECT id, at, actor, action, from_status, to_status, on_date, note, submission_id "
                       "FROM submission_events WHERE submission_id = ? ORDER BY id"),
        {id.value}, tr("Could not read the submission's history."), &eventFromQuery);
}

Result<CampaignId> SubmissionRepository::campaignOf(SubmissionId id) const
{
    return selectOne(m_db, QStringLiteral("SELECT campaign_id FROM submissions WHERE id = ?"), {id.value},
                     tr("Could not read the submission."), tr("There is no submission %1.").arg(id.value),
                     [](const QSqlQuery &q) { return CampaignId(q.value(0).toLongLong()); });
}

} // namespace oversight
