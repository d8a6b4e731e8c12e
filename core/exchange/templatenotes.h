#pragma once

#include "importer.h"
#include "xlsxwriter.h"

#include <QCoreApplication>

namespace oversight {

/// The 填写说明 sheet every import template carries: a title row, then each column's header (marked
/// "(required)") with what to write in it. Callers append their own closing rows.
class TemplateNotes
{
    Q_DECLARE_TR_FUNCTIONS(oversight::TemplateNotes)
public:
    [[nodiscard]] static XlsxSheet sheet(const QList<ColumnSpec> &columns, int textWidth = 70);
};

} // namespace oversight
