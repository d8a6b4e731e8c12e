#include "exchange/cellvalue.h"
#include "exchange/table.h"
#include "exchange/xlsxreader.h"
#include "tabletesting.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

using namespace oversight;

namespace {

/// A workbook of one sheet ("Sheet1") with the given sheet part, and a shared-strings part when `shared` is
/// not empty; deflated at level 9.
void writeWorkbook(const QString &path, const QByteArray &sheet, const QByteArray &shared = {})
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    QVERIFY(zip);
    const auto add = [zip](const char *name, const QByteArray &data) {
        zip_fileinfo info{};
        QCOMPARE(zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9, 1),
                 ZIP_OK);
        for (qsizetype at = 0; at < data.size(); at += 1 << 20)
            QCOMPARE(zipWriteInFileInZip(zip, data.constData() + at,
                                         unsigned(std::min<qsizetype>(1 << 20, data.size() - at))),
                     ZIP_OK);
        QCOMPARE(zipCloseFileInZip(zip), ZIP_OK);
    };
    add("xl/workbook.xml",
        "<?xml version=\"1.0\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    add("xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    add("xl/worksheets/sheet1.xml", sheet);
    if (!shared.isEmpty())
        add("xl/sharedStrings.xml", shared);
    QCOMPARE(zipClose(zip, nullptr), ZIP_OK);
}

QByteArray sheetXml(const QString &rows)
{
    return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
           "main\"><sheetData>" +
           rows.toUtf8() + "</sheetData></worksheet>";
}

QByteArray sharedStringsXml(const QStringList &strings)
{
    QByteArray xml =
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
        "main\" count=\"" +
        QByteArray::number(strings.size()) + "\">";
    for (const QString &s : strings)
        xml += "<si><t>" + s.toUtf8() + "</t></si>";
    return xml + "</sst>";
}

/// Reads `path` to the end into `rows`; the message it stopped with, empty when it read to the end.
QString readRows(const QString &path, QList<SheetRow> &rows)
{
    auto reader = XlsxReader::open(path);
    if (!reader)
        return reader.error().message;
    const auto r = (*reader)->read([&rows](const SheetRow &row) {
        rows.append(row);
        return true;
    });
    return r ? QString() : r.error().message;
}

