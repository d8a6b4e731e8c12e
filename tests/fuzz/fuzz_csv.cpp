// libFuzzer target: the CSV reader (encoding detection, quoting, rows) and the cell converters on what it
// reads. Any input must give rows or a clear error, never a crash, a hang or undefined behaviour.
#include "exchange/cellvalue.h"
#include "exchange/csvreader.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace oversight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto reader = CsvReader::fromData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                      QStringLiteral("fuzz.csv"));
    int rows = 0;
    const Result<void> read = reader->read([&rows](const SheetRow &row) {
        for (const Cell &cell : row.cells) {
            (void)dateFromCell(cell);
            (void)boolFromCell(cell);
            (void)integerFromCell(cell);
        }
        return ++rows < 10000;
    });
    if (!read && read.error().message.isEmpty())
        __builtin_trap(); // every refusal says why
    return 0;
}
