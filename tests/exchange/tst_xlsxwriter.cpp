#include "exchange/table.h"
#include "exchange/unitexchange.h"
#include "exchange/xlsxreader.h"
#include "formats/xlsxwriter.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

class TestXlsxWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    XlsxWorkbook sample() const
    {
        XlsxWorkbook book;
        book.title = QStringLiteral("样表");
        XlsxSheet sheet;
        sheet.name = QStringLiteral("样表");
        sheet.columns = {
            {u"单位名称"_qs, XlsxColumn::Kind::Text, {}, true, u"单位全称"_qs, 0},
            {u"单位类别"_qs, XlsxColumn::Kind::Choice, {u"部门"_qs, u"苏木乡镇"_qs}, false, {}, 0},
            {u"办结日期"_qs, XlsxColumn::Kind::Date, {}, false, {}, 0},
            {u"案卷数"_qs, XlsxColumn::Kind::Integer, {}, false, {}, 0},
            {u"联系电话"_qs, XlsxColumn::Kind::Text, {}, false, {}, 0},
            {u"是否自查"_qs, XlsxColumn::Kind::Choice, {u"是"_qs, u"否"_qs}, false, {}, 0},
        };
        sheet.rows.append(QVariantList{u"奈曼旗内蒙古自治区通辽市某某非常长的单位名称管理局"_qs, u"部门"_qs,
                                       QDate(2022, 5, 21), 47, u"04754211001"_qs, true});
        sheet.rows.append(QVariantList{u"大沁他拉镇"_qs, u"苏木乡镇"_qs, QVariant(), 0, QVariant(), false});
        sheet.inputRows = 50;
        book.sheets.append(sheet);
        return book;
    }

    /// Every row of a sheet (the first when `sheet` is empty) as the reader returns it; empty on failure.
    static QList<SheetRow> rowsOf(const QString &path, const QString &sheet = {})
    {
        QList<SheetRow> rows;
        auto reader = XlsxReader::open(path, sheet);
        if (!reader || !(*reader)->read([&rows](const SheetRow &r) {
                rows.append(r);
                return true;
            }))
            return {};
        return rows;
    }

