#include "exchange/importer.h"
#include "exchange/table.h"
#include "exchange/unitexchange.h"
#include "formats/xlsxwriter.h"
#include "services/unitservice.h"
#include "storage/auditlog.h"
#include "tempworkspace.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace oversight;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(OVERSIGHT_TEST_DATA "/exchange/") + name;
}
} // namespace

class TestUnitImport : public QObject
{
    Q_OBJECT
private:
    static ImportReport import(TempWorkspace &t, const QString &path, bool dryRun = false)
    {
        auto table = openTable(path);
        if (!table) {
            ImportReport failed;
            failed.addIssue(0, -1, table.error().message);
            return failed;
        }
        UnitImporter importer(t.ws->units(), t.campaign);
        ImportOptions options;
        options.dryRun = dryRun;
        auto report = runImport(**table, importer, options);
        if (!report)
            qFatal("import failed: %s", qPrintable(report.error().fullText()));
        return *report;
    }
    static QStringList issueTexts(const ImportReport &r)
    {
        QStringList texts;
        for (const ImportIssue &i : r.issues)
            texts.append(r.issueText(i));
        return texts;
    }
    static QStringList register_(TempWorkspace &t)
    {
        QStringList lines;
        const auto units = t.ws->units().units(t.campaign); // keep the Result alive over the loop
        for (const Unit &u : *units)
            lines.append(
                QStringList{u.name, categoryKey(u.category), u.contactPerson, u.contactPhone, u.notes}.join(
                    u'|'));
        lines.sort();
        return lines;
    }

private Q_SLOTS:
    void xlsxWithTitleRowsImports()
    {
        TempWorkspace t;
        QSignalSpy imported(&t.ws->units(), &UnitService::unitsImported);
        const ImportReport r = import(t, fixture(u"units-openpyxl.xlsx"_qs));
        QVERIFY2(r.clean(), qPrintable(issueTexts(r).join(u'\n')));
        QCOMPARE(r.headerRow, 3);
        QCOMPARE(r.dataRows, 5);
        QCOMPARE(r.added, 5);
        QVERIFY(r.written);
        QCOMPARE(imported.size(), 1);
        const auto town = t.ws->units().findByName(t.campaign, u"大沁他拉镇"_qs);
        QVERIFY(town && town->has_value());
        QCOMPARE((*town)->category, Unit::Category::Township);
        QCOMPARE((*town)->contactPhone, u"13900000001"_qs);
        // One audit entry per unit, and the chain still verifies.
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'import-create'"_qs).toInt(), 5);
        const auto verified = AuditLog::verify(t.ws->database().connection());
        QVERIFY(verified && verified->ok());
    }

    void gb18030CsvAndXlsxGiveTheSameRegister()
    {
        TempWorkspace a, b, c;
        QVERIFY(import(a, fixture(u"units-gb18030.csv"_qs)).written);
        QVERIFY(import(b, fixture(u"units-openpyxl.xlsx"_qs)).written);
        QVERIFY(import(c, fixture(u"units-libreoffice.xlsx"_qs)).written);
        QCOMPARE(register_(a).size(), 5);
        QCOMPARE(register_(a), register_(b));
        QCOMPARE(register_(a), register_(c));
    }

    void reimportUpdatesInsteadOfDuplicating()
    {
        TempWorkspace t;
        QCOMPARE(import(t, fixture(u"units-gb18030.csv"_qs)).added, 5);
        const ImportReport again = import(t, fixture(u"units-gb18030.csv"_qs));
        QVERIFY(again.clean());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 5);
        QCOMPARE(register_(t).size(), 5);

