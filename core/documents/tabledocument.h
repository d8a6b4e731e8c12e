#pragma once

#include "documentfonts.h"
#include "documentrenderer.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace oversight {

/// A titled table for the clerk's desk (a register, a round's summary): not an official document, so no
/// red header, but the same faces. Painted on A4 landscape: the title and a line under it on the first
/// page, the header row repeated on every page, cells wrapped within their columns, a closing line after
/// the table, and 第 N 页  共 M 页 at the foot of each page.
struct TableDocument
{
    QString title;
    QString subtitle; ///< a line under the title (scope, deadline); may be empty
    QStringList headers;
    QList<qreal> widths; ///< relative widths of the columns that are not centred, one per header
    QList<bool> centred; ///< per column: cells centred (numbers, dates, short words); left otherwise
    QList<QStringList> rows;
    QString closing; ///< a line after the table (the counts); may be empty
};

/// Lays a TableDocument out and paints it on any QPagedPaintDevice (a QPdfWriter, a QPrinter).
class TableDocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(oversight::TableDocumentRenderer)
public:
    explicit TableDocumentRenderer(DocumentFonts fonts) : m_fonts(std::move(fonts)) {}

    [[nodiscard]] std::vector<DocumentRenderer::Page> layOut(const TableDocument &table) const;
    [[nodiscard]] Result<void> paint(const TableDocument &table, QPagedPaintDevice &device) const;
    [[nodiscard]] Result<QByteArray> pdf(const TableDocument &table) const;

private:
    DocumentFonts m_fonts;
};

} // namespace oversight
