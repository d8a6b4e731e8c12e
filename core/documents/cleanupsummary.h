#pragma once

#include "domain/normative.h"
#include "domain/result.h"
#include "formats/xlsxwriter.h"
#include "tabledocument.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace oversight {

class NormativeService;
class UnitService;

/// A clean-up round's summary table (清理结果汇总表): one row per document with its decision, the round's
/// scope and deadline above, the counts below. The same rows go to the PDF and to the workbook.
struct CleanupSummary
{
    CleanupRound round;
    std::vector<CleanupItem> items;
    QHash<qint64, QString> unitNames; ///< by unit id
    CleanupCounts counts;

    /// Reads the round, its documents and the unit names.
    [[nodiscard]] static Result<CleanupSummary> load(NormativeService &normative, UnitService &units,
                                                     CleanupRoundId round);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString subtitle() const;
    /// 共 N 件：保留 a 件，修改 b 件，废止 c 件，宣布失效 d 件，尚未决定 e 件。
    [[nodiscard]] QString countsLine() const;
    [[nodiscard]] QStringList headers() const;
    [[nodiscard]] QList<QStringList> rows() const;

    [[nodiscard]] TableDocument table() const;
    [[nodiscard]] XlsxWorkbook workbook() const;
    /// Writes the table to `path`: a PDF (fonts embedded) or an .xlsx workbook, by the suffix.
    [[nodiscard]] Result<void> write(const QString &path) const;
};

class CleanupSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CleanupSummaryText)
};

} // namespace oversight
