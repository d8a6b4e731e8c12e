#pragma once

#include "domain/officialdocument.h"
#include "recordrepository.h"

#include <optional>
#include <utility>

class QSqlQuery;

namespace oversight {

/// SQL for the documents table. The one place that knows its columns. Issuing and voiding must run inside
/// the caller's transaction together with the audit entry. listByCampaign() gives the campaign's documents
/// newest first, without their PDF bytes.
class DocumentRepository : public RecordRepository<DocumentRecord, DocumentId, Result<DocumentRecord>>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::DocumentRepository)
public:
    explicit DocumentRepository(QSqlDatabase db) : RecordRepository(std::move(db), records) {}

    /// The issued PDF exactly as stored (empty for a draft).
    [[nodiscard]] Result<QByteArray> pdf(DocumentId id) const;
    /// Every number of a series and year in use (issued or voided), ascending.
    [[nodiscard]] Result<std::vector<int>> numbers(const QString &series, int year) const;

    [[nodiscard]] Result<DocumentId> insertDraft(CampaignId campaign, const OfficialDocument &content,
                                                 const QDateTime &now);
    [[nodiscard]] Result<void> updateDraft(DocumentId id, const OfficialDocument &content,
                                           const QDateTime &now);
    [[nodiscard]] Result<void> removeDraft(DocumentId id);

    /// Writes to the row first, so that the transaction holds SQLite's write lock before it reads the
    /// highest number: two writers then cannot both read the same maximum. Call it first in the transaction.
    [[nodiscard]] Result<void> lockForIssue(DocumentId id, const QDateTime &now);
    /// The next free number of a series in a year: one past the highest in use, and past `floor` (a number
    /// the series used outside this file, such as the campaign plan's own).
    [[nodiscard]] Result<int> nextNumber(const QString &series, int year, int floor) const;
    [[nodiscard]] Result<void> markIssued(DocumentId id, const OfficialDocument &content,
                                          const DocumentNumber &number, const QByteArray &pdf,
                                          const QString &sha256, const QDateTime &now,
                                          std::optional<std::pair<qint64, QString>> auditHead = {});
    /// Every document that recorded the audit chain's head when it was issued, fewest entries first.
    [[nodiscard]] Result<std::vector<DocumentRecord>> anchored() const;
    [[nodiscard]] Result<void> markVoided(DocumentId id, const QString &reason, const QDateTime &now);

private:
    static Result<DocumentRecord> fromQuery(const QSqlQuery &q);
    static const Table records;
};

} // namespace oversight
