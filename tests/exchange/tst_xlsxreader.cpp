#include "exchange/cellvalue.h"
#include "exchange/table.h"
#include "exchange/xlsxreader.h"
#include "tabletesting.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

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
