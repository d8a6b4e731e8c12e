#pragma once

#include "domain/unit.h"
#include "importer.h"
#include "xlsxwriter.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace oversight {

class UnitService;

/// The units register as files: the columns of DESIGN.md (单位名称, 单位类别, 联系人, 联系电话) plus 备注.
/// A unit is matched by its name: a name already in the register updates that unit, a new name adds one.
/// A column the file leaves out keeps the register's value; a column that is there is taken as written
/// (an empty cell empties the field).
class UnitImporter final : public RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(oversight::UnitImporter)
public:
    UnitImporter(UnitService &units, CampaignId campaign) : m_units(units), m_campaign(campaign) {}

    [[nodiscard]] static QList<ColumnSpec> columnSpecs();
    [[nodiscard]] QList<ColumnSpec> columns() const override { return columnSpecs(); }
    void addRow(ImportRow &row) override;
    [[nodiscard]] Result<void> compare(ImportReport &report) override;
    [[nodiscard]] Result<void> write(ImportReport &report) override;

private:
    struct Row
    {
        int number = 0;
        int nameColumn = -1;
        int categoryColumn = -1;
        Unit unit;
        bool hasCategory = false, hasPerson = false, hasPhone = false, hasNotes = false;
    };
    UnitService &m_units;
    CampaignId m_campaign;
    std::vector<Row> m_rows;
    QHash<QString, int> m_firstRowOfName;
    std::vector<Unit> m_added;
    std::vector<Unit> m_changed;
};

/// The register's columns as the XLSX writer lays them out (templates and exports share them).
[[nodiscard]] QList<XlsxColumn> unitXlsxColumns();
/// A blank units template: the header row, drop-downs in 500 rows, and a sheet of instructions.
[[nodiscard]] XlsxWorkbook unitTemplate();
/// The register of a campaign as a workbook that imports back unchanged.
[[nodiscard]] XlsxWorkbook unitExport(const std::vector<Unit> &units, const QString &campaignTitle);

class UnitExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::UnitExchangeText)
};

} // namespace oversight
