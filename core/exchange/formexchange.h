#pragma once

#include "domain/formdata.h"
#include "domain/result.h"
#include "importer.h"
#include "formats/xlsxwriter.h"

#include <QCoreApplication>

namespace oversight {

/// A filled form read back from its template: the data, and the 填报人 / 联系电话 / 填报日期 the unit wrote.
struct FormFile
{
    FormData data;
    QString filledBy;
    QString phone;
    QDate filledOn;
    /// Every problem found, as FILE:ROW:COLUMN: message (empty for a clean file).
    QStringList issues;
};

/// The workbook a unit fills in for one form (template form 附件5-2): a sheet 填报信息 with one row per
/// field (项目 | 填报值), starting with 填报人, 联系电话 and 填报日期; and, for a form with rows, a sheet of
/// its columns (a checklist's items already written in the first column). Drop-downs for choices and yes/no.
[[nodiscard]] XlsxWorkbook formTemplate(const FormSpec &spec, const QString &campaignTitle);

/// The same workbook filled with what a unit's copy holds as it stands (export form 附件5-2 --unit U): the
/// typed values, the rows, and 填报人 / 联系电话 / 填报日期. Derived fields are left out, as in the template,
/// so the file imports back with readFormFile() to the same data.
[[nodiscard]] XlsxWorkbook formWorkbook(const FormSpec &spec, const QString &campaignTitle, const FormFile &filled);

/// Reads a filled template with the import discipline: headers found and checked, every cell read as its
/// field's type, every bad cell named; nothing is returned as data unless the whole file is clean.
/// An Error only for a file that cannot be read at all.
[[nodiscard]] Result<FormFile> readFormFile(const QString &path, const FormSpec &spec);

/// Sheet names of the template (fixed, so a filled file is found again).
[[nodiscard]] QString formInfoSheetName();
[[nodiscard]] QString formRowsSheetName(const FormSpec &spec);

class FormExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::FormExchangeText)
};

} // namespace oversight
