#pragma once

#include "table.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace oversight {

class ImportRow;
struct ColumnSpec;

/// A date written as people write them in Chinese offices: 2022-05-21, 2022/5/21, 2022.5.21, 2022年5月21日,
/// 20220521, with an optional time of 00:00(:00) after it. Invalid for anything else, including impossible
/// days (2022-02-30).
[[nodiscard]] QDate parseDateText(const QString &text);

/// The date a cell holds: a date cell, a text date as above, an Excel serial number (a number cell that lost
/// its date style) or an eight-digit number 20220521. Empty for anything else.
[[nodiscard]] std::optional<QDate> dateFromCell(const Cell &cell);

/// Yes or no as a cell says it: 是/否, Y/N, yes/no, true/false, 1/0, √/×, a boolean cell. Empty otherwise.
[[nodiscard]] std::optional<bool> boolFromCell(const Cell &cell);

/// A whole number: an integral number cell or digits (with an optional sign). Empty otherwise.
[[nodiscard]] std::optional<qint64> integerFromCell(const Cell &cell);

/// A row's typed cells read with the messages every import gives: a cell that does not hold its type is
/// reported at the cell as "%1: "%2" is not a date…" (%1 the header, %2 what it says).
class CellReading
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CellReading)
public:
    /// A date that must be there: an empty cell is reported with `whenEmpty` (%1: the header).
    [[nodiscard]] static std::optional<QDate> date(ImportRow &row, const ColumnSpec &column,
                                                   const QString &whenEmpty);
    /// A date that must be there, "not filled in; write the date as YYYY-MM-DD." when it is not.
    [[nodiscard]] static std::optional<QDate> date(ImportRow &row, const ColumnSpec &column);
    /// A date that may be left out: nothing, and nothing reported, for an empty cell.
    [[nodiscard]] static std::optional<QDate> optionalDate(ImportRow &row, const ColumnSpec &column);
    /// Yes or no (boolFromCell()) that may be left out: nothing, and nothing reported, for an empty cell.
    [[nodiscard]] static std::optional<bool> optionalYesNo(ImportRow &row, const ColumnSpec &column);
};

} // namespace oversight
