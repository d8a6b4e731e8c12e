#pragma once

#include "domain/arearecords.h"
#include "domain/result.h"
#include "recordrepository.h"

#include <vector>

namespace oversight {

/// SQL for the area-7 and area-10 records: training sessions, exams, coordination meetings, major-penalty
/// filings and guiding cases. The one place that knows those columns. Each kind has the same four calls:
/// list(campaign), get(id), insert, update (every column, by id) and remove.
class AreaRecordRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(oversight::AreaRecordRepository)
public:
    using Repository::Repository;

    template <typename T>
    [[nodiscard]] Result<std::vector<T>> list(CampaignId campaign) const;
    template <typename T>
    [[nodiscard]] Result<T> get(qint64 id) const;
    template <typename T>
    [[nodiscard]] Result<qint64> insert(const T &record, const QDateTime &now);
    template <typename T>
    [[nodiscard]] Result<void> update(const T &record, const QDateTime &now);
    template <typename T>
    [[nodiscard]] Result<void> remove(qint64 id);

    /// The major-penalty filing of a unit with this case number, if any (a number is filed once).
    [[nodiscard]] Result<std::optional<MajorPenaltyFiling>> findFiling(CampaignId campaign, UnitId unit,
                                                                       const QString &caseNumber) const;

private:
    template <typename T>
    [[nodiscard]] Result<std::vector<T>> where(const QString &where, const QVariantList &values) const;
};

} // namespace oversight
