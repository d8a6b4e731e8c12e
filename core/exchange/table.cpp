#include "table.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace oversight {

namespace {
class TableText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::TableText)
};
} // namespace

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

int columnFromLetters(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int n = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        n = n * 26 + (u - u'A' + 1);
    }
    return n - 1;
}

Result<std::unique_ptr<TableSource>> openTable(const QString &path, const QString &sheet)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists() || !file.open(QIODevice::ReadOnly))
        return makeError(
            Error::Code::Io,
            TableText::tr("%1: the file does not exist or cannot be read.").arg(info.fileName()));
    const QByteArray head = file.read(8);
    file.close();
    const QString suffix = info.suffix().toLower();

    if (head.startsWith("PK\x03\x04") || suffix == u"xlsx" || suffix == u"xlsm") {
        if (head.startsWith("\xD0\xCF\x11\xE0"))
            return makeError(
                Error::Code::Invalid,
                TableText::tr("%1: this is an old Excel 97–2003 workbook (.xls); open it in Excel or "
                              "WPS and save it as .xlsx.")
                    .arg(info.fileName()));
        auto reader = XlsxReader::open(path, sheet);
        if (!reader)
            return reader.error();
        return std::unique_ptr<TableSource>(std::move(reader).value());
    }
    if (head.startsWith("\xD0\xCF\x11\xE0") || suffix == u"xls" || suffix == u"et")
        return makeError(
            Error::Code::Invalid,
            TableText::tr("%1: this is an old Excel 97–2003 or WPS workbook; open it in Excel or WPS "
                          "and save it as .xlsx.")
                .arg(info.fileName()));
    if (!sheet.isEmpty())
        return makeError(
            Error::Code::Invalid,
            TableText::tr("%1: a CSV file has no sheets; leave out the sheet name.").arg(info.fileName()));
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TableSource>(std::move(reader).value());
}

} // namespace oversight
