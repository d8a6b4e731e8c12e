#pragma once

#include "domain/ids.h"
#include "importer.h"
#include "unitlookup.h"

#include <utility>

namespace oversight {

class UnitService;

/// A service's answer without its value (the new ids, the counts written): what write() returns.
template <typename T>
[[nodiscard]] Result<void> withoutValue(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

/// An importer whose columns are a ColumnSet (importer.h), built once for the import: what runImport() maps
/// and what the reading code names.
template <typename Columns>
class ColumnSetImporter : public RecordImporter
{
public:
    explicit ColumnSetImporter(Columns columns = {}) : m_column(std::move(columns)) {}

    [[nodiscard]] static QList<ColumnSpec> columnSpecs() { return Columns().all(); }
    [[nodiscard]] QList<ColumnSpec> columns() const override { return m_column.all(); }

protected:
    const Columns m_column;
};

/// An importer of records that each name a unit of the register and that one service checks and writes
/// (case files, problems, complaints, filings, the area lists): the service, the register the rows' unit
/// cells are read against, and the campaign the records go into.
template <typename Service, typename Columns>
class UnitRecordImporter : public ColumnSetImporter<Columns>
{
public:
    UnitRecordImporter(Service &service, UnitService &units, CampaignId campaign, Columns columns = {})
        : ColumnSetImporter<Columns>(std::move(columns)), m_service(service), m_units(units, campaign),
          m_campaign(campaign)
    {}

protected:
    Service &m_service;
    UnitLookup m_units;
    CampaignId m_campaign;
};

} // namespace oversight
