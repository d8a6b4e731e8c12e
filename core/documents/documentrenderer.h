#pragma once

#include "documentfonts.h"
#include "domain/officialdocument.h"
#include "domain/result.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLineF>
#include <QPointF>

#include <vector>

class QPagedPaintDevice;
class QPainter;
class QPainter;

namespace oversight {

/// Lays an OfficialDocument out on A4 in the GB/T 9704-2012 format and paints it on any QPagedPaintDevice:
/// a QPdfWriter here, a QPrinter handed in by the interface. Layout works in units of 1/100 pt (7200 per
/// inch) on the whole sheet, so every number of the standard converts exactly; painting scales to the device.
///
/// Body lines sit on the standard's grid (22 lines of 28 characters in the 156 × 225 mm type area): the
/// characters of 三号 text are set 156/28 mm apart, line breaks follow Unicode's rules (no line starts
/// with 。，、；：） and the like).
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(oversight::DocumentRenderer)
public:
    /// What a page holds, in layout units; kept so tests and the preview can count pages.
    struct Text
    {
        QPointF baseline; ///< left end of the baseline
        QString text;
        QFont font;
        QColor color;
    };
    struct Rule
    {
        QLineF line;
        qreal width = 0; ///< in layout units
        QColor color;
    };
    struct Page
    {
        std::vector<Text> texts;
        std::vector<Rule> rules;
    };

    explicit DocumentRenderer(DocumentFonts fonts);

    [[nodiscard]] std::vector<Page> layOut(const OfficialDocument &document) const;
    /// Paints every page. The device gets an A4 page without margins (a printer's own margins are its
    /// business: the UI sets full-page mode).
    [[nodiscard]] Result<void> paint(const OfficialDocument &document, QPagedPaintDevice &device) const;
    /// Draws a laid-out page (its rules with `cap`, then its texts) on a painter already in layout units; the
    /// tables and the summary report draw theirs the same way.
    static void drawPage(QPainter &painter, const Page &page, Qt::PenCapStyle cap);
    /// The PDF bytes of the document, fonts embedded.
    [[nodiscard]] Result<QByteArray> pdf(const OfficialDocument &document) const;

    [[nodiscard]] const DocumentFonts &fonts() const { return m_fonts; }

    /// Millimetres in layout units.
    [[nodiscard]] static constexpr qreal mm(qreal millimetres) { return millimetres * 7200.0 / 25.4; }

private:
    DocumentFonts m_fonts;
};

} // namespace oversight
