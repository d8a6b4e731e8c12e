#pragma once

// What every printed document shares: the page loop of its paint(), and the one way it becomes PDF bytes
// (a QPdfWriter into memory at 1200 dpi, titled, stamped with the audit chain's head when there is one).

#include "domain/result.h"
#include "formats/auditstamp.h"

#include <QBuffer>
#include <QByteArray>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace oversight {

/// The page loop of a document's paint(): `painter` is begun on `device`; for each of `count` pages (a new
/// device page before each but the first) it scales from layout units (1/7200 inch) to the device and has
/// `paintPage(i)` draw page i, then ends the painter. `pageFailed` (with %1 the page) and `finishFailed`
/// are the document's own words for the device's failures.
template <typename PaintPage>
[[nodiscard]] Result<void> paintPages(QPainter &painter, QPagedPaintDevice &device, size_t count,
                                      const QString &pageFailed, const QString &finishFailed,
                                      const PaintPage &paintPage)
{
    const qreal sx = device.logicalDpiX() / 7200.0;
    const qreal sy = device.logicalDpiY() / 7200.0;
    for (size_t i = 0; i < count; ++i) {
        if (i > 0 && !device.newPage())
            return makeError(Error::Code::Io, pageFailed.arg(i + 1));
        painter.save();
        painter.scale(sx, sy);
        paintPage(i);
        painter.restore();
    }
    if (!painter.end())
        return makeError(Error::Code::Io, finishFailed);
    return {};
}

/// Paints a PDF in memory: `paint(QPdfWriter &)` returns Result<void>; `reserve` bytes are set aside first
/// when the size is known roughly (growing a large buffer copies it whole).
template <typename Paint>
[[nodiscard]] Result<QByteArray> paintPdf(const QString &title, const QString &auditHead, const Paint &paint,
                                          qsizetype reserve = 0)
{
    QByteArray bytes;
    if (reserve > 0)
        bytes.reserve(reserve);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        AuditStamp::apply(writer, title, auditHead);
        if (auto r = paint(writer); !r)
            return r.error();
    }
    buffer.close();
    return bytes;
}

} // namespace oversight
