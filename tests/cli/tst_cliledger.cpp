// oversight-cli and the rectification ledger, run as a real process: import problems (all or none), the
// problems counts of status --json, ledger --out PDF and XLSX (per unit and banner-wide), and the XLSX
// export imported into another file giving the same ledger.
#include "clirun.h"
#include "exchange/table.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

namespace {
using clitest::Run;

void writeText(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.toUtf8());
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    QString s = QString::fromUtf8(p.readAllStandardOutput());
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

const QString unitsCsv = QStringLiteral("单位名称,单位类别\n旗公安局,部门\n旗税务局,部门\n");
const QString problemsCsv =
    QStringLiteral("单位名称,改革领域,问题来源,问题描述,整改措施,责任人,整改时限,整改状态\n"
                   "旗公安局,2,抽检,案卷缺少送达回证,补充送达回证,张伟,2022-09-15,整改中\n"
                   "旗公安局,4.加强个案监督,投诉举报,罚款未开具票据,退还罚款,李娜,,\n"
                   "旗税务局,开展行政执法案卷评查,自查,执法文书编号不连续,统一编号,王强,2022-10-31,待核查\n");
} // namespace

class TestCliLedger final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;

    Run cli(const QString &db, const QStringList &arguments)
    {
        return clitest::runCli(m_home.path(), m_dir.path(), db, arguments);
    }

    QString freshDb(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        const Run init = cli(db, {u"init"_qs});
        if (init.code != 0)
            qFatal("init: %s", init.said().constData());
        writeText(m_dir.filePath(u"units.csv"_qs), unitsCsv);
        const Run units = cli(db, {u"import"_qs, u"units"_qs, m_dir.filePath(u"units.csv"_qs)});
        if (units.code != 0)
            qFatal("units: %s", units.said().constData());
        return db;
    }

