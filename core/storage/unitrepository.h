#pragma once

#include "domain/unit.h"
#include "recordrepository.h"

#include <optional>

namespace oversight {

/// Records elsewhere in the file that point at a unit (and so forbid deleting it).
struct UnitDependents
{
    QString table;
    qint64 count = 0;
};

/// SQL for the units table. The one place that knows its columns.
class UnitRepository : public EditableRecordRepository<Unit, UnitId>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::UnitRepository)
public:
    explicit UnitRepository(QSqlDatabase db) : EditableRecordRepository(std::move(db), records) {}

    [[nodiscard]] Result<std::optional<Unit>> findByName(CampaignId campaign, const QString &name) const;
    /// Many at once, each statement prepared once (imports). Inside the caller's transaction.
    [[nodiscard]] Result<std::vector<UnitId>> insertAll(const std::vector<Unit> &units, const QDateTime &now);
    [[nodiscard]] Result<void> updateAll(const std::vector<Unit> &units, const QDateTime &now);
    [[nodiscard]] Result<void> remove(UnitId id);
    /// Every table whose foreign key names units, with how many of its rows point at this unit.
    /// Found from the schema itself, so tables added by later migrations are covered without a change here.
    [[nodiscard]] Result<std::vector<UnitDependents>> dependents(UnitId id) const;

private:
    static Unit fromQuery(const QSqlQuery &q);
    static const Table records;
};

} // namespace oversight
