#pragma once

#include "documentfonts.h"
#include "domain/campaign.h"
#include "domain/drawrecord.h"
#include "domain/result.h"
#include "domain/reviewsheet.h"

#include <QCoreApplication>

#include <vector>

class QPagedPaintDevice;

namespace oversight {

/// The case review's printed outputs: the one-page 抽取记录 of a draw, and the results table (by unit, then
/// by file) as PDF and XLSX. Painted in layout units of 1/100 pt on any QPagedPaintDevice (QPdfWriter,
/// QPrinter), with the document faces DocumentFonts resolves.
class ReviewPrinter
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ReviewPrinter)
public:
    explicit ReviewPrinter(DocumentFonts fonts) : m_fonts(std::move(fonts)) {}

    /// The draw record on one A4 page: what was drawn, from what, how, and how to check it.
    [[nodiscard]] Result<void> paintDrawRecord(const Campaign &campaign, const DrawRecord &record,
                                               const std::vector<DrawnFile> &files,
                                               QPagedPaintDevice &device) const;
    [[nodiscard]] Result<QByteArray> drawRecordPdf(const Campaign &campaign, const DrawRecord &record,
                                                   const std::vector<DrawnFile> &files) const;

    /// The results: one row per unit (files, average, grade counts, main problems), then one row per file.
    [[nodiscard]] Result<void> paintResults(const Campaign &campaign,
                                            const std::vector<UnitReviewResult> &units,
                                            const std::vector<DrawnFile> &files,
                                            QPagedPaintDevice &device) const;
    [[nodiscard]] Result<QByteArray> resultsPdf(const Campaign &campaign,
                                                const std::vector<UnitReviewResult> &units,
                                                const std::vector<DrawnFile> &files) const;

    [[nodiscard]] const DocumentFonts &fonts() const { return m_fonts; }

private:
    DocumentFonts m_fonts;
};

} // namespace oversight
