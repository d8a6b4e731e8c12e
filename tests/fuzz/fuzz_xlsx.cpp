// libFuzzer target: the XLSX reader (minizip + QXmlStreamReader) on arbitrary bytes as a workbook file.
#include "exchange/cellvalue.h"
#include "exchange/xlsxreader.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

using namespace oversight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The reader works on files: each input is written to this process's own scratch file.
    static const QString path = QDir::tempPath() + QStringLiteral("/oversight-fuzz-%1.xlsx").arg(::getpid());
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto reader = XlsxReader::open(path);
    if (!reader) {
        if (reader.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    int rows = 0;
    const Result<void> read = reader.value()->read([&rows](const SheetRow &row) {
        for (const Cell &cell : row.cells)
            (void)dateFromCell(cell);
        return ++rows < 10000;
    });
    if (!read && read.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
