#include "templatenotes.h"

namespace oversight {

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
