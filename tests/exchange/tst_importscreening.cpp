// The import discipline's input screening and the importers' validation gaps: control characters, bidi
// overrides and byte order marks refused at FILE:ROW:COLUMN (nothing written); unit names matched through
// full-width forms and zero-width characters; lookalike names warned about; 无 beside other cells, a
// closing date after the catalogue's year and a formula without its value refused.
#include "exchange/caseexchange.h"
#include "exchange/complaintexchange.h"
#include "exchange/importer.h"
#include "exchange/table.h"
#include "exchange/unitexchange.h"
#include "services/casereviewservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QFile>
#include <QtTest>

using namespace oversight;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(OVERSIGHT_TEST_DATA "/exchange/") + name;
}

ImportReport runOn(const QString &path, RecordImporter &importer)
{
    auto table = openTable(path);
    if (!table)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(table.error().fullText()));
    auto report = runImport(**table, importer);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error().fullText()));
    return *report;
}

QStringList texts(const ImportReport &r, const QList<ImportIssue> &issues)
{
    QStringList out;
    for (const ImportIssue &i : issues)
        out.append(r.issueText(i));
    return out;
}

UnitId addUnit(TempWorkspace &t, const QString &name)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    return t.ws->units().create(u).value();
}
} // namespace

class TestImportScreening final : public QObject
{
    Q_OBJECT

