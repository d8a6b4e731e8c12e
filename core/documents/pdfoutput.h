#pragma once

// The one way a document becomes PDF bytes: a QPdfWriter into memory at 1200 dpi, titled, stamped with the
// audit chain's head when there is one (AuditStamp), and painted by the document's own paint().

#include "domain/result.h"
#include "formats/auditstamp.h"

#include <QBuffer>
#include <QByteArray>
#include <QPdfWriter>

namespace oversight {

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
