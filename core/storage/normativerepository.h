#pragma once

#include "domain/normative.h"
#include "recordrepository.h"

#include <optional>

namespace oversight {

/// SQL for normative-document filing supervision: the documents (filings, reviews, corrections), zero
/// reports, clean-up rounds and their items. The one place that knows those columns. Its records
/// (listByCampaign, get, insert, update) are the documents.
class NormativeRepository : public EditableRecordRepository<NormativeDocument, NormativeDocumentId>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::NormativeRepository)
public:
    explicit NormativeRepository(QSqlDatabase db) : EditableRecordRepository(std::move(db), records) {}

    /// The document of a unit with this number, if the register holds one.
    [[nodiscard]] Result<std::optional<NormativeDocument>> findByNumber(CampaignId campaign, UnitId unit,
                                                                        const QString &number) const;
    [[nodiscard]] Result<void> remove(NormativeDocumentId id);

    [[nodiscard]] Result<std::vector<ZeroReport>> zeroReports(CampaignId campaign) const;
    [[nodiscard]] Result<qint64> insertZeroReport(const ZeroReport &report, const QDateTime &now);
    [[nodiscard]] Result<void> removeZeroReport(qint64 id);
    [[nodiscard]] Result<ZeroReport> zeroReport(qint64 id) const;

    [[nodiscard]] Result<std::vector<CleanupRound>> rounds(CampaignId campaign) const;
    [[nodiscard]] Result<CleanupRound> round(CleanupRoundId id) const;
    [[nodiscard]] Result<CleanupRoundId> insertRound(const CleanupRound &round, const QDateTime &now);
    [[nodiscard]] Result<void> updateRound(const CleanupRound &round, const QDateTime &now);

    [[nodiscard]] Result<std::vector<CleanupItem>> items(CleanupRoundId round) const;
    [[nodiscard]] Result<CleanupItem> item(qint64 id) const;
    [[nodiscard]] Result<qint64> insertItem(const CleanupItem &item, const QDateTime &now);
    [[nodiscard]] Result<void> updateItem(const CleanupItem &item, const QDateTime &now);
    [[nodiscard]] Result<void> removeItem(qint64 id);

private:
    static NormativeDocument fromQuery(const QSqlQuery &q);
    static CleanupItem itemFromQuery(const QSqlQuery &q);
    static const Table records;
    static const RecordTable<ZeroReport> zeroReportTable;
    static const RecordTable<CleanupRound, CleanupRoundId> roundTable;
    static const RecordTable<CleanupItem> itemTable;
};

} // namespace oversight
