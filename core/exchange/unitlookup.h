#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace oversight {

class ImportRow;
struct ColumnSpec;
class UnitService;

/// The units register as an import reads it: the campaign's units by matchKey() of their name (测试局(筹)
/// is 测试局（筹）), loaded once, and the row's unit cell read against them with the messages every import
/// gives.
class UnitLookup
{
    Q_DECLARE_TR_FUNCTIONS(oversight::UnitLookup)
public:
    UnitLookup(const UnitService &units, CampaignId campaign) : m_units(units), m_campaign(campaign) {}

    /// Reads the register on the first call; a failure is kept and returned again without a second try.
    [[nodiscard]] Result<void> load();
    /// Why the register could not be read, if it was tried and failed.
    [[nodiscard]] const std::optional<Error> &loadError() const { return m_loadError; }

    /// The unit `column`'s cell names (the register is loaded first if need be). An empty cell is reported
    /// with `whenEmpty` (%1: the column's header), a name not in the register as such; both give an
    /// invalid id.
    [[nodiscard]] UnitId read(ImportRow &row, const ColumnSpec &column, const QString &whenEmpty);

private:
    const UnitService &m_units;
    CampaignId m_campaign;
    bool m_loaded = false;
    std::optional<Error> m_loadError;
    QHash<QString, UnitId> m_unitByName;
};

/// The campaign's unit names by unit id: how an export writes each record's unit (by its register name, so
/// the file imports back).
[[nodiscard]] Result<QHash<qint64, QString>> unitNamesById(const UnitService &units, CampaignId campaign);

} // namespace oversight
