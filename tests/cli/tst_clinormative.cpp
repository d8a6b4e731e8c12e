// oversight-cli and normative-document filings, as a real process: the filings template, importing a
// filing list (refusals named by row and column, all rows or none, a second import changing nothing), and
// the `normative` counts of status --json per unit and in total.
#include "clirun.h"
#include "exchange/table.h"
#include "exchange/xlsxreader.h"
#include "services/campaignservice.h"
#include "services/normativeservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

namespace {
using clitest::Run;
} // namespace

class TestCliNormative final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &arguments)
    {
        return clitest::runCli(m_home.path(), m_dir.path(), m_db, arguments);
    }

    QString write(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text.toUtf8());
        return path;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("n-%1.sqlite").arg(++n));
        QVERIFY(cli({u"init"_qs}).code == 0);
        const QString units =
            write(u"units.csv"_qs, u"单位名称,单位类别\n旗市场监督管理局,部门\n旗交通运输局,部门\n"
                                   u"大沁他拉镇,苏木乡镇\n"_qs);
        const Run run = cli({u"import"_qs, u"units"_qs, units});
        QVERIFY2(run.code == 0, run.said());
    }

    void templateHasTheHeaders()
    {
        const QString out = m_dir.filePath(u"备案模板.xlsx"_qs);
        const Run run = cli({u"template"_qs, u"filings"_qs, u"--out"_qs, out});
        QVERIFY2(run.code == 0, run.said());
        auto table = openTable(out);
        QVERIFY(table.ok());
        QStringList headers;
        const auto read = (*table)->read([&headers](const SheetRow &row) {
            for (const Cell &c : row.cells)
                if (!c.text.isEmpty())
                    headers.append(c.text);
            return false;
        });
        QVERIFY(read.ok());
        QCOMPARE(headers,
                 (QStringList{u"制定单位"_qs, u"文件名称"_qs, u"文号"_qs, u"印发日期"_qs, u"报备日期"_qs}));
    }

    void badRowsAreNamedAndNothingIsWritten()
    {
        const QString file =
            write(u"filings-bad.csv"_qs,
                  u"制定单位,文件名称,文号,印发日期,报备日期\n"
                  u"旗市场监督管理局,关于规范市场监管行政处罚裁量权的通知,奈市监发〔2022〕5号,2022-06-01,"
                  u"2022-06-20\n"
                  u"旗水务局,关于河道管理的通知,奈水发〔2022〕1号,2022-06-01,2022-06-20\n"
                  u"旗交通运输局,关于道路运输执法的通知,奈交发[2022]3号,2022/6/1,2022年6月10日\n"
                  u"旗交通运输局,关于超限运输的通知,奈交发〔2022〕04号,2022-06-01,2022-05-20\n"_qs);
        const Run run = cli({u"--today"_qs, u"2022-07-20"_qs, u"import"_qs, u"filings"_qs, file});
        QCOMPARE(run.code, 2);
        const QStringList lines = run.errLines();
        QVERIFY2(lines.size() == 5, run.said());
        QVERIFY2(lines.at(0).startsWith(u"filings-bad.csv:3:A: "_qs) && lines.at(0).contains(u"旗水务局"_qs),
                 run.said());
        QVERIFY2(lines.at(1).startsWith(u"filings-bad.csv:4:C: "_qs) && lines.at(1).contains(u"〔2022〕"_qs),
                 run.said());
        QVERIFY2(lines.at(3).startsWith(u"filings-bad.csv:5:E: "_qs) &&
                     lines.at(3).contains(u"before the issue date"_qs),
                 run.said());
        QVERIFY2(lines.at(2).startsWith(u"filings-bad.csv:5:C: "_qs) &&
                     lines.at(2).contains(u"奈交发〔2022〕4号"_qs),
                 run.said());
        QVERIFY(lines.at(4).contains(u"nothing was imported"_qs));
        const Run status = cli({u"--today"_qs, u"2022-07-20"_qs, u"status"_qs, u"--json"_qs});
        const QJsonObject n =
            QJsonDocument::fromJson(status.out.toUtf8()).object().value(u"normative"_qs).toObject();
        QCOMPARE(n.value(u"filed"_qs).toInt(), 0);
    }

    void importThenStatus()
    {
        const QString file = write(
            u"filings.csv"_qs,
            u"制定单位,文件名称,文号,印发日期,报备日期\n"
            u"旗市场监督管理局,关于规范市场监管行政处罚裁量权的通知,奈市监发〔2022〕5号,2022-06-01,2022-07-"
            u"01\n"
            u"旗市场监督管理局,关于轻微违法行为免罚清单的通知,奈市监发〔2022〕9号,2022-06-01,2022-07-02\n"
            u"旗交通运输局,关于道路运输执法的通知,奈交发〔2022〕3号,2022/2/10,2022年2月20日\n"_qs);
        const Run dry =
            cli({u"--today"_qs, u"2022-07-20"_qs, u"import"_qs, u"filings"_qs, file, u"--dry-run"_qs});
        QVERIFY2(dry.code == 0 && dry.out.contains(u"3 added"_qs), dry.said());
        const Run run = cli({u"--today"_qs, u"2022-07-20"_qs, u"import"_qs, u"filings"_qs, file});
        QVERIFY2(run.code == 0 && run.out.contains(u"3 added, 0 updated, 0 unchanged"_qs), run.said());
        const Run again = cli({u"--today"_qs, u"2022-07-20"_qs, u"import"_qs, u"filings"_qs, file});
        QVERIFY2(again.code == 0 && again.out.contains(u"0 added, 0 updated, 3 unchanged"_qs), again.said());
        // The export imports back unchanged.
        const QString exported = m_dir.filePath(u"备案登记.xlsx"_qs);
        const Run out = cli({u"export"_qs, u"filings"_qs, u"--out"_qs, exported});
        QVERIFY2(out.code == 0 && out.out.contains(u"3 record(s)"_qs), out.said());
        const Run back = cli({u"--today"_qs, u"2022-07-20"_qs, u"import"_qs, u"filings"_qs, exported});
        QVERIFY2(back.code == 0 && back.out.contains(u"0 added, 0 updated, 3 unchanged"_qs), back.said());

        const Run status = cli({u"--today"_qs, u"2022-07-20"_qs, u"status"_qs, u"--json"_qs});
        QVERIFY2(status.code == 0, status.said());
        const QJsonObject root = QJsonDocument::fromJson(status.out.toUtf8()).object();
        const QJsonObject total = root.value(u"normative"_qs).toObject();
        QCOMPARE(total.value(u"filed"_qs).toInt(), 3);
        QCOMPARE(total.value(u"late"_qs).toInt(), 1); // due 07-01: filed 07-01 is on time, 07-02 is late
        QCOMPARE(total.value(u"unfiled_known"_qs).toInt(), 0);
        // On 07-20, Q1 and Q2 have ended: 市场监管 filed in Q2 (missing Q1), 交通 in Q1 (missing Q2), the
        // township filed nothing (missing both).
        QCOMPARE(total.value(u"zero_reports_missing"_qs).toInt(), 4);
        for (const QJsonValue &u : root.value(u"units"_qs).toArray()) {
            const QJsonObject unit = u.toObject();
            const QJsonObject n = unit.value(u"normative"_qs).toObject();
            QVERIFY2(n.contains(u"filed"_qs) && n.contains(u"late"_qs) && n.contains(u"unfiled_known"_qs) &&
                         n.contains(u"zero_reports_missing"_qs),
                     qPrintable(unit.value(u"name"_qs).toString()));
            if (unit.value(u"name"_qs).toString() == u"大沁他拉镇"_qs)
                QCOMPARE(n.value(u"zero_reports_missing"_qs).toInt(), 2);
            // The contract's other keys are untouched.
            QVERIFY(unit.contains(u"complaints"_qs));
        }
        QVERIFY(root.contains(u"complaints"_qs));
    }

    void cleanupListAndPrint()
    {
        {
            // Rounds are kept in the app; here the service stands in for it.
            auto ws = Workspace::open(m_db, Database::Mode::OpenExisting).value();
            const CampaignId campaign = ws->campaigns().current().value();
            const UnitId unit = ws->units().findByName(campaign, u"旗交通运输局"_qs).value()->id;
            const CleanupRoundId round =
                ws->normative()
                    .addRound({{}, campaign, u"煤炭领域规范性文件专项清理"_qs, {}, QDate(2022, 9, 30)})
                    .value();
            CleanupItem item;
            item.round = round;
            item.unit = unit;
            item.title = u"关于加强煤炭运输车辆管理的通知"_qs;
            item.number = u"奈交发〔2018〕6号"_qs;
            QVERIFY(ws->normative().addItem(item).ok());
        }
        const Run list = cli({u"cleanup"_qs, u"list"_qs});
        QVERIFY2(list.code == 0 &&
                     list.out.contains(u"煤炭领域规范性文件专项清理: 1 document(s), 0 decided, 1 pending"_qs),
                 list.said());
        const QString pdf = m_dir.filePath(u"round.pdf"_qs);
        const Run print =
            cli({u"cleanup"_qs, u"print"_qs, u"煤炭领域规范性文件专项清理"_qs, u"--out"_qs, pdf});
        QVERIFY2(print.code == 0, print.said());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-");
        const Run unknown = cli({u"cleanup"_qs, u"print"_qs, u"没有这一轮"_qs, u"--out"_qs, pdf});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(u"没有这一轮"_qs));
        const Run doc =
            cli({u"cleanup"_qs, u"print"_qs, u"1"_qs, u"--out"_qs, m_dir.filePath(u"round.doc"_qs)});
        QCOMPARE(doc.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliNormative)
#include "tst_clinormative.moc"
