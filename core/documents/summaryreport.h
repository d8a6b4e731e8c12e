#pragma once

#include "documentfonts.h"
#include "documentrenderer.h"
#include "domain/result.h"
#include "formats/xlsxwriter.h"
#include "services/campaignfigures.h"
#include "tabledocument.h"

#include <QCoreApplication>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace oversight {

/// The campaign summary (总结验收) attachment: the figures per area and per unit with the four charts,
/// painted as vectors on A4 landscape (a PDF or a printer), and the same figures as a workbook.
/// Its words are the plan's Chinese, like the other documents.
class SummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(oversight::SummaryReport)
public:
    explicit SummaryReport(DocumentFonts fonts) : m_fonts(std::move(fonts)) {}

    /// The overall figures: one row per measure (what, figure).
    [[nodiscard]] static TableDocument overviewTable(const CampaignFigures &figures);
    /// Problems found and closed per reform area.
    [[nodiscard]] static TableDocument areaTable(const CampaignFigures &figures);
    /// One row per unit: forms on time, self-check share, spot check, problems, complaints.
    [[nodiscard]] static TableDocument unitTable(const CampaignFigures &figures);
    /// One row per unit: area 7 (training, exams, 凡考试必培训) and area 10 (major-penalty filings, guiding
    /// cases).
    [[nodiscard]] static TableDocument teamTable(const CampaignFigures &figures);
    /// The workbook: 总体情况, 各领域, 各单位, 各附件, 评查等次 and 队伍建设与体制改革 sheets with the same
    /// figures as the PDF.
    [[nodiscard]] static XlsxWorkbook workbook(const CampaignFigures &figures);

    /// Number of pages paint() produces.
    [[nodiscard]] int pageCount(const CampaignFigures &figures) const;
    [[nodiscard]] Result<void> paint(const CampaignFigures &figures, QPagedPaintDevice &device) const;
    /// `auditHead` ("ENTRIES:HASH"): the audit chain's head when printed, stamped into the PDF's metadata.
    [[nodiscard]] Result<QByteArray> pdf(const CampaignFigures &figures, const QString &auditHead = {}) const;

    /// Paints one bar chart into `area` (layout units, any painter): title, axis with ticks, bars filled as
    /// paths, values, category labels and a legend. Vectors only.
    static void paintChart(QPainter &painter, const QRectF &area, const ChartData &chart,
                           const DocumentFonts &fonts);
    /// The colour of series `index` of a chart (the dashboard uses the same).
    [[nodiscard]] static QColor seriesColor(const ChartData &chart, int index);

private:
    struct Sheet;
    [[nodiscard]] std::vector<Sheet> layOut(const CampaignFigures &figures) const;
    DocumentFonts m_fonts;
};

} // namespace oversight