        // A changed phone and an added unit: one update, one addition.
        QTemporaryDir dir;
        QFile f(dir.filePath(u"changed.csv"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"单位名称,联系电话\n奈曼旗交通运输局,0475-0019999\n"_qs.toUtf8());
        f.write(u"单位名称2,\n"_qs.toUtf8().left(0));
        f.close();
        const ImportReport changed = import(t, f.fileName());
        QVERIFY2(changed.clean(), qPrintable(issueTexts(changed).join(u'\n')));
        QCOMPARE(changed.updated, 1);
        const auto unit = t.ws->units().findByName(t.campaign, u"奈曼旗交通运输局"_qs);
        QCOMPARE((*unit)->contactPhone, u"0475-0019999"_qs);
        QCOMPARE((*unit)->contactPerson, u"李红"_qs); // a column the file left out keeps its value
    }

    void officialNameIsAnOptionalColumn()
    {
        TempWorkspace t;
        QTemporaryDir dir;
        // The four documented headers, unchanged: a file written for them imports, official names empty.
        QFile plain(dir.filePath(u"plain.csv"_qs));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(
            u"单位名称,单位类别,联系人,联系电话\n东明镇,苏木乡镇,王明,0475-0010001\n旗交通运输局,部门,,\n"_qs
                .toUtf8());
        plain.close();
        QVERIFY(import(t, plain.fileName()).written);
        auto town = t.ws->units().findByName(t.campaign, u"东明镇"_qs);
        QCOMPARE((*town)->officialName, QString());
        QCOMPARE((*town)->addresseeName(), u"东明镇"_qs);

        // The added column sets it; a file without the column leaves it alone; the export carries it.
        QFile named(dir.filePath(u"named.csv"_qs));
        QVERIFY(named.open(QIODevice::WriteOnly));
        named.write(u"单位名称,单位全称\n东明镇,东明镇人民政府\n"_qs.toUtf8());
        named.close();
        const ImportReport r = import(t, named.fileName());
        QVERIFY2(r.clean(), qPrintable(issueTexts(r).join(u'\n')));
        QCOMPARE(r.updated, 1);
        town = t.ws->units().findByName(t.campaign, u"东明镇"_qs);
        QCOMPARE((*town)->officialName, u"东明镇人民政府"_qs);
        QCOMPARE((*town)->addresseeName(), u"东明镇人民政府"_qs);
        QVERIFY(import(t, plain.fileName()).written);
        town = t.ws->units().findByName(t.campaign, u"东明镇"_qs);
        QCOMPARE((*town)->officialName, u"东明镇人民政府"_qs);
        const QString path = dir.filePath(u"export.xlsx"_qs);
        QVERIFY(writeXlsx(path, unitExport(*t.ws->units().units(t.campaign), u"2022"_qs)));
        TempWorkspace fresh;
        QVERIFY(import(fresh, path).written);
        QCOMPARE((*fresh.ws->units().findByName(fresh.campaign, u"东明镇"_qs))->officialName,
                 u"东明镇人民政府"_qs);
        // The documented headers stay the first four, in their order.
        const QList<ColumnSpec> columns = UnitImporter::columnSpecs();
        QCOMPARE(columns.at(0).header, u"单位名称"_qs);
        QCOMPARE(columns.at(1).header, u"单位类别"_qs);
        QCOMPARE(columns.at(2).header, u"联系人"_qs);
        QCOMPARE(columns.at(3).header, u"联系电话"_qs);
        QCOMPARE(columns.at(5).header, u"单位全称"_qs);
        QVERIFY(!columns.at(5).required);
        QCOMPARE(columns.at(6).header, u"联系人报送日期"_qs);
        QVERIFY(!columns.at(6).required);
    }

