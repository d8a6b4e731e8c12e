#include "templatenotes.h"

namespace oversight {

QList<XlsxColumn> templateColumns(const QList<ColumnSpec> &specs, const QHash<QString, ColumnLayout> &layout)
{
    QList<XlsxColumn> columns;
    columns.reserve(specs.size());
    for (const ColumnSpec &spec : specs) {
        const ColumnLayout l = layout.value(spec.key);
        XlsxColumn c;
        c.header = spec.header;
        c.required = spec.required;
        c.note = spec.hint;
        c.kind = l.kind;
        c.choices = l.choices;
        c.width = l.width;
        columns.append(c);
    }
    return columns;
}

XlsxWorkbook importTemplate(const TemplateNames &names, const QList<ColumnSpec> &specs,
                            const QHash<QString, ColumnLayout> &layout, int notesWidth)
{
    XlsxWorkbook book;
    book.title = names.title;
    XlsxSheet sheet;
    sheet.name = names.sheet;
    sheet.columns = templateColumns(specs, layout);
    sheet.inputRows = 500;
    sheet.printHeader = names.printHeader;
    book.sheets.append(sheet);
    book.sheets.append(TemplateNotes::sheet(specs, notesWidth));
    return book;
}

XlsxSheet TemplateNotes::sheet(const QList<ColumnSpec> &columns, int textWidth)
{
    XlsxSheet notes;
    notes.name = QStringLiteral("填写说明");
    notes.notes = true;
    notes.columns = {XlsxColumn{QString(), XlsxColumn::Kind::Text, {}, false, {}, 14},
                     XlsxColumn{QString(), XlsxColumn::Kind::Text, {}, false, {}, double(textWidth)}};
    notes.rows.append(QVariantList{tr("How to fill in this template"), QString()});
    for (const ColumnSpec &spec : columns)
        notes.rows.append(
            QVariantList{QString(spec.header + (spec.required ? tr(" (required)") : QString())), spec.hint});
    return notes;
}

} // namespace oversight
