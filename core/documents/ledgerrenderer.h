#pragma once

#include "documentfonts.h"
#include "domain/ledgertable.h"
#include "domain/result.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QPointF>
#include <QRectF>

#include <vector>

class QPagedPaintDevice;

namespace oversight {

/// Paints a LedgerDocument on A4 landscape, on any QPagedPaintDevice: a QPdfWriter here, a QPrinter handed in
/// by the interface (print and print preview use this same code). Long text wraps inside its cell; the
/// header row repeats on every page; a row is never split across pages unless it is taller than a page;
/// "第 x 页 共 y 页" on every page; 填报人 / 审核人 / 日期 lines at the end. Layout works in 1/100 pt.
class LedgerRenderer
{
    Q_DECLARE_TR_FUNCTIONS(oversight::LedgerRenderer)
public:
    struct Text
    {
        QPointF baseline;
        QString text;
        int font = 0; ///< index into the renderer's fonts (cell, header, title, subtitle)
    };
    struct Page
    {
        std::vector<Text> texts;
        std::vector<QLineF> thinRules;
        std::vector<QLineF> thickRules;
        std::vector<QRectF> shaded;
        /// Data rows that begin on this page (0-based row indexes), and whether the last one continues
        /// on the next page (a row taller than a page).
        std::vector<int> rows;
        bool lastRowContinues = false;
    };

    explicit LedgerRenderer(DocumentFonts fonts);

    [[nodiscard]] std::vector<Page> layOut(const LedgerDocument &document) const;
    [[nodiscard]] Result<void> paint(const LedgerDocument &document, QPagedPaintDevice &device) const;
    /// Paints pages laid out already (layOut()).
    [[nodiscard]] Result<void> paint(const std::vector<Page> &pages, QPagedPaintDevice &device) const;
    /// The PDF bytes, fonts embedded; `pageCount`, when given, receives the number of pages.
    [[nodiscard]] Result<QByteArray> pdf(const LedgerDocument &document, int *pageCount = nullptr) const;
    [[nodiscard]] const DocumentFonts &fonts() const { return m_fonts; }

    /// The left edge and width of column `column` (0…9) on the sheet, in millimetres (for tests).
    [[nodiscard]] static std::pair<double, double> columnMm(int column);
    [[nodiscard]] static QSizeF pageSizeMm() { return {297, 210}; }

private:
    DocumentFonts m_fonts;
    std::vector<QFont> m_faces;
};

} // namespace oversight
