#include "exchange/csvreader.h"
#include "exchange/importer.h"

#include <QStringDecoder>
#include <QtTest>

using namespace oversight;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(OVERSIGHT_TEST_DATA "/exchange/") + QLatin1String(name);
}

QList<SheetRow> readAll(TableSource &source)
{
    QList<SheetRow> rows;
    const auto r = source.read([&rows](const SheetRow &row) {
        rows.append(row);
        return true;
    });
    if (!r)
        qWarning("%s", qPrintable(r.error().message));
    return rows;
}

QStringList texts(const SheetRow &row)
{
    QStringList t;
    for (const Cell &c : row.cells)
        t.append(c.text);
    return t;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gb18030WithoutBomIsDetected()
    {
        auto reader = CsvReader::open(fixture("units-gb18030.csv"));
        QVERIFY(reader);
        const QList<SheetRow> rows = readAll(**reader);
        QCOMPARE((*reader)->encoding(), CsvReader::Encoding::Gb18030);
        QCOMPARE(texts(rows.at(0)),
                 (QStringList{u"单位名称"_qs, u"单位类别"_qs, u"联系人"_qs, u"联系电话"_qs}));
        QCOMPARE(rows.at(3).cells.at(0).text, u"大沁他拉镇"_qs);
        QCOMPARE(rows.at(3).number, 4);
        // The two ",,," rows at the end are there, and blank.
        QCOMPARE(rows.size(), 8);
        QVERIFY(rows.at(6).isBlank());
        QVERIFY(rows.at(7).isBlank());
    }

    void utf8WithBomGivesTheSameText()
    {
        auto gb = CsvReader::open(fixture("units-gb18030.csv"));
        auto utf8 = CsvReader::open(fixture("units-utf8-bom.csv"));
        QVERIFY(gb && utf8);
        const auto a = readAll(**gb);
        const auto b = readAll(**utf8);
        QCOMPARE((*utf8)->encoding(), CsvReader::Encoding::Utf8);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(texts(a.at(i)), texts(b.at(i)));
        QVERIFY(!b.at(0).cells.at(0).text.startsWith(QChar(0xFEFF)));
    }

    void quotedFieldsKeepCommasQuotesAndLineBreaks()
    {
        auto reader = CsvReader::open(fixture("units-quoted.csv"));
        QVERIFY(reader);
        const auto rows = readAll(**reader);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1).cells.at(4).text, u"城区, 开发区"_qs);
        QCOMPARE(rows.at(2).cells.at(4).text, u"第一行\n第二行"_qs);
        // The record with a line break is one spreadsheet row: the next record is row 4.
        QCOMPARE(rows.at(3).number, 4);
        QCOMPARE(rows.at(3).cells.at(4).text, u"他说\"已报送\""_qs);
    }

    void utf8WithoutBomAndLfOnly()
    {
        auto reader = CsvReader::fromData(QByteArrayLiteral("a,b\n\xe6\x98\xaf,2"), QStringLiteral("x.csv"));
        const auto rows = readAll(*reader);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).cells.at(0).text, u"是"_qs);
        QCOMPARE(rows.at(1).cells.at(1).text, u"2"_qs);
    }

    void tabSeparatedUtf16AsExcelUnicodeText()
    {
        QStringEncoder enc(QStringEncoder::Utf16LE);
        QByteArray data =
            QByteArrayLiteral("\xFF\xFE") + QByteArray(enc(u"单位名称\t联系人\r\n交通运输局\t李红\r\n"_qs));
        auto reader = CsvReader::fromData(data, QStringLiteral("u.txt"));
        const auto rows = readAll(*reader);
        QCOMPARE(reader->encoding(), CsvReader::Encoding::Utf16);
        QCOMPARE(reader->separator(), QLatin1Char('\t'));
        QCOMPARE(texts(rows.at(1)), (QStringList{u"交通运输局"_qs, u"李红"_qs}));
    }

    void unclosedQuoteIsAnErrorNamingTheRow()
    {
        auto reader =
            CsvReader::fromData(QByteArrayLiteral("a,b\n1,\"open\n2,3\n"), QStringLiteral("bad.csv"));
        const auto r = reader->read([](const SheetRow &) { return true; });
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(u"bad.csv:2:"_qs), qPrintable(r.error().message));
    }

    void bytesThatAreNeitherUtf8NorGb18030AreRefused()
    {
        // 0xFF is not a lead byte in UTF-8 or GB18030.
        auto reader = CsvReader::fromData(QByteArrayLiteral("a,b\n\xff\xff,1\n"), QStringLiteral("junk.csv"));
        const auto r = reader->read([](const SheetRow &) { return true; });
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"junk.csv"_qs));
    }

    void stoppingEarlyStopsReading()
    {
        auto reader = CsvReader::fromData(QByteArrayLiteral("a\n1\n2\n3\n"), QStringLiteral("x.csv"));
        int seen = 0;
        QVERIFY(reader->read([&seen](const SheetRow &) { return ++seen < 2; }));
        QCOMPARE(seen, 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
