#pragma once

#include "domain/result.h"
#include "domain/unit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>
#include <vector>

class QSqlQuery;

namespace oversight {

/// Records elsewhere in the file that point at a unit (and so forbid deleting it).
struct UnitDependents
{
    QString table;
    qint64 count = 0;
};

/// SQL for the units table. The one place that knows its columns.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(oversight::UnitRepository)
public:
    explicit UnitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<std::vector<Unit>> listByCampaign(CampaignId campaign) const;
    [[nodiscard]] Result<Unit> get(UnitId id) const;
    [[nodiscard]] Result<std::optional<Unit>> findByName(CampaignId campaign, const QString &name) const;
    [[nodiscard]] Result<UnitId> insert(const Unit &unit, const QDateTime &now);
    [[nodiscard]] Result<void> update(const Unit &unit, const QDateTime &now);
    /// Many at once, each statement prepared once (imports). Inside the caller's transaction.
    [[nodiscard]] Result<std::vector<UnitId>> insertAll(const std::vector<Unit> &units, const QDateTime &now);
    [[nodiscard]] Result<void> updateAll(const std::vector<Unit> &units, const QDateTime &now);
    [[nodiscard]] Result<void> remove(UnitId id);
    /// Every table whose foreign key names units, with how many of its rows point at this unit.
    /// Found from the schema itself, so tables added by later migrations are covered without a change here.
    [[nodiscard]] Result<std::vector<UnitDependents>> dependents(UnitId id) const;

private:
    static Unit fromQuery(const QSqlQuery &q);
    QSqlDatabase m_db;
};

} // namespace oversight
