#pragma once

// The A4 landscape page that the clerk's tables (tabledocument.cpp) and the summary report
// (summaryreport.cpp) are laid out on, and the measure of their text. Not part of the room's interface.

#include "documentrenderer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QString>

namespace oversight::landscape {

// A4 landscape in layout units (1/100 pt).
inline constexpr qreal pageWidth = DocumentRenderer::mm(297);
inline constexpr qreal pageHeight = DocumentRenderer::mm(210);
inline constexpr qreal marginX = DocumentRenderer::mm(20);
inline constexpr qreal marginTop = DocumentRenderer::mm(18);
inline constexpr qreal marginBottom = DocumentRenderer::mm(20);

/// Measures text in layout units (1/100 pt): a font's metrics on a tiny image of 7200 dots per inch.
class Measure
{
public:
    Measure() : m_image(8, 8, QImage::Format_RGB32)
    {
        m_image.setDotsPerMeterX(qRound(7200 / 0.0254));
        m_image.setDotsPerMeterY(qRound(7200 / 0.0254));
    }
    [[nodiscard]] qreal advance(const QString &s, const QFont &font) const
    {
        return QFontMetricsF(font, &m_image).horizontalAdvance(s);
    }

private:
    QImage m_image;
};

} // namespace oversight::landscape
