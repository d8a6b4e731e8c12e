#pragma once

#include "domain/textnormal.h"
#include "domain/unit.h"
#include "formats/xlsxwriter.h"
#include "services/unitservice.h"
#include "unitrecordimporter.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace oversight {

/// The units register's columns, in the order of the template and the export.
struct UnitColumns : ColumnSet
{
    UnitColumns();
    const ColumnSpec name, category, contactPerson, contactPhone, notes, officialName, contactReceivedOn;
};

/// The units register as files: the columns of DESIGN.md (单位名称, 单位类别, 联系人, 联系电话) plus 备注.
/// A unit is matched by its name (by matchKey(): full-width brackets, zero-width characters and spaces do
/// not make a new unit): a name already in the register updates that unit, a new name adds one, with a
/// warning when it looks like a registered name (looksAlike()).
/// A column the file leaves out keeps the register's value; a column that is there is taken as written
/// (an empty cell empties the field).
class UnitImporter final : public ColumnSetImporter<UnitColumns>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::UnitImporter)
public:
    UnitImporter(UnitService &units, CampaignId campaign) : m_units(units), m_campaign(campaign) {}

    void addRow(ImportRow &row) override;
    [[nodiscard]] Result<void> compare(ImportReport &report) override;
    [[nodiscard]] Result<void> write(ImportReport &report) override;
    [[nodiscard]] bool streams() const override { return true; }
    [[nodiscard]] Result<void> begin() override;
    [[nodiscard]] Result<void> flush(ImportReport &report) override;
    void abandon() override;

private:
    struct Row
    {
        int number = 0;
        int nameColumn = -1;
        int categoryColumn = -1;
        Unit unit;
        bool hasCategory = false, hasPerson = false, hasPhone = false, hasNotes = false,
             hasOfficialName = false, hasContactReceived = false;
    };
    /// The register as it is (read once, inside the import's transaction when there is one).
    [[nodiscard]] Result<void> loadRegister();
    void classify(const Row &row, ImportRow &view);

    UnitService &m_units;
    CampaignId m_campaign;
    QHash<QString, int> m_firstRowOfName;
    bool m_loaded = false;
    std::optional<Error> m_loadError;
    QHash<QString, Unit> m_register; // by matchKey() of the name
    LookalikeIndex m_lookalikes;     // the register's names and the new ones so far
    std::vector<Unit> m_added;       // not yet written
    std::vector<Unit> m_changed;
    ImportCounts m_counts;
    std::unique_ptr<UnitService::ImportSession> m_session;
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