/// The message reading `path` ends with; empty when it reads to the end.
QString readError(const QString &path)
{
    QList<SheetRow> rows;
    return readRows(path, rows);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inlineStringsTitleRowsAndNumbers()
    {
        auto reader = XlsxReader::open(exchangeFixture(u"units-openpyxl.xlsx"_qs));
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        QCOMPARE((*reader)->sheetNames(), QStringList{u"单位名单"_qs});
        const auto rows = readAllRows(**reader);
        QCOMPARE(rows.first().number, 1);
        QCOMPARE(rows.first().cells.at(0).text, u"奈曼旗行政执法单位名单（2022年）"_qs);
        const auto header =
            std::find_if(rows.begin(), rows.end(), [](const SheetRow &r) { return r.number == 3; });
        QVERIFY(header != rows.end());
        QCOMPARE(header->cells.at(3).text, u"联系电话"_qs);
        const auto town =
            std::find_if(rows.begin(), rows.end(), [](const SheetRow &r) { return r.number == 6; });
        QCOMPARE(town->cells.at(0).text, u"大沁他拉镇"_qs);
        // The mobile number was typed as a number: it reads back as its digits, not 1.39e10.
        QCOMPARE(town->cells.at(3).type, Cell::Type::Number);
        QCOMPARE(town->cells.at(3).text, u"13900000001"_qs);
    }

    void sharedStringsFromLibreOffice()
    {
        auto reader = XlsxReader::open(exchangeFixture(u"units-libreoffice.xlsx"_qs));
        QVERIFY(reader);
        const auto rows = readAllRows(**reader);
        QVERIFY(rows.size() >= 6);
        QCOMPARE(rows.at(0).cells.at(0).text, u"单位名称"_qs);
        QCOMPARE(rows.at(1).cells.at(0).text, u"奈曼旗市场监督管理局"_qs);
        QCOMPARE(rows.at(1).cells.at(3).text, u"0475-0011001"_qs);
    }

    void everyKindOfCell()
    {
        auto reader = XlsxReader::open(exchangeFixture(u"cells-openpyxl.xlsx"_qs));
        QVERIFY(reader);
        const auto rows = readAllRows(**reader);
        QCOMPARE(rows.size(), 2);
        const QList<Cell> &c = rows.at(1).cells;
        const QDate day(2022, 5, 21);
        QCOMPARE(c.at(0).type, Cell::Type::Date); // yyyy-mm-dd
        QCOMPARE(c.at(0).date, day);
        QCOMPARE(c.at(1).type, Cell::Type::Date); // yyyy"年"m"月"d"日"
        QCOMPARE(c.at(1).date, day);
        QCOMPARE(c.at(8).type, Cell::Type::Date); // built-in format 14
        QCOMPARE(c.at(8).date, day);
        QCOMPARE(c.at(9).type, Cell::Type::Date); // date with a time format
        QCOMPARE(c.at(9).date, day);
        for (int i : {2, 3, 4}) // text dates in three spellings
            QCOMPARE(dateFromCell(c.at(i)), std::optional<QDate>(day));
        QCOMPARE(c.at(5).type, Cell::Type::Number); // a serial whose style was lost
        QCOMPARE(dateFromCell(c.at(5)), std::optional<QDate>(day));
        QCOMPARE(c.at(6).type, Cell::Type::Boolean);
        QCOMPARE(c.at(6).boolean, true);
        QCOMPARE(c.at(7).number, 3.25);
        QCOMPARE(c.at(7).text, u"3.25"_qs);
        QCOMPARE(integerFromCell(c.at(10)), std::optional<qint64>(47));
        QCOMPARE(dateFromCell(c.at(11)), std::optional<QDate>(day)); // 20220521
        QCOMPARE(dateFromCell(c.at(12)), std::nullopt);              // 2022-02-30 is no day
    }

    void namedSheet()
    {
        auto reader = XlsxReader::open(exchangeFixture(u"cells-openpyxl.xlsx"_qs), u"第二页"_qs);
        QVERIFY(reader);
        const auto rows = readAllRows(**reader);
        QCOMPARE(rows.at(1).cells.at(0).text, u"第二页的单位"_qs);
        auto missing = XlsxReader::open(exchangeFixture(u"cells-openpyxl.xlsx"_qs), u"没有这页"_qs);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"第二页"_qs)); // names the sheets there are
    }

    void serialDates_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("system1904");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("1") << 1.0 << false << QDate(1900, 1, 1);
        QTest::newRow("59") << 59.0 << false << QDate(1900, 2, 28);
        QTest::newRow("60 phantom") << 60.0 << false << QDate();
        QTest::newRow("61") << 61.0 << false << QDate(1900, 3, 1);
        QTest::newRow("44702") << 44702.0 << false << QDate(2022, 5, 21);
        QTest::newRow("with time") << 44702.75 << false << QDate(2022, 5, 21);
        QTest::newRow("1904") << 43240.0 << true << QDate(2022, 5, 21);
        QTest::newRow("0") << 0.0 << false << QDate();
        QTest::newRow("beyond any integer") << 1e300 << false << QDate(); // no undefined cast
        QTest::newRow("far negative 1904") << -1e300 << true << QDate();
        QTest::newRow("last valid") << 2958465.0 << false << QDate(9999, 12, 31);
    }
    void serialDates()
    {
        QFETCH(double, serial);
        QFETCH(bool, system1904);
        QFETCH(QDate, expected);
        QCOMPARE(XlsxReader::dateFromSerial(serial, system1904), expected);
    }

    void dateFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("iso") << u"yyyy-mm-dd"_qs << true;
        QTest::newRow("cn") << u"yyyy\"年\"m\"月\"d\"日\""_qs << true;
        QTest::newRow("dbnum") << u"[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\""_qs << true;
        QTest::newRow("number") << u"0.00"_qs << false;
        QTest::newRow("quoted d") << u"0\" days\""_qs << false;
        QTest::newRow("colour") << u"[Red]0.00"_qs << false;
        QTest::newRow("time only") << u"h:mm"_qs << false;
    }
    void dateFormats()
    {
        QFETCH(QString, code);
        QFETCH(bool, isDate);
        QCOMPARE(XlsxReader::isDateFormat(code), isDate);
    }

    void textDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("dash") << u"2022-05-21"_qs << QDate(2022, 5, 21);
        QTest::newRow("slash") << u"2022/5/21"_qs << QDate(2022, 5, 21);
        QTest::newRow("dot") << u"2022.5.21"_qs << QDate(2022, 5, 21);
        QTest::newRow("cn") << u"2022年5月21日"_qs << QDate(2022, 5, 21);
        QTest::newRow("cn spaces") << u" 2022 年 5 月 21 日 "_qs << QDate(2022, 5, 21);
        QTest::newRow("midnight") << u"2022-05-21 00:00:00"_qs << QDate(2022, 5, 21);
        QTest::newRow("compact") << u"20220521"_qs << QDate(2022, 5, 21);
        QTest::newRow("impossible") << u"2022-02-30"_qs << QDate();
        QTest::newRow("month first") << u"5/21/2022"_qs << QDate();
        QTest::newRow("words") << u"五月"_qs << QDate();
    }
    void textDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(parseDateText(text), expected);
    }

    void damagedFilesGiveClearErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a zip") << u"not-a-zip.xlsx"_qs << u"not an Excel workbook"_qs;
        QTest::newRow("zip without sheet") << u"zip-without-sheet.xlsx"_qs << u"holds no worksheet"_qs;
        QTest::newRow("truncated") << u"truncated.xlsx"_qs
                                   << u"not an Excel workbook (.xlsx), or it is incomplete"_qs;
        QTest::newRow("missing") << u"no-such-file.xlsx"_qs << u"does not exist"_qs;
    }
    void damagedFilesGiveClearErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        auto table = openTable(QStringLiteral(OVERSIGHT_TEST_DATA "/exchange/") + file);
        QVERIFY(!table);
        QVERIFY2(table.error().message.startsWith(file + u':'), qPrintable(table.error().message));
        QVERIFY2(table.error().message.contains(says), qPrintable(table.error().message));
    }

    void damagedBytesNeverCrash()
    {
        // 300 copies of a real workbook, each with a few bytes changed or cut short (seeded, so a failure
        // repeats): every one is read to the end or refused with a message, never a crash or a hang.
        QFile original(exchangeFixture(u"units-libreoffice.xlsx"_qs));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        QTemporaryDir dir;
        QRandomGenerator rng(20220521);
        int refused = 0;
        for (int i = 0; i < 300; ++i) {
            QByteArray copy = bytes;
            if (i % 3 == 0) {
                copy.truncate(qsizetype(rng.bounded(int(copy.size()))));
            } else {
                for (int k = 0; k < 1 + i % 5; ++k)
                    copy[qsizetype(rng.bounded(int(copy.size())))] = char(rng.bounded(256));
            }
            const QString path = dir.filePath(QStringLiteral("m%1.xlsx").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(copy);
            f.close();
            auto table = openTable(path);
            if (!table) {
                QVERIFY(!table.error().message.isEmpty());
                ++refused;
                continue;
            }
            const auto r = (*table)->read([](const SheetRow &) { return true; });
            if (!r) {
                QVERIFY(r.error().message.contains(QStringLiteral("m%1.xlsx").arg(i)));
                ++refused;
            }
        }
        QVERIFY(refused > 100); // most damage is noticed (zip checksums), the rest reads as data
    }

    // Workbooks made here, part by part, for what no spreadsheet program writes: damaged references and
    // numbers, limits and zip bombs.

    void sharedStringIndexOutOfRangeNamesCellAndIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"index.xlsx"_qs);
        writeWorkbook(
            path,
            sheetXml(
                u"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                u"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>7</v></c></row>"_qs),
            sharedStringsXml({u"单位名称"_qs, u"旗公安局"_qs}));
        const QString message = readError(path);
        QVERIFY2(message.startsWith(u"index.xlsx:"_qs), qPrintable(message));
        QVERIFY2(message.contains(u"cell B2"_qs) && message.contains(u"shared string 7"_qs) &&
                     message.contains(u"only 2 shared strings"_qs),
                 qPrintable(message));
    }

    void missingSharedStringsPartIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"noshared.xlsx"_qs);
        writeWorkbook(path, sheetXml(u"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"_qs));
        const QString message = readError(path);
        QVERIFY2(message.contains(u"cell A1"_qs) && message.contains(u"xl/sharedStrings.xml is missing"_qs),
                 qPrintable(message));
    }

    void badReferencesAndRowNumbersAreErrors_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("says");
        QTest::newRow("reference too long")
            << u"<row r=\"2\"><c r=\"ZZZZZZZ99999999999\" t=\"inlineStr\"><is><t>x</t></is></c></row>"_qs
            << u"\"ZZZZZZZ99999999999\" in row 2 is not a cell"_qs;
        QTest::newRow("column past XFD")
            << u"<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"_qs << u"\"XFE2\" in row 2"_qs;
        QTest::newRow("reference without row")
            << u"<row r=\"2\"><c r=\"B\"><v>1</v></c></row>"_qs << u"\"B\" in row 2"_qs;
        QTest::newRow("row 0") << u"<row r=\"0\"><c r=\"A1\"><v>1</v></c></row>"_qs
                               << u"row number 0 is not a row"_qs;
        QTest::newRow("row 99999999999") << u"<row r=\"99999999999\"><c r=\"A1\"><v>1</v></c></row>"_qs
                                         << u"row number 99999999999 is not a row"_qs;
        QTest::newRow("row not a number")
            << u"<row r=\"2x\"><c><v>1</v></c></row>"_qs << u"row number 2x is not a row"_qs;
        QTest::newRow("row twice") << u"<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>"
                                      u"<row r=\"2\"><c><v>3</v></c></row>"_qs
                                   << u"row 2 appears twice"_qs;
        QTest::newRow("rows out of order")
            << u"<row r=\"5\"><c><v>1</v></c></row><row r=\"3\"><c><v>2</v></c></row>"_qs
            << u"row 3 comes after row 5"_qs;
        QTest::newRow("text longer than Excel's")
            << QString(u"<row r=\"1\"><c r=\"C1\" t=\"inlineStr\"><is><t>"_qs + QString(40000, u'字') +
                       u"</t></is></c></row>"_qs)
            << u"cell C1 holds more than 32767 characters"_qs;
    }
    void badReferencesAndRowNumbersAreErrors()
    {
        QFETCH(QString, rows);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.xlsx"_qs);
        writeWorkbook(path, sheetXml(rows));
        const QString message = readError(path);
        QVERIFY2(message.startsWith(u"bad.xlsx: sheet \"Sheet1\": "_qs), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void scannerReadsWhatXmlAllows()
    {
        // Prefixed names, entities and character references, CDATA, comments, phonetic runs, rich text,
        // cells without references, self-closing cells and rows: read as an XML reader would.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"xml.xlsx"_qs);
        const QString sheet =
            u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            u"<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            u"<x:dimension ref=\"A1:D3\"/><x:sheetData>"
            u"<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>A&amp;B &lt;1&gt; "
            u"&#x4E2D;&#25991;</x:t></x:is></x:c>"
            u"<!-- a comment <c> --><x:c t=\"inlineStr\"><x:is><x:r><x:t>富</x:t></x:r><x:r><x:t "
            u"xml:space=\"preserve\"> 文本</x:t></x:r>"
            u"<x:rPh sb=\"0\" eb=\"1\"><x:t>fu</x:t></x:rPh></x:is></x:c><x:c r=\"D1\" "
            u"t=\"str\"><x:f>A1&amp;\"x\"</x:f>"
            u"<x:v><![CDATA[a<b&c]]></x:v></x:c></x:row>"
            u"<x:row r=\"2\"/>"
            u"<x:row r=\"3\" spans=\"1:3\"><x:c r=\"A3\" s=\"0\"/><x:c r=\"B3\"><x:v> 12 </x:v></x:c>"
            u"<x:c r=\"C3\"><x:v>1.5E3</x:v></x:c><x:c r=\"D3\"><x:v>007</x:v></x:c></x:row>"
            u"</x:sheetData><x:pageMargins left=\"0.7\"/></x:worksheet>"_qs;
        writeWorkbook(path, sheet.toUtf8());
        QList<SheetRow> rows;
        const QString error = readRows(path, rows);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).cells.size(), 4);
        QCOMPARE(rows.at(0).cells.at(0).text, u"A&B <1> 中文"_qs);
        QCOMPARE(rows.at(0).cells.at(1).text, u"富 文本"_qs);
        QCOMPARE(rows.at(0).cells.at(2).type, Cell::Type::Empty);
        QCOMPARE(rows.at(0).cells.at(3).text, u"a<b&c"_qs);
        QCOMPARE(rows.at(1).number, 2);
        QVERIFY(rows.at(1).cells.isEmpty());
        QCOMPARE(rows.at(2).cells.at(0).type, Cell::Type::Empty);
        QCOMPARE(rows.at(2).cells.at(1).number, 12.0);
        QCOMPARE(rows.at(2).cells.at(1).text, u"12"_qs);
        QCOMPARE(rows.at(2).cells.at(2).text, u"1500"_qs);
        QCOMPARE(rows.at(2).cells.at(3).type, Cell::Type::Number);
        QCOMPARE(rows.at(2).cells.at(3).text, u"7"_qs);
    }

    /// An empty type attribute (t="", found by fuzz_xlsx: memcpy was handed a null pointer) is the default
    /// type, a number, as Excel reads it; under the sanitizers this also checks the copy is skipped.
    void emptyCellTypeIsTheDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"emptytype.xlsx"_qs);
        writeWorkbook(
            path, sheetXml(u"<row r=\"1\"><c r=\"A1\" t=\"\"><v>42</v></c><c r=\"B1\" t=\"\"/></row>"_qs));
        QList<SheetRow> rows;
        const QString error = readRows(path, rows);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).cells.at(0).type, Cell::Type::Number);
        QCOMPARE(rows.at(0).cells.at(0).number, 42.0);
        QCOMPARE(rows.at(0).cells.at(1).type, Cell::Type::Empty);
    }

    void zipBombIsRefusedEarly()
    {
        // 20 MB of rows deflated to about 60 KB (the shape of a 300 KB file inflating to 300 MB): refused by
        // the compression ratio early, long before the rows would fill memory.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bomb.xlsx"_qs);
        const QByteArray row = "<row><c t=\"inlineStr\"><is><t>AAAAAAAA</t></is></c></row>";
        QByteArray rows;
        while (rows.size() < (20 << 20))
            rows += row;
        writeWorkbook(path, sheetXml(QString::fromLatin1(rows)));
        QVERIFY(QFileInfo(path).size() < 200 * 1024);
        auto reader = XlsxReader::open(path);
        QVERIFY(reader);
        int seen = 0;
        const auto r = (*reader)->read([&seen](const SheetRow &) {
            ++seen;
            return true;
        });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"the limit on a part's compression ratio"_qs),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"xl/worksheets/sheet1.xml"_qs));
        // At 100 times the compressed size (a few MB): well before half of the sheet's rows.
        QVERIFY2(seen < rows.size() / row.size() / 2, qPrintable(QString::number(seen)));
    }

    void limitsAreNamedWhenReached_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("says");
        QTest::newRow("inflated") << u"inflated"_qs << u"the limit on a workbook's inflated size"_qs;
        QTest::newRow("cells") << u"cells"_qs << u"more than 50 cells (the limit on cells)"_qs;
        QTest::newRow("rows") << u"rows"_qs << u"more than 20 rows (the limit on rows)"_qs;
        QTest::newRow("shared strings")
            << u"shared"_qs << u"more than 3 shared strings (the limit on distinct strings)"_qs;
    }
    void limitsAreNamedWhenReached()
    {
        QFETCH(QString, limit);
        QFETCH(QString, says);
        // 40 rows of 5 numbers without references, 4 shared strings: under the default limits, over the
        // test's.
        QString rows;
        for (int i = 0; i < 40; ++i)
            rows +=
                u"<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c><c><v>5</v></c></row>"_qs;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"limits.xlsx"_qs);
        writeWorkbook(path, sheetXml(rows), sharedStringsXml({u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs}));
        {
            auto reader = XlsxReader::open(path);
            QVERIFY(reader);
            QCOMPARE(readAllRows(**reader).size(), 40);
        }
        XlsxLimits limits;
        if (limit == u"inflated")
            limits.inflatedBytes = 2000;
        else if (limit == u"cells")
            limits.cells = 50;
        else if (limit == u"rows")
            limits.rows = 20;
        else
            limits.sharedStrings = 3;
        auto reader = XlsxReader::open(path, {}, limits);
        QString message;
        if (!reader) {
            message = reader.error().message;
        } else if (const auto r = (*reader)->read([](const SheetRow &) { return true; }); !r) {
            message = r.error().message;
        }
        QVERIFY2(message.startsWith(u"limits.xlsx: the workbook is refused: "_qs), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void columnLettersRoundTrip()
    {
        QCOMPARE(columnLetters(0), u"A"_qs);
        QCOMPARE(columnLetters(25), u"Z"_qs);
        QCOMPARE(columnLetters(26), u"AA"_qs);
        QCOMPARE(columnLetters(701), u"ZZ"_qs);
        QCOMPARE(columnLetters(702), u"AAA"_qs);
        for (int i : {0, 1, 25, 26, 27, 700, 701, 702, 16383})
            QCOMPARE(columnFromLetters(columnLetters(i)), i);
        QCOMPARE(columnFromLetters(u"A1"), -1);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
