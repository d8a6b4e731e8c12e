#pragma once

#include "domain/complaint.h"
#include "formats/xlsxwriter.h"
#include "unitrecordimporter.h"

#include <QCoreApplication>

#include <vector>

namespace oversight {

class SupervisionService;

/// The complaints import's columns, in the template's order.
struct ComplaintColumns : ColumnSet
{
    ComplaintColumns();
    const ColumnSpec received, channel, unit, enterprise, enterpriseRelated, complainant, contact, summary;
};

/// A batch of complaints from a file: 收到日期, 来源渠道, 涉及单位, 企业名称, 是否涉企, 投诉人, 联系方式,
/// 反映问题 (DESIGN.md). Every row registers a new case; the unit must be in the register. All rows or none
/// are registered, in one transaction (SupervisionService::intakeAll). The complainant's name and contact
/// are read into the case only: no message of the import repeats them.
class ComplaintImporter final : public UnitRecordImporter<SupervisionService, ComplaintColumns>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ComplaintImporter)
public:
    using UnitRecordImporter::UnitRecordImporter;

    void addRow(ImportRow &row) override;
    [[nodiscard]] Result<void> compare(ImportReport &report) override;
    [[nodiscard]] Result<void> write(ImportReport &report) override;

private:
    std::vector<Complaint> m_rows;
};

/// A blank complaints template: the header row, drop-downs for 来源渠道 and 是否涉企, and instructions.
[[nodiscard]] XlsxWorkbook complaintTemplate();

} // namespace oversight
