#pragma once

#include "importer.h"
#include "formats/xlsxwriter.h"

#include <QCoreApplication>

namespace oversight {

/// How an import template lays out one column beyond what its ColumnSpec says: the cell kind, the
/// drop-down's words (Kind::Choice) and the width (0: fitted).
struct ColumnLayout
{
    XlsxColumn::Kind kind = XlsxColumn::Kind::Text;
    QStringList choices = {};
    double width = 0;
};

/// A template's columns, one per spec in order: header, required mark and hint from the spec (the one
/// source the import reads too), kind, drop-down and width from `layout` by key (plain text otherwise).
[[nodiscard]] QList<XlsxColumn> templateColumns(const QList<ColumnSpec> &specs,
                                                const QHash<QString, ColumnLayout> &layout);

/// An import template's names: the workbook's title, its sheet's name and the heading the sheet prints under.
struct TemplateNames
{
    QString title;
    QString sheet;
    QString printHeader;
};

/// An import template: a sheet of `specs`' columns (templateColumns()) with 500 rows to fill in, then the
/// 填写说明 sheet (TemplateNotes::sheet()), to which callers may append their own closing rows.
[[nodiscard]] XlsxWorkbook importTemplate(const TemplateNames &names, const QList<ColumnSpec> &specs,
                                          const QHash<QString, ColumnLayout> &layout, int notesWidth = 70);

/// The words of every value of an enum, in order: what a column's hint lists and its drop-down offers, e.g.
/// wordsOf(allChannels(), channelWord).
template <typename E>
[[nodiscard]] QStringList wordsOf(const QList<E> &values, QString (*word)(E))
{
    QStringList words;
    words.reserve(values.size());
    for (const E value : values)
        words.append(word(value));
    return words;
}

/// The 填写说明 sheet every import template carries: a title row, then each column's header (marked
/// "(required)") with what to write in it. Callers append their own closing rows.
class TemplateNotes
{
    Q_DECLARE_TR_FUNCTIONS(oversight::TemplateNotes)
public:
    [[nodiscard]] static XlsxSheet sheet(const QList<ColumnSpec> &columns, int textWidth = 70);
};

} // namespace oversight