private Q_SLOTS:
    void importStatusLedgerAndRoundTrip()
    {
        const QString db = freshDb(u"a.sqlite"_qs);
        // A bad row: the whole file is refused, every problem named by row and column, nothing written.
        writeText(m_dir.filePath(u"bad.csv"_qs),
                  problemsCsv + QStringLiteral("旗粮食局,11,巡查,,,,2022-13-01,已完成了\n"));
        const Run bad = cli(db, {u"import"_qs, u"problems"_qs, m_dir.filePath(u"bad.csv"_qs)});
        QCOMPARE(bad.code, 2);
        for (const QString &place : {u"bad.csv:5:A"_qs, u"bad.csv:5:B"_qs, u"bad.csv:5:C"_qs,
                                     u"bad.csv:5:D"_qs, u"bad.csv:5:G"_qs, u"bad.csv:5:H"_qs})
            QVERIFY2(bad.err.contains(place), bad.said());

        writeText(m_dir.filePath(u"p.csv"_qs), problemsCsv);
        const Run dry = cli(db, {u"import"_qs, u"problems"_qs, m_dir.filePath(u"p.csv"_qs), u"--dry-run"_qs});
        QVERIFY2(dry.code == 0, dry.said());
        const Run imported = cli(db, {u"import"_qs, u"problems"_qs, m_dir.filePath(u"p.csv"_qs)});
        QVERIFY2(imported.code == 0 && imported.out.contains(u"3 added"_qs), imported.said());
        const Run again = cli(db, {u"import"_qs, u"problems"_qs, m_dir.filePath(u"p.csv"_qs)});
        QVERIFY2(again.code == 0 && again.out.contains(u"0 added, 0 updated, 3 unchanged"_qs), again.said());

        // status --json: per unit {open, overdue, closed}; 09-15 is the default deadline, so on 09-16 the
        // problems due then are overdue.
        const Run status = cli(db, {u"--today"_qs, u"2022-09-16"_qs, u"status"_qs, u"--json"_qs});
        QVERIFY2(status.code == 0, status.said());
        const QJsonArray units =
            QJsonDocument::fromJson(status.out.toUtf8()).object().value(u"units"_qs).toArray();
        QCOMPARE(units.size(), 2);
        for (const QJsonValue &u : units) {
            const QJsonObject problems = u.toObject().value(u"problems"_qs).toObject();
            if (u.toObject().value(u"name"_qs).toString() == u"旗公安局"_qs) {
                QCOMPARE(problems, (QJsonObject{{u"open"_qs, 2}, {u"overdue"_qs, 2}, {u"closed"_qs, 0}}));
            } else {
                QCOMPARE(problems, (QJsonObject{{u"open"_qs, 1}, {u"overdue"_qs, 0}, {u"closed"_qs, 0}}));
            }
        }

        // The PDF, banner-wide and per unit.
        const QString pdf = m_dir.filePath(u"ledger.pdf"_qs);
        const Run ledger = cli(db, {u"--today"_qs, u"2022-09-16"_qs, u"ledger"_qs, u"--out"_qs, pdf});
        QVERIFY2(ledger.code == 0 && ledger.out.contains(u"3 problems, 1 pages"_qs), ledger.said());
        const QString text = pdfText(pdf);
        QVERIFY2(text.startsWith(u"奈曼旗规范行政执法问题整改台账"_qs), qPrintable(text));
        for (const QString &s :
             {u"案卷缺少送达回证"_qs, u"罚款未开具票据"_qs, u"执法文书编号不连续"_qs, u"第1页共1页"_qs})
            QVERIFY2(text.contains(s), qPrintable(s));
        const QString unitPdf = m_dir.filePath(u"unit.pdf"_qs);
        const Run one = cli(db, {u"ledger"_qs, u"--unit"_qs, u"旗税务局"_qs, u"--out"_qs, unitPdf});
        QVERIFY2(one.code == 0, one.said());
        const QString unitText = pdfText(unitPdf);
        QVERIFY(unitText.startsWith(u"旗税务局规范行政执法问题整改台账"_qs));
        QVERIFY(!unitText.contains(u"罚款未开具票据"_qs));

        QCOMPARE(cli(db, {u"ledger"_qs, u"--unit"_qs, u"旗粮食局"_qs, u"--out"_qs, unitPdf}).code, 2);
        QCOMPARE(cli(db, {u"ledger"_qs, u"--out"_qs, m_dir.filePath(u"x.txt"_qs)}).code, 1);
        QCOMPARE(cli(db, {u"ledger"_qs}).code, 1);

        // XLSX: the ledger's own workbook imports into another file and gives the same ledger.
        const QString xlsx = m_dir.filePath(u"ledger.xlsx"_qs);
        const Run book = cli(db, {u"--today"_qs, u"2022-09-16"_qs, u"ledger"_qs, u"--out"_qs, xlsx});
        QVERIFY2(book.code == 0, book.said());
        const QString other = freshDb(u"b.sqlite"_qs);
        const Run in = cli(other, {u"import"_qs, u"problems"_qs, xlsx});
        QVERIFY2(in.code == 0 && in.out.contains(u"3 added"_qs), in.said());
        const QString otherPdf = m_dir.filePath(u"other.pdf"_qs);
        QVERIFY(cli(other, {u"--today"_qs, u"2022-09-16"_qs, u"ledger"_qs, u"--out"_qs, otherPdf}).code == 0);
        QCOMPARE(pdfText(otherPdf), text);
        // And the export command gives the same workbook.
        const Run exported =
            cli(db, {u"export"_qs, u"problems"_qs, u"--out"_qs, m_dir.filePath(u"e.xlsx"_qs)});
        QVERIFY2(exported.code == 0, exported.said());

        // The template carries the DESIGN.md headers, in order.
        const QString tpl = m_dir.filePath(u"t.xlsx"_qs);
        QVERIFY(cli(db, {u"template"_qs, u"problems"_qs, u"--out"_qs, tpl}).code == 0);
        auto table = openTable(tpl);
        QVERIFY(table);
        QStringList header;
        QVERIFY((*table)->read([&header](const SheetRow &r) {
            for (const Cell &c : r.cells)
                header.append(c.text);
            return false;
        }));
        QCOMPARE(header, (QStringList{u"单位名称"_qs, u"改革领域"_qs, u"问题来源"_qs, u"问题描述"_qs,
                                      u"整改措施"_qs, u"责任人"_qs, u"整改时限"_qs, u"整改状态"_qs,
                                      u"检查机关"_qs})); // the last one: issue 23's extension
    }

    // Issue 23: findings of the region's and the city's spot checks, with who checked, imported, printed
    // and carried through the ledger's own workbook.
    void upperLevelSpotChecks()
    {
        const QString db = freshDb(u"upper.sqlite"_qs);
        writeText(m_dir.filePath(u"bad-upper.csv"_qs),
                  QStringLiteral("单位名称,改革领域,问题来源,问题描述,检查机关\n"
                                 "旗公安局,1,自查,公示栏未更新,通辽市司法局\n"));
        const Run bad = cli(db, {u"import"_qs, u"problems"_qs, m_dir.filePath(u"bad-upper.csv"_qs)});
        QCOMPARE(bad.code, 2); // only an upper-level check names an inspecting body
        QVERIFY2(bad.err.contains(u"bad-upper.csv:2:E"_qs), bad.said());
        writeText(m_dir.filePath(u"upper.csv"_qs),
                  QStringLiteral("单位名称,改革领域,问题来源,问题描述,检查机关\n"
                                 "旗公安局,1,上级抽查,公示栏未更新,通辽市司法局\n"
                                 "旗税务局,2,上级抽查,案卷未录入监督平台,自治区司法厅\n"
                                 "旗税务局,7,自查,执法证过期,\n"));
        const Run in = cli(db, {u"import"_qs, u"problems"_qs, m_dir.filePath(u"upper.csv"_qs)});
        QVERIFY2(in.code == 0 && in.out.contains(u"3 added"_qs), in.said());
        const QString pdf = m_dir.filePath(u"upper.pdf"_qs);
        QVERIFY(cli(db, {u"--today"_qs, u"2022-09-16"_qs, u"ledger"_qs, u"--out"_qs, pdf}).code == 0);
        const QString text = pdfText(pdf);
        // The source column wraps 上级抽查（通辽市 / 司法局）: each part is there.
        QCOMPARE(text.count(u"上级抽查（"_qs), 2);
        for (const QString &s : {u"通辽市"_qs, u"自治区"_qs, u"司法局）"_qs, u"司法厅）"_qs})
            QVERIFY2(text.contains(s), qPrintable(s));
        // The workbook imports into another file with the body kept.
        const QString xlsx = m_dir.filePath(u"upper.xlsx"_qs);
        QVERIFY(cli(db, {u"--today"_qs, u"2022-09-16"_qs, u"ledger"_qs, u"--out"_qs, xlsx}).code == 0);
        const QString other = freshDb(u"upper-b.sqlite"_qs);
        const Run again = cli(other, {u"import"_qs, u"problems"_qs, xlsx});
        QVERIFY2(again.code == 0 && again.out.contains(u"3 added"_qs), again.said());
        const QString otherPdf = m_dir.filePath(u"upper-b.pdf"_qs);
        QVERIFY(cli(other, {u"--today"_qs, u"2022-09-16"_qs, u"ledger"_qs, u"--out"_qs, otherPdf}).code == 0);
        QCOMPARE(pdfText(otherPdf), text);
    }

    // The ledger's evidence steps from a script: the same LedgerService the desktop app uses.
    void evidenceAndCloseSteps()
    {
        const QString db = freshDb(u"steps.sqlite"_qs);
        writeText(m_dir.filePath(u"problems.csv"_qs), problemsCsv);
        QCOMPARE(cli(db, {u"import"_qs, u"problems"_qs, m_dir.filePath(u"problems.csv"_qs)}).code, 0);

        Run run = cli(db, {u"ledger"_qs, u"close"_qs, u"3"_qs, u"--note"_qs, u"核查属实"_qs});
        QVERIFY2(run.code == 2, run.said()); // no evidence yet
        QVERIFY2(run.err.contains(u"evidence"_qs), run.said());
        run = cli(db, {u"ledger"_qs, u"evidence"_qs, u"3"_qs, m_dir.filePath(u"none.jpg"_qs)});
        QVERIFY2(run.code == 2, run.said());
        QCOMPARE(cli(db, {u"ledger"_qs, u"evidence"_qs, u"3"_qs}).code, 1);
        QCOMPARE(cli(db, {u"ledger"_qs, u"close"_qs, u"3"_qs}).code, 1);
        QCOMPARE(cli(db, {u"ledger"_qs, u"sign"_qs, u"3"_qs}).code, 1);

        const QString photo = m_dir.filePath(u"整改照片.jpg"_qs);
        writeText(photo, u"a photograph of the corrected register"_qs);
        run = cli(db, {u"ledger"_qs, u"evidence"_qs, u"3"_qs, photo});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(u"整改照片.jpg"_qs), run.said());
        run = cli(db, {u"ledger"_qs, u"close"_qs, u"1"_qs, u"--note"_qs, u"核查属实"_qs});
        QVERIFY2(run.code == 2, run.said()); // in progress: not awaiting verification
        run = cli(db, {u"--today"_qs, u"2022-09-20"_qs, u"ledger"_qs, u"close"_qs, u"3"_qs, u"--note"_qs,
                       u"核查属实"_qs});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(u"2022-09-20"_qs), run.said());
        run = cli(db, {u"ledger"_qs, u"close"_qs, u"3"_qs, u"--note"_qs, u"again"_qs});
        QVERIFY2(run.code == 2, run.said()); // closed already

        run = cli(db, {u"--today"_qs, u"2022-09-20"_qs, u"status"_qs, u"--json"_qs});
        QCOMPARE(run.code, 0);
        const QJsonArray units =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"units"_qs).toArray();
        int closed = 0;
        for (const QJsonValue &u : units)
            closed += u.toObject().value(u"problems"_qs).toObject().value(u"closed"_qs).toInt();
        QCOMPARE(closed, 1);
        run = cli(db, {u"verify"_qs});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(u"Evidence files: 1 stored"_qs), run.said());
    }
};

QTEST_GUILESS_MAIN(TestCliLedger)
#include "tst_cliledger.moc"
