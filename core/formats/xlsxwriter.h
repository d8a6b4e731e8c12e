#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace oversight {

/// A column of a sheet we write: what kind of values it holds decides its cell format and the check Excel
/// and WPS apply while the clerk or a unit types into it.
struct XlsxColumn
{
    enum class Kind
    {
        Text,    ///< stored as text, so phone numbers and codes keep their leading zeros
        Integer, ///< whole numbers ≥ 0
        Decimal,
        Date,   ///< real date cells shown as yyyy-mm-dd, with a date check
        Choice, ///< one of `choices`, from a drop-down list
    };

    QString header;
    Kind kind = Kind::Text;
    QStringList choices;
    bool required = false; ///< the header is marked and printed bold
    QString note;          ///< shown when the cell is selected (at most 255 characters)
    double width = 0;      ///< in Excel character widths; 0 fits the header and the values
};

/// One sheet: a header row (frozen and repeated on every printed page), then the rows. Values are QString,
/// QDate, integers, doubles or bool (written 是/否); a null QVariant leaves the cell empty.
struct XlsxSheet
{
    QString name;
    QList<XlsxColumn> columns;
    QList<QVariantList> rows;
    /// Rows below the data that still get the drop-downs and checks (for templates to fill in).
    int inputRows = 0;
    bool landscape = false;
    /// Printed at the top of every page; empty for none.
    QString printHeader;
    /// A plain sheet of notes (no header formatting, no checks): e.g. a template's instructions.
    bool notes = false;
};

struct XlsxWorkbook
{
    QString title;
    QString subject;
    QList<XlsxSheet> sheets;
    /// The audit chain's head when written ("ENTRIES:HASH"), kept as a custom document property (an audit
    /// anchor `verify --against` reads); empty for none.
    QString auditHead;
};

/// Writes `book` with libxlsxwriter: A4, header rows frozen and repeated when printed, column widths that
/// fit Chinese text, drop-downs for choices, date cells as real dates. The file appears complete or not
/// at all (written beside the target, then renamed over it).
[[nodiscard]] Result<void> writeXlsx(const QString &path, const XlsxWorkbook &book);

/// The width of `text` in Excel character units: a CJK or full-width character counts two.
[[nodiscard]] double displayWidth(const QString &text);

class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::XlsxText)
};

} // namespace oversight
