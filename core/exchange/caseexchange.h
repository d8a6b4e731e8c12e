#pragma once

#include "domain/casefile.h"
#include "formats/xlsxwriter.h"
#include "services/casereviewservice.h"
#include "unitrecordimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace oversight {

/// The case catalogue's columns, in the template's order.
struct CaseColumns : ColumnSet
{
    CaseColumns();
    const ColumnSpec unit, number, title, caseType, party, closedOn, selfChecked, selfCheckGrade;
};

/// Case catalogues (附件2 registers) as files: 单位名称, 案卷编号, 案件名称, 案件类型, 当事人, 办结日期,
/// 是否自查, 自查等次. A file is matched by unit and number: a number already in the unit's catalogue updates
/// it. A unit that had no cases last year says so with one row whose 案卷编号 is 无 (and nothing else but its
/// name: 无 beside a title or a date is refused, not taken as a file numbered 无). A 办结日期 after the
/// campaign's case year is refused.
class CaseImporter final : public UnitRecordImporter<CaseReviewService, CaseColumns>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CaseImporter)
public:
    using UnitRecordImporter::UnitRecordImporter;

    void addRow(ImportRow &row) override;
    [[nodiscard]] Result<void> compare(ImportReport &report) override;
    [[nodiscard]] Result<void> write(ImportReport &report) override;
    [[nodiscard]] bool streams() const override { return true; }
    [[nodiscard]] Result<void> begin() override;
    [[nodiscard]] Result<void> flush(ImportReport &report) override;
    void abandon() override;

    /// The words of 案卷编号 that declare "no cases last year".
    [[nodiscard]] static bool isNoCasesWord(const QString &text);

private:
    [[nodiscard]] Result<void> load();

    int m_caseYear = 0; ///< a file closed after this year is not in last year's catalogue
    bool m_loaded = false;
    std::optional<Error> m_loadError;
    QHash<QString, CaseFile> m_existing; // "unit id\tnumber" → file
    QHash<qint64, int> m_existingCount;  // unit id → files in the catalogue
    QHash<QString, int> m_firstRow;      // "unit id\tnumber" → row in this file
    QSet<qint64> m_declaredNone;         // units declared without cases already
    QHash<qint64, int> m_noCasesRow;     // unit id → row declaring no cases
    QHash<qint64, int> m_fileRowOfUnit;  // unit id → first row with a file
    std::vector<CaseFile> m_added, m_changed;
    std::vector<UnitId> m_noCases;
    ImportCounts m_counts;
    std::unique_ptr<CaseReviewService::ImportSession> m_session;
};

[[nodiscard]] XlsxWorkbook caseTemplate();

class CaseExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CaseExchangeText)
};

} // namespace oversight