    QString write(TempWorkspace &t, const QString &name, const QString &csv)
    {
        const QString path = t.dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(csv.toUtf8());
        return path;
    }

private Q_SLOTS:
    void controlCharactersAreRefusedAtTheirCell_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("what");
        QTest::newRow("ESC in a name")
            << QStringLiteral("旗公安\x1b[31m局,部门,,,") << QStringLiteral(":3:A: ")
            << QStringLiteral("ESC (U+001B) at character 4");
        QTest::newRow("BEL in a contact") << QStringLiteral("旗公安局,部门,张\a,,")
                                          << QStringLiteral(":3:C: ") << QStringLiteral("BEL (U+0007)");
        QTest::newRow("NUL in a phone")
            << QString(QStringLiteral("旗公安局,部门,,0475") + QChar(0) + QStringLiteral(","))
            << QStringLiteral(":3:D: ") << QStringLiteral("NUL (U+0000)");
        QTest::newRow("right-to-left override in notes")
            << QStringLiteral("旗公安局,部门,,,备注\u202egpj") << QStringLiteral(":3:E: ")
            << QStringLiteral("U+202E");
        QTest::newRow("isolate in a name") << QStringLiteral("旗\u2067公安局,部门,,,")
                                           << QStringLiteral(":3:A: ") << QStringLiteral("U+2067");
        QTest::newRow("byte order mark inside a name")
            << QStringLiteral("旗公安\ufeff局,部门,,,") << QStringLiteral(":3:A: ")
            << QStringLiteral("U+FEFF");
        QTest::newRow("C1 control") << QStringLiteral("旗公安局\u009b,部门,,,") << QStringLiteral(":3:A: ")
                                    << QStringLiteral("U+009B");
        QTest::newRow("tab in a name") << QStringLiteral("\"旗公安\t局\",部门,,,") << QStringLiteral(":3:A: ")
                                       << QStringLiteral("TAB (U+0009)");
    }
    void controlCharactersAreRefusedAtTheirCell()
    {
        QFETCH(QString, row);
        QFETCH(QString, place);
        QFETCH(QString, what);
        TempWorkspace t;
        const QString path =
            write(t, QStringLiteral("units.csv"),
                  QStringLiteral("单位名称,单位类别,联系人,联系电话,备注\n旗司法局,部门,,,\n") + row +
                      QStringLiteral("\n"));
        UnitImporter importer(t.ws->units(), t.campaign);
        const ImportReport report = runOn(path, importer);
        QVERIFY(!report.written);
        const QStringList issues = texts(report, report.issues);
        QCOMPARE(issues.size(), 1); // said once, not again by the importer's own checks
        QVERIFY2(issues.first().startsWith(QStringLiteral("units.csv") + place), qPrintable(issues.first()));
        QVERIFY2(issues.first().contains(what), qPrintable(issues.first()));
        QVERIFY(t.ws->units().units(t.campaign)->empty()); // all or nothing
    }

    void multiLineTextKeepsItsBreaks()
    {
        TempWorkspace t;
        const QString path =
            write(t, QStringLiteral("units.csv"),
                  QStringLiteral("单位名称,单位类别,备注\n旗司法局,部门,\"第一行\n第二行\t续\"\n"));
        UnitImporter importer(t.ws->units(), t.campaign);
        const ImportReport report = runOn(path, importer);
        QVERIFY2(report.written, qPrintable(texts(report, report.issues).join(u'\n')));
    }

    void lookalikeNamesAreTheRegisteredUnit()
    {
        TempWorkspace t;
        addUnit(t, QStringLiteral("测试局（筹）"));
        addUnit(t, QStringLiteral("旗公安局"));
        const QString path =
            write(t, QStringLiteral("units.csv"),
                  QStringLiteral("单位名称,单位类别,联系人\n测试局(筹),部门,张三\n旗公安\u200b局,部门,李四\n"
                                 "ＡＢ 苏木,苏木乡镇,\n"));
        UnitImporter importer(t.ws->units(), t.campaign);
        const ImportReport report = runOn(path, importer);
        QVERIFY2(report.written, qPrintable(texts(report, report.issues).join(u'\n')));
        QCOMPARE(report.updated, 2);
        QCOMPARE(report.added, 1);
        QCOMPARE(t.ws->units().units(t.campaign)->size(), size_t(3));
        QCOMPARE(t.ws->units().findByName(t.campaign, QStringLiteral("测试局（筹）"))->value().contactPerson,
                 QStringLiteral("张三"));
        QCOMPARE(t.ws->units().findByName(t.campaign, QStringLiteral("旗公安局"))->value().contactPerson,
                 QStringLiteral("李四"));
        // The same name twice in one file, written two ways, is one unit listed twice.
        const QString twice = write(t, QStringLiteral("twice.csv"),
                                    QStringLiteral("单位名称,单位类别\n新局(筹),部门\n新局（筹）,部门\n"));
        UnitImporter again(t.ws->units(), t.campaign);
        const ImportReport second = runOn(twice, again);
        QVERIFY(!second.written);
        QVERIFY(texts(second, second.issues).join(u'\n').contains(QStringLiteral("twice.csv:3:A:")));
    }

    void nearDuplicatesAreWarnedAbout()
    {
        TempWorkspace t;
        addUnit(t, QStringLiteral("奈曼旗林业和草原局"));
        const QString path = write(
            t, QStringLiteral("units.csv"),
            QStringLiteral("单位名称,单位类别\n奈曼旗林业草原局,部门\n第一派出所,部门\n第二派出所,部门\n"));
        UnitImporter importer(t.ws->units(), t.campaign);
        const ImportReport report = runOn(path, importer);
        QVERIFY(report.written);
        QCOMPARE(report.added, 3);
        const QStringList warnings = texts(report, report.warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("units.csv:2:A: ")),
                 qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains(QStringLiteral("\"奈曼旗林业和草原局\"")),
                 qPrintable(warnings.first()));
    }

    void caseRowsWithGaps_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("what");
        QTest::newRow("无 beside a title") << QStringLiteral("旗公安局,无,某某案,,,,,")
                                           << QStringLiteral("cases.csv:2:B: ") << QStringLiteral("no cases");
        QTest::newRow("无 beside a date") << QStringLiteral("旗公安局,无,,,,2021-05-01,,")
                                          << QStringLiteral("cases.csv:2:B: ") << QStringLiteral("no cases");
        QTest::newRow("closed in 2030")
            << QStringLiteral("旗公安局,公罚〔2021〕1号,某某案,行政处罚,,2030-01-01,,")
            << QStringLiteral("cases.csv:2:F: ") << QStringLiteral("after 2021");
        QTest::newRow("closed this year")
            << QStringLiteral("旗公安局,公罚〔2021〕2号,某某案,,,2022-01-05,,")
            << QStringLiteral("cases.csv:2:F: ") << QStringLiteral("after 2021");
    }
    void caseRowsWithGaps()
    {
        QFETCH(QString, row);
        QFETCH(QString, place);
        QFETCH(QString, what);
        TempWorkspace t;
        addUnit(t, QStringLiteral("旗公安局"));
        const QString path =
            write(t, QStringLiteral("cases.csv"),
                  QStringLiteral("单位名称,案卷编号,案件名称,案件类型,当事人,办结日期,是否自查,自查等次\n") +
                      row + QStringLiteral("\n"));
        CaseImporter importer(t.ws->caseReview(), t.ws->units(), t.campaign);
        const ImportReport report = runOn(path, importer);
        QVERIFY(!report.written);
        const QString all = texts(report, report.issues).join(u'\n');
        QVERIFY2(all.startsWith(place) && all.contains(what), qPrintable(all));
        QVERIFY(t.ws->caseReview().caseFiles(t.campaign)->empty());
        QVERIFY(t.ws->caseReview().noCaseUnits(t.campaign)->empty());
    }

    void aFormulaWithoutItsValueIsNamed()
    {
        TempWorkspace t(QDate(2022, 7, 1));
        addUnit(t, QStringLiteral("旗公安局"));
        ComplaintImporter importer(t.ws->supervision(), t.ws->units(), t.campaign);
        const ImportReport report =
            runOn(fixture(QStringLiteral("complaints-formula-no-value.xlsx")), importer);
        QVERIFY(!report.written);
        const QStringList issues = texts(report, report.issues);
        QCOMPARE(issues.size(), 1);
        QVERIFY2(
            issues.first().startsWith(QStringLiteral("complaints-formula-no-value.xlsx:2:A: 收到日期: ")),
            qPrintable(issues.first()));
        QVERIFY2(issues.first().contains(QStringLiteral("formula")), qPrintable(issues.first()));
        QVERIFY(t.ws->supervision().complaints(t.campaign)->empty());
    }
};

QTEST_GUILESS_MAIN(TestImportScreening)
#include "tst_importscreening.moc"
