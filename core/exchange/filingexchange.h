#pragma once

#include "domain/normative.h"
#include "formats/xlsxwriter.h"
#include "unitrecordimporter.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace oversight {

class NormativeService;

/// The filing list's columns, in the template's order.
struct FilingColumns : ColumnSet
{
    FilingColumns();
    const ColumnSpec unit, title, number, issuedOn, filedOn;
};

/// A filing list from a file (规范性文件备案登记): 制定单位, 文件名称, 文号, 印发日期, 报备日期. The unit
/// must be in the register and the number written 机关代字〔YYYY〕N号. A unit's number already in the
/// register updates that document (a document known but unfiled becomes filed); a new one is added. All rows
/// or none, in one transaction (NormativeService::importFilings).
class FilingImporter final : public UnitRecordImporter<NormativeService, FilingColumns>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::FilingImporter)
public:
    using UnitRecordImporter::UnitRecordImporter;

    void addRow(ImportRow &row) override;
    [[nodiscard]] Result<void> compare(ImportReport &report) override;
    [[nodiscard]] Result<void> write(ImportReport &report) override;

private:
    QHash<QString, int> m_firstRowOfNumber; // unit id + number → row
    std::vector<NormativeDocument> m_rows;
};

/// A blank filing-list template: the header row, date columns, and instructions.
[[nodiscard]] XlsxWorkbook filingTemplate();
/// The filed documents of a campaign as a filing list that imports back unchanged (documents known but not
/// filed have no 报备日期 and are left out). `unitNames` by unit id.
[[nodiscard]] XlsxWorkbook filingExport(const std::vector<NormativeDocument> &documents,
                                        const QHash<qint64, QString> &unitNames);

} // namespace oversight
