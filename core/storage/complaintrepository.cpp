#include "complaintrepository.h"

#include "domain/isodate.h"
#include "recordtable.h"

#include <QSqlQuery>

namespace oversight {

namespace {
// Column order of every complaints SELECT (id, then writableColumns); fromQuery() reads by these positions.
enum Column
{
    IdCol,
    CampaignCol,
    ReferenceCol,
    ChannelCol,
    ReceivedCol,
    UnitCol,
    EnterpriseCol,
    EnterpriseRelatedCol,
    SummaryCol,
    ComplainantNameCol,
    ComplainantContactCol,
    HandlingDueCol,
    StatusCol,
    OutcomeOnCol,
    OutcomeNoteCol,
    NoticeFactsCol,
    NoticeReasonsCol,
    NoticeDecisionCol,
    NoticeBasisCol,
    CorrectByCol,
    ReplyDueCol,
    RepliedOnCol,
    ReplyContentCol,
    ClosedOnCol
};

// The columns an edit of a finding writes, in the order of findingEditableValues().
const QString findingEditableColumns =
    QStringLiteral("unit_id, source, area, description, measure, problem_id");

QVariantList findingEditableValues(const ComplaintFinding &f)
{
    return {idValue(f.unit),          findingSourceKey(f.source), f.area,
            textValue(f.description), textValue(f.measure),       idValue(f.problem)};
}

QVariantList findingInsertValues(const ComplaintFinding &f)
{
    return QVariantList{f.campaign.value, idValue(f.complaint), idValue(f.callBack)}
           << findingEditableValues(f);
}

QVariantList columnValues(const Complaint &c)
{
    return {c.campaign.value,
            c.reference,
            channelKey(c.channel),
            dateValue(c.receivedOn),
            c.unit.value,
            textValue(c.enterpriseName),
            c.enterpriseRelated ? 1 : 0,
            textValue(c.summary),
            textValue(c.complainantName),
            textValue(c.complainantContact),
            dateValue(c.handlingDue),
            statusKey(c.status),
            dateValue(c.outcomeOn),
            textValue(c.outcomeNote),
            textValue(c.noticeFacts),
            textValue(c.noticeReasons),
            textValue(c.noticeDecision),
            textValue(c.noticeBasis),
            dateValue(c.correctBy),
            dateValue(c.replyDue),
            dateValue(c.repliedOn),
            textValue(c.replyContent),
            dateValue(c.closedOn)};
}

const QString writableColumns = QStringLiteral(
    "campaign_id, reference, channel, received_on, unit_id, enterprise_name, enterprise_related, summary, "
    "complainant_name, complainant_contact, handling_due, status, outcome_on, outcome_note, notice_facts, "
    "notice_reasons, notice_decision, notice_basis, correct_by, reply_due, replied_on, reply_content, "
    "closed_on");
} // namespace

Complaint ComplaintRepository::fromQuery(const QSqlQuery &q)
{
    Complaint c;
    c.id = ComplaintId(q.value(IdCol).toLongLong());
    c.campaign = CampaignId(q.value(CampaignCol).toLongLong());
    c.reference = q.value(ReferenceCol).toString();
    c.channel = channelFromKey(q.value(ChannelCol).toString()).value_or(Complaint::Channel::Phone);
    c.receivedOn = dateOf(q.value(ReceivedCol));
    c.unit = UnitId(q.value(UnitCol).toLongLong());
    c.enterpriseName = q.value(EnterpriseCol).toString();
    c.enterpriseRelated = q.value(EnterpriseRelatedCol).toInt() != 0;
    c.summary = q.value(SummaryCol).toString();
    c.complainantName = q.value(ComplainantNameCol).toString();
    c.complainantContact = q.value(ComplainantContactCol).toString();
    c.handlingDue = dateOf(q.value(HandlingDueCol));
    c.status = statusFromKey(q.value(StatusCol).toString()).value_or(Complaint::Status::Registered);
    c.outcomeOn = dateOf(q.value(OutcomeOnCol));
    c.outcomeNote = q.value(OutcomeNoteCol).toString();
    c.noticeFacts = q.value(NoticeFactsCol).toString();
    c.noticeReasons = q.value(NoticeReasonsCol).toString();
    c.noticeDecision = q.value(NoticeDecisionCol).toString();
    c.noticeBasis = q.value(NoticeBasisCol).toString();
    c.correctBy = dateOf(q.value(CorrectByCol));
    c.replyDue = dateOf(q.value(ReplyDueCol));
    c.repliedOn = dateOf(q.value(RepliedOnCol));
    c.replyContent = q.value(ReplyContentCol).toString();
    c.closedOn = dateOf(q.value(ClosedOnCol));
    return c;
}

const ComplaintRepository::Table
    ComplaintRepository::records(QStringLiteral("complaints"), QStringLiteral("id, ") + writableColumns,
                                 QStringLiteral("id"), &fromQuery, &tr,
                                 RecordTexts{QT_TR_NOOP("Could not read the supervision cases."),
                                             QT_TR_NOOP("Could not read the supervision case."),
                                             QT_TR_NOOP("There is no supervision case %1."),
                                             QT_TR_NOOP("Could not save the supervision case.")},
                                 writableColumns, &columnValues, writableColumns, &columnValues);

const RecordTable<ComplaintFinding> ComplaintRepository::findings(
    QStringLiteral("complaint_findings"),
    QStringLiteral("id, complaint_id, callback_id, campaign_id, unit_id, source, area, description, measure, "
                   "problem_id"),
    QStringLiteral("id"), &findingFromQuery, &tr,
    RecordTexts{
        QT_TR_NOOP("Could not read the problems found."), QT_TR_NOOP("Could not read the problems found."),
        QT_TR_NOOP("There is no problem %1 among the findings."),
        QT_TR_NOOP("Could not save the problem found."), QT_TR_NOOP("Could not delete the problem found.")},
    QStringLiteral("campaign_id, complaint_id, callback_id, ") + findingEditableColumns, &findingInsertValues,
    findingEditableColumns, &findingEditableValues);

Result<QString> ComplaintRepository::nextReference(CampaignId campaign, int year) const
{
    QSqlQuery q(m_db);
    const QString prefix = QStringLiteral("%1-").arg(year);
    if (auto r = exec(q,
                      QStringLiteral("SELECT reference FROM complaints WHERE campaign_id = ? AND "
                                     "substr(reference, 1, ?) = ?"),
                      {campaign.value, prefix.size(), prefix}, tr("Could not read the supervision cases."));
        !r)
        return r.error();
    int highest = 0;
    while (q.next())
        highest = qMax(highest, q.value(0).toString().mid(prefix.size()).toInt());
    return QString(prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0')));
}

Result<std::vector<ComplaintEvent>> ComplaintRepository::events(ComplaintId id) const
{
    const auto read = [id](const QSqlQuery &q) {
        auto e = historyEntry<ComplaintEvent>(q);
        e.complaint = id;
        if (!q.value(4).isNull())
            e.from = statusFromKey(q.value(4).toString());
        if (!q.value(5).isNull())
            e.to = statusFromKey(q.value(5).toString());
        e.note = q.value(6).toString();
        return e;
    };
    return selectAll(m_db,
                     QStringLiteral("SELECT id, at, actor, action, from_status, to_status, note "
                                    "FROM complaint_events WHERE complaint_id = ? ORDER BY id"),
                     {id.value}, tr("Could not read the case's history."), read);
}

Result<void> ComplaintRepository::appendEvent(const ComplaintEvent &e)
{
    return appendHistory(m_db, QStringLiteral("complaint_events"), QStringLiteral("complaint_id"),
                         e.complaint.value, e, QStringLiteral("from_status, to_status, note"),
                         {e.from ? QVariant(statusKey(*e.from)) : QVariant(),
                          e.to ? QVariant(statusKey(*e.to)) : QVariant(), textValue(e.note)},
                         tr("Could not save the case's history."));
}

ComplaintFinding ComplaintRepository::findingFromQuery(const QSqlQuery &q)
{
    ComplaintFinding f;
    f.id = q.value(0).toLongLong();
    f.complaint = ComplaintId(q.value(1).toLongLong());
    f.callBack = CallBackId(q.value(2).toLongLong());
    f.campaign = CampaignId(q.value(3).toLongLong());
    f.unit = UnitId(q.value(4).toLongLong());
    f.source = findingSourceFromKey(q.value(5).toString()).value_or(ComplaintFinding::Source::Complaint);
    f.area = q.value(6).toInt();
    f.description = q.value(7).toString();
    f.measure = q.value(8).toString();
    f.problem = ProblemId(q.value(9).toLongLong());
    return f;
}

Result<std::vector<ComplaintFinding>> ComplaintRepository::findingsWhere(const QString &where,
                                                                         qint64 id) const
{
    return findings.list(m_db, where, {id}, tr("Could not read the problems found."));
}

Result<std::vector<ComplaintFinding>> ComplaintRepository::findingsOfComplaint(ComplaintId id) const
{
    return findingsWhere(QStringLiteral("WHERE complaint_id = ?"), id.value);
}

Result<std::vector<ComplaintFinding>> ComplaintRepository::findingsOfCallBack(CallBackId id) const
{
    return findingsWhere(QStringLiteral("WHERE callback_id = ?"), id.value);
}

Result<std::vector<ComplaintFinding>> ComplaintRepository::findingsOfCampaign(CampaignId id) const
{
    return findingsWhere(QStringLiteral("WHERE campaign_id = ?"), id.value);
}

Result<ComplaintFinding> ComplaintRepository::finding(qint64 id) const
{
    return findings.get(m_db, id);
}

Result<qint64> ComplaintRepository::insertFinding(const ComplaintFinding &f, const QDateTime &now)
{
    return findings.insert(m_db, f, now);
}

Result<void> ComplaintRepository::updateFinding(const ComplaintFinding &f, const QDateTime &now)
{
    return findings.update(m_db, f, now);
}

Result<void> ComplaintRepository::removeFinding(qint64 id)
{
    return findings.remove(m_db, id);
}

Result<std::vector<ComplaintAttachment>> ComplaintRepository::attachments(ComplaintId id) const
{
    const auto read = [id](const QSqlQuery &q) {
        ComplaintAttachment a;
        a.id = q.value(0).toLongLong();
        a.complaint = id;
        a.sha256 = q.value(1).toString();
        a.fileName = q.value(2).toString();
        a.size = q.value(3).toLongLong();
        a.addedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        return a;
    };
    return selectAll(m_db,
                     QStringLiteral("SELECT id, sha256, file_name, size, added_at FROM complaint_attachments "
                                    "WHERE complaint_id = ? ORDER BY id"),
                     {id.value}, tr("Could not read the case's attachments."), read);
}

Result<bool> ComplaintRepository::insertAttachment(const ComplaintAttachment &a)
{
    return insertUnlessPresent(m_db, QStringLiteral("complaint_attachments"),
                               QStringLiteral("complaint_id, sha256, file_name, size, added_at"),
                               {a.complaint.value, a.sha256, textValue(a.fileName), a.size, stamp(a.addedAt)},
                               tr("Could not save the attachment."));
}

template class RecordRepository<Complaint, ComplaintId>;
template class EditableRecordRepository<Complaint, ComplaintId>;

} // namespace oversight
