#pragma once

#include "domain/campaign.h"
#include "domain/problem.h"
#include "domain/unit.h"
#include "formats/xlsxwriter.h"
#include "unitrecordimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace oversight {

class LedgerService;

/// Every column the problems import understands: the DESIGN.md headers and the ledger export's 序号, 单位
/// and 完成情况.
struct ProblemColumns : ColumnSet
{
    ProblemColumns();
    const ColumnSpec number, unit, unitShort, area, source, description, measure, owner, deadline, status,
        inspectingBody, progress;
    /// The DESIGN.md columns only, as the template lays them out.
    [[nodiscard]] QList<ColumnSpec> designColumns() const;
};

/// Problems from a unit's own ledger in Excel or WPS: 单位名称, 改革领域 (1–10 or its title), 问题来源,
/// 问题描述, 整改措施, 责任人, 整改时限, 整改状态 (DESIGN.md). The ledger's own export is taken as well: its
/// 单位 is read as 单位名称, 完成情况 as the progress, and 序号 is ignored. Every row adds a problem, except
/// one the ledger holds already (same unit, area and description), which is left unchanged, so that a file
/// imported twice adds nothing. 已销号 is taken in as 待核查: the bureau closes a problem itself, with its
/// verification note and evidence. All rows or none, in one transaction.
class ProblemImporter final : public UnitRecordImporter<LedgerService, ProblemColumns>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ProblemImporter)
public:
    ProblemImporter(LedgerService &ledger, UnitService &units, const Campaign &campaign)
        : UnitRecordImporter(ledger, units, campaign.id), m_areas(campaign.areas)
    {}

    [[nodiscard]] static QList<ColumnSpec> templateSpecs() { return ProblemColumns().designColumns(); }
    void addRow(ImportRow &row) override;
    [[nodiscard]] Result<void> compare(ImportReport &report) override;
    [[nodiscard]] Result<void> write(ImportReport &report) override;

private:
    [[nodiscard]] Result<void> load();

    std::vector<Area> m_areas; ///< the campaign's reform areas, whose titles a row may write
    bool m_loaded = false;
    std::optional<Error> m_loadError;
    QSet<QString> m_existing; ///< unit id, area, description of the problems the ledger holds
    std::vector<Problem> m_rows;
    int m_unchanged = 0;
};

/// A blank problems template: the DESIGN.md headers, drop-downs, and a sheet of instructions.
[[nodiscard]] XlsxWorkbook problemTemplate(const Campaign &campaign);
/// The ledger as a workbook: the PDF's columns (序号 … 完成情况), A4 landscape, the header row repeated; it
/// imports back.
[[nodiscard]] XlsxWorkbook ledgerWorkbook(const Campaign &campaign, const std::vector<Unit> &units,
                                          const std::vector<Problem> &problems, QDate today,
                                          const Unit *unit = nullptr);

} // namespace oversight
