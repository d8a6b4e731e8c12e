#include "cellvalue.h"

#include "domain/yesno.h"
#include "importer.h"
#include "xlsxreader.h"

#include <QRegularExpression>

#include <cmath>

namespace oversight {

QDate parseDateText(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?))"
        R"((?:[ T]0{1,2}:00(?::00)?)?\s*$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^\s*(\d{4})(\d{2})(\d{2})\s*$)"));
    QRegularExpressionMatch m = pattern.match(input);
    int y = 0, mo = 0, d = 0;
    if (m.hasMatch()) {
        y = m.captured(1).toInt();
        mo = (m.capturedLength(2) ? m.captured(2) : m.captured(4)).toInt();
        d = (m.capturedLength(3) ? m.captured(3) : m.captured(5)).toInt();
    } else if (m = compact.match(input); m.hasMatch()) {
        y = m.captured(1).toInt();
        mo = m.captured(2).toInt();
        d = m.captured(3).toInt();
    } else {
        return {};
    }
    if (y < 1900 || y > 2999)
        return {};
    return QDate(y, mo, d); // invalid for 2022-02-30
}

std::optional<QDate> dateFromCell(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Date:
        return cell.date;
    case Cell::Type::Text: {
        const QDate d = parseDateText(cell.text);
        return d.isValid() ? std::optional(d) : std::nullopt;
    }
    case Cell::Type::Number: {
        if (std::floor(cell.number) != cell.number)
            return std::nullopt;
        if (cell.number >= 19000101 && cell.number <= 29991231) {
            const QDate d = parseDateText(cell.text);
            return d.isValid() ? std::optional(d) : std::nullopt;
        }
        // A serial between 1927 and 2173: a date cell whose date style was lost on the way.
        if (cell.number >= 10000 && cell.number < 100000) {
            const QDate d = XlsxReader::dateFromSerial(cell.number);
            return d.isValid() ? std::optional(d) : std::nullopt;
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<bool> boolFromCell(const Cell &cell)
{
    if (cell.type == Cell::Type::Boolean)
        return cell.boolean;
    const QString t = cell.text.trimmed().toLower();
    static const QStringList yes{
        yesWord(),           QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("true"),
        QStringLiteral("1"), QStringLiteral("√"), QStringLiteral("✓"),   QStringLiteral("已自查")};
    static const QStringList no{noWord(),
                                QStringLiteral("n"),
                                QStringLiteral("no"),
                                QStringLiteral("false"),
                                QStringLiteral("0"),
                                QStringLiteral("×"),
                                QStringLiteral("✗"),
                                QStringLiteral("未自查")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<qint64> integerFromCell(const Cell &cell)
{
    if (cell.type == Cell::Type::Number) {
        if (std::floor(cell.number) == cell.number && std::fabs(cell.number) < 9e15)
            return qint64(cell.number);
        return std::nullopt;
    }
    if (cell.type != Cell::Type::Text)
        return std::nullopt;
    bool ok = false;
    const qint64 v = cell.text.trimmed().toLongLong(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

std::optional<QDate> CellReading::date(ImportRow &row, const ColumnSpec &column, const QString &whenEmpty)
{
    if (const std::optional<QDate> day = dateFromCell(row.cell(column)))
        return day;
    if (row.text(column).isEmpty())
        row.fail(column, whenEmpty.arg(row.header(column)));
    else
        row.fail(column,
                 tr("%1: \"%2\" is not a date; write YYYY-MM-DD.").arg(row.header(column), row.text(column)));
    return std::nullopt;
}

std::optional<QDate> CellReading::date(ImportRow &row, const ColumnSpec &column)
{
    return date(row, column, tr("%1: not filled in; write the date as YYYY-MM-DD."));
}

std::optional<QDate> CellReading::optionalDate(ImportRow &row, const ColumnSpec &column)
{
    if (row.text(column).isEmpty())
        return std::nullopt;
    return date(row, column, QString());
}

std::optional<bool> CellReading::optionalYesNo(ImportRow &row, const ColumnSpec &column)
{
    if (row.text(column).isEmpty())
        return std::nullopt;
    if (const std::optional<bool> yes = boolFromCell(row.cell(column)))
        return yes;
    row.fail(column, tr("%1: \"%2\" is neither 是 nor 否.").arg(row.header(column), row.text(column)));
    return std::nullopt;
}

} // namespace oversight
