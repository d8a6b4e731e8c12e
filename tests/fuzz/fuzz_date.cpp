// libFuzzer target: the date parsers (parseIsoDate for files and --today, parseDateText and dateFromCell for
// spreadsheet cells). A date they accept must be a real day that reads back the same.
#include "domain/isodate.h"
#include "exchange/cellvalue.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace oversight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate iso = parseIsoDate(text);
    if (iso.isValid() && parseIsoDate(iso.toString(Qt::ISODate)) != iso)
        __builtin_trap();
    const QDate day = parseDateText(text);
    if (day.isValid() && parseDateText(day.toString(Qt::ISODate)) != day)
        __builtin_trap();

    Cell cell;
    cell.type = Cell::Type::Text;
    cell.text = text;
    (void)dateFromCell(cell);
    if (size >= sizeof(double)) {
        Cell number;
        number.type = Cell::Type::Number;
        std::memcpy(&number.number, data, sizeof(double));
        (void)dateFromCell(number);
        (void)integerFromCell(number);
        number.type = Cell::Type::Date;
        (void)dateFromCell(number);
    }
    return 0;
}
