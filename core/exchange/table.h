#pragma once

#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace oversight {

/// One cell as a spreadsheet holds it. `text` is always set: the typed text for text cells, the number
/// written without exponent or trailing zeros for numbers, YYYY-MM-DD for dates, 是/否 for booleans. The
/// typed members are set for their type only.
struct Cell
{
    enum class Type
    {
        Empty,
        Text,
        Number,
        Boolean,
        Date,  ///< a number cell styled as a date, or a date-typed cell
        Error, ///< a formula error such as #N/A; `text` holds it
    };

    Type type = Type::Empty;
    QString text;
    double number = 0;
    bool boolean = false;
    QDate date;
    /// A formula cell saved without its computed value (some generators write formulas only): it reads as
    /// empty, but an import reports it rather than taking it as left blank.
    bool formulaWithoutValue = false;

    [[nodiscard]] bool isEmpty() const { return type == Type::Empty || text.trimmed().isEmpty(); }

    static Cell fromText(QString text)
    {
        Cell c;
        c.type = text.isEmpty() ? Type::Empty : Type::Text;
        c.text = std::move(text);
        return c;
    }
};

/// A row as the spreadsheet shows it: `number` is the row number a person sees (1-based; for CSV the
/// record's position, so a quoted field with a line break still counts as one row). `cells` runs from
/// column A; missing cells in the middle are Empty.
struct SheetRow
{
    int number = 0;
    QList<Cell> cells;

    [[nodiscard]] bool isBlank() const
    {
        for (const Cell &c : cells)
            if (!c.isEmpty() || c.formulaWithoutValue)
                return false;
        return true;
    }
};

/// Spreadsheet column letters: 0 → "A", 25 → "Z", 26 → "AA".
[[nodiscard]] QString columnLetters(int column);
/// The inverse of columnLetters(); -1 when `letters` is not a column name.
[[nodiscard]] int columnFromLetters(QStringView letters);

/// A source of rows: a CSV file or one sheet of an XLSX workbook. read() streams the rows in order;
/// blank rows are passed on too (the importer decides what they mean).
class TableSource
{
public:
    /// Return false to stop reading early.
    using RowHandler = std::function<bool(const SheetRow &)>;
    /// Called now and then with the share read so far, 0…1000.
    using ProgressHandler = std::function<void(int permille)>;

    virtual ~TableSource() = default;
    /// The file's name as messages quote it (FILE in FILE:ROW:COLUMN).
    [[nodiscard]] virtual QString displayName() const = 0;
    [[nodiscard]] virtual Result<void> read(const RowHandler &onRow,
                                            const ProgressHandler &onProgress = {}) = 0;
};

/// Opens a .csv or .xlsx file by its extension (and its first bytes, so a misnamed file is recognised).
/// `sheet` names an XLSX sheet; empty means the first.
[[nodiscard]] Result<std::unique_ptr<TableSource>> openTable(const QString &path, const QString &sheet = {});

} // namespace oversight
