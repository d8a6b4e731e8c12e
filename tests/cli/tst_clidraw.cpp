// oversight-cli import cases / status / draw cases / draw verify, run as a real process.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QtTest>

namespace {
using clitest::Run;
} // namespace

class TestCliDraw final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &arguments)
    {
        return clitest::runCli(m_home.path(), m_dir.path(), m_db, arguments);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("draw-%1.sqlite").arg(++n));
        QVERIFY(cli({u"init"_qs}).code == 0);
        const QString units =
            write(u"units.csv"_qs, "单位名称,单位类别\n旗市场监督管理局,部门\n旗交通运输局,部门\n"
                                   "大沁他拉镇,苏木乡镇\n八仙筒镇,苏木乡镇\n");
        const Run r = cli({u"import"_qs, u"units"_qs, units});
        QVERIFY2(r.code == 0, r.said());
        QByteArray cases = "单位名称,案卷编号,案件名称,案件类型,当事人,办结日期,是否自查,自查等次\n";
        for (int i = 1; i <= 47; ++i)
            cases += QStringLiteral("旗市场监督管理局,SJ-%1,案件%1,行政处罚,,2021-05-01,%2,\n")
                         .arg(i)
                         .arg(i <= 14 ? u"是"_qs : u"否"_qs)
                         .toUtf8();
        for (int i = 1; i <= 20; ++i)
            cases += QStringLiteral("旗交通运输局,JT-%1,案件%1,行政处罚,,2021-05-01,是,\n").arg(i).toUtf8();
        cases += "大沁他拉镇,无,,,,,,\n";
        const Run c = cli({u"import"_qs, u"cases"_qs, write(u"cases.csv"_qs, cases)});
        QVERIFY2(c.code == 0, c.said());
        QVERIFY2(c.out.contains(u"68 added"_qs), c.said());
    }

    void statusCarriesTheCatalogueFigures()
    {
        const Run s = cli({u"--today"_qs, u"2022-06-10"_qs, u"status"_qs, u"--json"_qs});
        QVERIFY2(s.code == 0, s.said());
        const QJsonObject root = QJsonDocument::fromJson(s.out.toUtf8()).object();
        QHash<QString, QJsonObject> units;
        for (const QJsonValue &v : root.value(u"units"_qs).toArray())
            units.insert(v.toObject().value(u"name"_qs).toString(), v.toObject());
        const QJsonObject sj = units.value(u"旗市场监督管理局"_qs);
        QCOMPARE(sj.value(u"cases_total"_qs).toInt(), 47);
        QCOMPARE(sj.value(u"cases_self_checked"_qs).toInt(), 14);
        QCOMPARE(sj.value(u"self_check_required"_qs).toInt(), 15);
        QCOMPARE(sj.value(u"self_check_ok"_qs).toBool(true), false);
        const QJsonObject none = units.value(u"大沁他拉镇"_qs);
        QCOMPARE(none.value(u"cases_total"_qs).toInt(-1), 0);
        QCOMPARE(none.value(u"self_check_ok"_qs).toBool(), true);
        QVERIFY(!units.value(u"八仙筒镇"_qs).contains(u"cases_total"_qs)); // not reported: absent, not zero
        const QJsonObject spot = root.value(u"spot_check"_qs).toObject();
        QCOMPARE(spot.value(u"files_drawn"_qs).toInt(-1), 0);
        QCOMPARE(spot.value(u"required"_qs).toInt(), 60);
        QCOMPARE(spot.value(u"ok"_qs).toBool(true), false);
    }

    void drawPrintsTheRecordAndVerifies()
    {
        const Run d = cli({u"draw"_qs, u"cases"_qs, u"--count"_qs, u"10"_qs, u"--seed"_qs, u"20220601"_qs,
                           u"--units"_qs, u"旗市场监督管理局,旗交通运输局"_qs});
        QVERIFY2(d.code == 0, d.said());
        const QStringList lines = d.lines();
        QCOMPARE(lines.value(0), u"draw record 1"_qs);
        QCOMPARE(lines.size(), 11);
        QVERIFY2(lines.value(1).startsWith(u"旗交通运输局\tJT-"_qs) ||
                     lines.value(1).startsWith(u"旗市场"_qs),
                 d.said());
        QVERIFY2(d.err.contains(u"fewer than the plan's minimum of 60"_qs), d.said());
        QVERIFY2(d.out.contains(u"(reviewers to be drawn)"_qs), d.said());
        QVERIFY2(d.err.contains(u"draw reviewers 1"_qs), d.said());

        const Run v = cli({u"draw"_qs, u"verify"_qs, u"1"_qs});
        QVERIFY2(v.code == 0, v.said());

        // The record prints on one A4 page that reads back with its files.
        const QString pdf = m_dir.filePath(u"record.pdf"_qs);
        const Run r = cli({u"draw"_qs, u"record"_qs, u"1"_qs, u"--out"_qs, pdf});
        QVERIFY2(r.code == 0, r.said());
        QProcess text;
        text.start(u"pdftotext"_qs, {u"-layout"_qs, pdf, u"-"_qs});
        if (text.waitForFinished(30000) && text.exitCode() == 0) {
            const QString back = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(back.contains(u"随机抽取记录"_qs) && back.contains(u"20220601"_qs), qPrintable(back));
            QVERIFY2(back.contains(lines.value(1).section(u'\t', 1, 1)), qPrintable(back));
            QCOMPARE(back.count(u'\f'), 1); // one page
        }

        // The same seed on the same pool, drawn again: the same lines.
        const Run again = cli({u"draw"_qs, u"cases"_qs, u"--count"_qs, u"10"_qs, u"--seed"_qs, u"20220601"_qs,
                               u"--units"_qs, u"旗交通运输局，旗市场监督管理局"_qs});
        QCOMPARE(again.lines().mid(1), lines.mid(1));

        // A catalogue changed since: exit 2, naming the difference.
        const Run add =
            cli({u"import"_qs, u"cases"_qs,
                 write(u"more.csv"_qs, "单位名称,案卷编号,案件名称\n旗交通运输局,JT-99,后补案件\n")});
        QVERIFY2(add.code == 0, add.said());
        const Run changed = cli({u"draw"_qs, u"verify"_qs, u"1"_qs});
        QCOMPARE(changed.code, 2);
        QVERIFY2(changed.err.contains(u"JT-99"_qs) && changed.err.contains(u"pool has changed"_qs),
                 changed.said());
        // Issue 19, hole 14: the fingerprints then and now differ, as the pools do.
        const QRegularExpressionMatch hashes =
            QRegularExpression(u"SHA-256 then ([0-9a-f]{64}), now ([0-9a-f]{64})"_qs).match(changed.err);
        QVERIFY2(hashes.hasMatch(), changed.said());
        QVERIFY2(hashes.captured(1) != hashes.captured(2), changed.said());
    }

    void rejectedDraws()
    {
        const Run big =
            cli({u"draw"_qs, u"cases"_qs, u"--count"_qs, u"500"_qs, u"--units"_qs, u"旗交通运输局"_qs});
        QCOMPARE(big.code, 2);
        QVERIFY2(big.err.contains(u"only 20"_qs), big.said());
        const Run unknown =
            cli({u"draw"_qs, u"cases"_qs, u"--count"_qs, u"5"_qs, u"--units"_qs, u"不存在"_qs});
        QCOMPARE(unknown.code, 2);
        const Run noCount = cli({u"draw"_qs, u"cases"_qs});
        QCOMPARE(noCount.code, 1);
        const Run missing = cli({u"draw"_qs, u"verify"_qs, u"99"_qs});
        QCOMPARE(missing.code, 2);
    }

    void templateHasTheHeaders()
    {
        const QString out = m_dir.filePath(u"cases-template.xlsx"_qs);
        const Run t = cli({u"template"_qs, u"cases"_qs, u"--out"_qs, out});
        QVERIFY2(t.code == 0, t.said());
        QVERIFY(QFile::exists(out));
        // Its headers are the importer's own: read back, the only complaint is that no rows are filled in.
        const Run back = cli({u"import"_qs, u"cases"_qs, out, u"--dry-run"_qs});
        QCOMPARE(back.code, 2);
        QVERIFY2(back.err.contains(u"no data rows"_qs) && !back.err.contains(u"header"_qs + u" \""_qs),
                 back.said());
    }
};

QTEST_GUILESS_MAIN(TestCliDraw)
#include "tst_clidraw.moc"