    void everyBadCellIsReportedAndNothingIsWritten()
    {
        TempWorkspace t;
        const int auditBefore = t.scalar(u"SELECT count(*) FROM audit_log"_qs).toInt();
        const ImportReport r = import(t, fixture(u"units-bad.xlsx"_qs));
        QVERIFY(!r.written);
        const QStringList issues = issueTexts(r);
        // Row 3 has three bad cells: all three are named; row 5 repeats row 2.
        QVERIFY2(issues.filter(u"units-bad.xlsx:3:A:"_qs).size() == 1, qPrintable(issues.join(u'\n')));
        QVERIFY2(issues.filter(u"units-bad.xlsx:3:B:"_qs).size() == 1, qPrintable(issues.join(u'\n')));
        QVERIFY2(issues.filter(u"units-bad.xlsx:3:D:"_qs).size() == 1, qPrintable(issues.join(u'\n')));
        QVERIFY2(issues.filter(u"units-bad.xlsx:5:A:"_qs).size() == 1, qPrintable(issues.join(u'\n')));
        QVERIFY(issues.filter(u"units-bad.xlsx:5:A:"_qs).first().contains(u"row 2"_qs));
        QCOMPARE(issues.size(), 4);
        QCOMPARE(register_(t).size(), 0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log"_qs).toInt(), auditBefore);
    }

    void unknownHeaderIsNamed()
    {
        TempWorkspace t;
        const ImportReport r = import(t, fixture(u"units-unknown-header.xlsx"_qs));
        QCOMPARE(r.issues.size(), 1);
        const QString text = r.issueText(r.issues.first());
        QVERIFY2(text.startsWith(u"units-unknown-header.xlsx:1:E:"_qs), qPrintable(text));
        QVERIFY(text.contains(u"单位地址"_qs));
        QCOMPARE(register_(t).size(), 0);
    }

    void missingRequiredHeaderAndNoHeaderAtAll()
    {
        TempWorkspace t;
        QTemporaryDir dir;
        QFile f(dir.filePath(u"noname.csv"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"标题\n联系人,联系电话\n李红,0475-1234567\n"_qs.toUtf8());
        f.close();
        const ImportReport r = import(t, f.fileName());
        QCOMPARE(r.issues.size(), 1);
        QVERIFY2(r.issueText(r.issues.first()).contains(u"单位名称"_qs),
                 qPrintable(r.issueText(r.issues.first())));
        QVERIFY(r.issueText(r.issues.first()).startsWith(u"noname.csv:2:"_qs));
    }

    void damagedFilesWriteNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("not a zip") << u"not-a-zip.xlsx"_qs;
        QTest::newRow("no sheet") << u"zip-without-sheet.xlsx"_qs;
        QTest::newRow("truncated") << u"truncated.xlsx"_qs;
    }
    void damagedFilesWriteNothing()
    {
        QFETCH(QString, file);
        TempWorkspace t;
        const ImportReport r = import(t, fixture(file));
        QVERIFY(!r.clean());
        QVERIFY(!r.written);
        QCOMPARE(register_(t).size(), 0);
    }

    void dryRunCountsButWritesNothing()
    {
        TempWorkspace t;
        const ImportReport r = import(t, fixture(u"units-openpyxl.xlsx"_qs), true);
        QVERIFY(r.clean());
        QCOMPARE(r.added, 5);
        QVERIFY(!r.written);
        QCOMPARE(register_(t).size(), 0);
    }

    void newUnitWithoutCategoryIsRefused()
    {
        TempWorkspace t;
        QTemporaryDir dir;
        QFile f(dir.filePath(u"nocat.csv"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"单位名称,联系人\n新单位,张三\n"_qs.toUtf8());
        f.close();
        const ImportReport r = import(t, f.fileName());
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(r.issueText(r.issues.first()).startsWith(u"nocat.csv:2:A:"_qs));
        QVERIFY(r.issueText(r.issues.first()).contains(u"单位类别"_qs));

        // With the column there but the cell empty, the message points at that cell.
        QFile g(dir.filePath(u"emptycat.csv"_qs));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(u"单位名称,单位类别\n新单位,\n"_qs.toUtf8());
        g.close();
        const ImportReport empty = import(t, g.fileName());
        QCOMPARE(empty.issues.size(), 1);
        QVERIFY2(empty.issueText(empty.issues.first()).startsWith(u"emptycat.csv:2:B:"_qs),
                 qPrintable(empty.issueText(empty.issues.first())));
    }

    void aLateBadRowUndoesRowsAlreadyWrittenInBatches()
    {
        // 10,000 rows are written in batches while the file is read; row 9,501 is bad, so all of it goes.
        TempWorkspace t;
        const int auditBefore = t.scalar(u"SELECT count(*) FROM audit_log"_qs).toInt();
        QTemporaryDir dir;
        QFile f(dir.filePath(u"big.csv"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "单位名称,单位类别,联系电话\n";
        for (int i = 1; i <= 10000; ++i)
            text +=
                QStringLiteral("单位%1,部门,%2\n").arg(i).arg(i == 9500 ? u"无"_qs : u"0475-1234567"_qs).toUtf8();
        f.write(text);
        f.close();
        const ImportReport bad = import(t, f.fileName());
        QCOMPARE(bad.dataRows, 10000);
        QCOMPARE(bad.issues.size(), 1);
        QVERIFY2(bad.issueText(bad.issues.first()).startsWith(u"big.csv:9501:C:"_qs),
                 qPrintable(bad.issueText(bad.issues.first())));
        QVERIFY(!bad.written);
        QCOMPARE(register_(t).size(), 0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log"_qs).toInt(), auditBefore);
        // The file is still writable afterwards: the transaction was closed, not left open.
        Unit u;
        u.campaign = t.campaign;
        u.name = u"之后"_qs;
        QVERIFY(t.ws->units().create(u));

        // And the same file without the bad row imports whole, with an intact audit chain.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.replace("单位9500,部门,无", "单位9500,部门,0475-1234567"));
        f.close();
        const ImportReport good = import(t, f.fileName());
        QVERIFY(good.written);
        QCOMPARE(good.added, 10000);
        QCOMPARE(register_(t).size(), 10001);
        const auto verified = AuditLog::verify(t.ws->database().connection());
        QVERIFY(verified && verified->ok());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'import-create'"_qs).toInt(),
                 10000);
    }

    void bulkAuditJsonIsWhatQJsonDocumentWrites()
    {
        Unit u;
        u.campaign = CampaignId(3);
        u.name = u"奈曼旗\"市场\"监督\\管理局"_qs;
        u.category = Unit::Category::Township;
        u.contactPerson = u"王\n晓明"_qs;
        u.contactPhone = u"0475-0011001"_qs;
        u.notes = u"😀\u2028"_qs;
        QCOMPARE(UnitService::auditJson(u), QJsonDocument(auditFields(u)).toJson(QJsonDocument::Compact));
        QCOMPARE(UnitService::auditJson(Unit{}),
                 QJsonDocument(auditFields(Unit{})).toJson(QJsonDocument::Compact));
    }

    void exportImportsBackUnchanged()
    {
        TempWorkspace t;
        QVERIFY(import(t, fixture(u"units-quoted.csv"_qs)).written);
        QVERIFY(import(t, fixture(u"units-openpyxl.xlsx"_qs)).written);
        const QStringList before = register_(t);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.xlsx"_qs);
        QVERIFY(writeXlsx(path, unitExport(*t.ws->units().units(t.campaign), u"2022"_qs)));
        const int auditBefore = t.scalar(u"SELECT count(*) FROM audit_log"_qs).toInt();
        const ImportReport r = import(t, path);
        QVERIFY2(r.clean(), qPrintable(issueTexts(r).join(u'\n')));
        QCOMPARE(r.unchanged, before.size());
        QCOMPARE(r.added + r.updated, 0);
        QCOMPARE(register_(t), before);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log"_qs).toInt(), auditBefore);
        // And into an empty file it recreates the same register, notes with line breaks included.
        TempWorkspace fresh;
        QVERIFY(import(fresh, path).written);
        QCOMPARE(register_(fresh), before);
        QVERIFY(before.join(u'\n').contains(u"第一行\n第二行"_qs));
    }
};

QTEST_GUILESS_MAIN(TestUnitImport)
#include "tst_unitimport.moc"