private Q_SLOTS:
    void writesWhatTheReaderReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.xlsx"));
        QVERIFY(writeXlsx(path, sample()));
        const QList<SheetRow> rows = rowsOf(path);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).cells.at(2).text, u"办结日期"_qs);
        const auto &first = rows.at(1).cells;
        QCOMPARE(first.at(2).type, Cell::Type::Date); // a real date cell, not text
        QCOMPARE(first.at(2).date, QDate(2022, 5, 21));
        QCOMPARE(first.at(3).type, Cell::Type::Number);
        QCOMPARE(first.at(3).number, 47.0);
        QCOMPARE(first.at(4).type, Cell::Type::Text); // the leading zero stays
        QCOMPARE(first.at(4).text, u"04754211001"_qs);
        QCOMPARE(first.at(5).text, u"是"_qs);
        QCOMPARE(rows.at(2).cells.at(2).type, Cell::Type::Empty);
    }

    void headerFrozenDropDownsDatesAndPrintSetup()
    {
        const QString path = m_dir.filePath(QStringLiteral("layout.xlsx"));
        QVERIFY(writeXlsx(path, sample()));
        const auto sheet = XlsxReader::readPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet);
        const QString xml = QString::fromUtf8(*sheet);
        QVERIFY2(xml.contains(u"<pane ySplit=\"1\" topLeftCell=\"A2\""_qs), "header row frozen");
        QVERIFY2(xml.contains(u"type=\"list\""_qs) && xml.contains(u"\"部门,苏木乡镇\""_qs),
                 "drop-down of the choices");
        QVERIFY2(xml.contains(u"sqref=\"B2:B53\""_qs), "drop-down over the data and the input rows");
        QVERIFY2(xml.contains(u"type=\"date\""_qs), "date check");
        QVERIFY2(xml.contains(u"paperSize=\"9\""_qs), "A4");
        const auto workbook = XlsxReader::readPart(path, QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook);
        QVERIFY2(QString::fromUtf8(*workbook).contains(u"_xlnm.Print_Titles"_qs),
                 "header row repeated in print");
        // The long Chinese name widened its column past the default; the short ones did not need to.
        QVERIFY2(xml.contains(u"<col min=\"1\" max=\"1\" width=\"60"_qs) ||
                     xml.contains(u"<col min=\"1\" max=\"1\" width=\"5"_qs),
                 qPrintable(xml.mid(xml.indexOf(u"<cols>"_qs), 200)));
    }

    void longDropDownListsGoToAHiddenSheet()
    {
        // 40 unit names are far beyond the 255 characters Excel keeps inside a validation.
        XlsxWorkbook book = sample();
        QStringList units;
        for (int i = 1; i <= 40; ++i)
            units << QStringLiteral("奈曼旗第%1行政执法单位管理局").arg(i);
        book.sheets[0].columns[0] = {u"单位名称"_qs, XlsxColumn::Kind::Choice, units, true, {}, 0};
        const QString path = m_dir.filePath(QStringLiteral("long-list.xlsx"));
        const auto written = writeXlsx(path, book);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().fullText()));

        const QString workbook = QString::fromUtf8(*XlsxReader::readPart(path, u"xl/workbook.xml"_qs));
        QVERIFY2(workbook.contains(u"name=\"选项\""_qs) && workbook.contains(u"state=\"hidden\""_qs),
                 qPrintable(workbook));
        const QString sheet = QString::fromUtf8(*XlsxReader::readPart(path, u"xl/worksheets/sheet1.xml"_qs));
        QVERIFY2(sheet.contains(u"<formula1>选项!$A$1:$A$40</formula1>"_qs) ||
                     sheet.contains(u"<formula1>'选项'!$A$1:$A$40</formula1>"_qs),
                 qPrintable(sheet));
        // The short list stays inline.
        QVERIFY(sheet.contains(u"\"部门,苏木乡镇\""_qs));
        // The data sheet still reads back first, with its values.
        const QList<SheetRow> rows = rowsOf(path);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).cells.at(0).text, u"奈曼旗内蒙古自治区通辽市某某非常长的单位名称管理局"_qs);
        // And the choices are there for the drop-down.
        const QList<SheetRow> choices = rowsOf(path, u"选项"_qs);
        QCOMPARE(choices.size(), 40);
        QCOMPARE(choices.last().cells.at(0).text, units.last());
    }

    void chineseCountsDouble()
    {
        QVERIFY(displayWidth(u"大沁他拉镇"_qs) > 2 * displayWidth(u"abcde"_qs) * 0.9);
        QVERIFY(displayWidth(u"ab\ncdef"_qs) < displayWidth(u"abcdef"_qs) + 0.01);
    }

    void aFailedWriteLeavesNoFileBehind()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/x.xlsx"));
        const auto r = writeXlsx(path, sample());
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"no-such-folder"_qs));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList(QStringList{u"*.part"_qs}, QDir::Files | QDir::Hidden).size(),
                 0);
    }

    void templateHasTheHeadersAndInstructions()
    {
        const QString path = m_dir.filePath(QStringLiteral("template.xlsx"));
        QVERIFY(writeXlsx(path, unitTemplate()));
        auto reader = XlsxReader::open(path);
        QVERIFY(reader);
        QCOMPARE((*reader)->sheetNames(), (QStringList{u"行政执法单位"_qs, u"填写说明"_qs}));
        QStringList header;
        QVERIFY((*reader)->read([&header](const SheetRow &r) {
            for (const Cell &c : r.cells)
                header.append(c.text);
            return false;
        }));
        QCOMPARE(header,
                 (QStringList{u"单位名称"_qs, u"单位类别"_qs, u"联系人"_qs, u"联系电话"_qs, u"备注"_qs,
                              u"单位全称"_qs, u"联系人报送日期"_qs})); // the two optional ones after the first five
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
