#pragma once

#include "domain/complaint.h"
#include "recordrepository.h"

namespace oversight {

/// SQL for the supervision cases: complaints, their history, findings and attachments. The one place that
/// knows those columns.
class ComplaintRepository : public EditableRecordRepository<Complaint, ComplaintId>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ComplaintRepository)
public:
    explicit ComplaintRepository(QSqlDatabase db) : EditableRecordRepository(std::move(db), records) {}

    /// The next free reference of the campaign for cases received in `year`: "2022-001", "2022-002", …
    [[nodiscard]] Result<QString> nextReference(CampaignId campaign, int year) const;

    [[nodiscard]] Result<std::vector<ComplaintEvent>> events(ComplaintId id) const;
    [[nodiscard]] Result<void> appendEvent(const ComplaintEvent &event);

    [[nodiscard]] Result<std::vector<ComplaintFinding>> findingsOfComplaint(ComplaintId id) const;
    [[nodiscard]] Result<std::vector<ComplaintFinding>> findingsOfCallBack(CallBackId id) const;
    [[nodiscard]] Result<std::vector<ComplaintFinding>> findingsOfCampaign(CampaignId id) const;
    [[nodiscard]] Result<ComplaintFinding> finding(qint64 id) const;
    [[nodiscard]] Result<qint64> insertFinding(const ComplaintFinding &finding, const QDateTime &now);
    [[nodiscard]] Result<void> updateFinding(const ComplaintFinding &finding, const QDateTime &now);
    [[nodiscard]] Result<void> removeFinding(qint64 id);

    [[nodiscard]] Result<std::vector<ComplaintAttachment>> attachments(ComplaintId id) const;
    /// Adds the attachment row; false when the case already holds a file of that content.
    [[nodiscard]] Result<bool> insertAttachment(const ComplaintAttachment &attachment);

private:
    static Complaint fromQuery(const QSqlQuery &q);
    static ComplaintFinding findingFromQuery(const QSqlQuery &q);
    static const Table records;
    static const RecordTable<ComplaintFinding> findings;
    [[nodiscard]] Result<std::vector<ComplaintFinding>> findingsWhere(const QString &where, qint64 id) const;
};

} // namespace oversight
