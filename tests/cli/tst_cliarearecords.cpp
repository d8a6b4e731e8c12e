// oversight-cli and the area-7 / area-10 lists, as a real process: the templates' headers, good imports of
// training sessions, exams and major-penalty filings (a second import changing nothing), each bad input
// named FILE:ROW:COLUMN with nothing written, and the `training` / `area10` keys of status --json.
#include "clirun.h"
#include "exchange/table.h"
#include "exchange/xlsxreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;
using clitest::Run;

class TestCliAreaRecords final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &arguments)
    {
        return clitest::runCli(m_home.path(), m_dir.path(), m_db,
                               QStringList{u"--today"_qs, u"2022-09-01"_qs} + arguments);
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

    QJsonObject status()
    {
        const Run run = cli({u"status"_qs, u"--json"_qs});
        if (run.code != 0)
            qFatal("status: %s", run.said().constData());
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("r-%1.sqlite").arg(++n));
        QVERIFY(cli({u"init"_qs}).code == 0);
        const QString units = write(u"units.csv"_qs, u"单位名称,单位类别\n旗公安局,部门\n旗交通运输局,部门\n"_qs);
        const Run run = cli({u"import"_qs, u"units"_qs, units});
        QVERIFY2(run.code == 0, run.said());
    }

    void templatesHaveTheHeaders_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("headers");
        QTest::newRow("trainings") << u"trainings"_qs
                                   << QStringList{u"单位名称"_qs, u"培训日期"_qs, u"培训内容"_qs, u"学时"_qs,
                                                  u"参训人数"_qs, u"组织单位"_qs};
        QTest::newRow("exams") << u"exams"_qs
                               << QStringList{u"单位名称"_qs, u"考试日期"_qs, u"考试科目"_qs, u"参考人数"_qs,
                                              u"合格人数"_qs};
        QTest::newRow("major-penalties")
            << u"major-penalties"_qs
            << QStringList{u"单位名称"_qs, u"案件编号"_qs, u"处罚决定日期"_qs, u"备案日期"_qs};
    }

    void templatesHaveTheHeaders()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, headers);
        const QString out = m_dir.filePath(kind + u".xlsx"_qs);
        const Run run = cli({u"template"_qs, kind, u"--out"_qs, out});
        QVERIFY2(run.code == 0, run.said());
        auto table = openTable(out);
        QVERIFY(table.ok());
        QStringList found;
        const auto read = (*table)->read([&found](const SheetRow &row) {
            for (const Cell &c : row.cells)
                if (!c.text.isEmpty())
                    found.append(c.text);
            return false;
        });
        QVERIFY(read.ok());
        QCOMPARE(found, headers);
    }

    void goodListsImportAndCount()
    {
        const QString trainings = write(u"trainings.csv"_qs,
                                        u"单位名称,培训日期,培训内容,学时,参训人数,组织单位\n"
                                        u"旗公安局,2022-05-10,行政处罚法专题培训,3,40,旗公安局\n"
                                        u"旗公安局,2022/6/1,执法全过程记录培训,1.5,35,旗司法局\n"_qs);
        Run run = cli({u"import"_qs, u"trainings"_qs, trainings});
        QVERIFY2(run.code == 0 && run.out.contains(u"2 added, 0 updated, 0 unchanged"_qs), run.said());
        run = cli({u"import"_qs, u"trainings"_qs, trainings});
        QVERIFY2(run.code == 0 && run.out.contains(u"0 added, 0 updated, 2 unchanged"_qs), run.said());

        const QString exams = write(u"exams.csv"_qs,
                                    u"单位名称,考试日期,考试科目,参考人数,合格人数\n"
                                    u"旗公安局,2022-05-12,行政执法资格考试,40,38\n"
                                    u"旗交通运输局,2022年6月2日,行政执法资格考试,12,12\n"_qs);
        run = cli({u"import"_qs, u"exams"_qs, exams});
        QVERIFY2(run.code == 0 && run.out.contains(u"2 added"_qs), run.said());

        const QString filings = write(u"penalties.csv"_qs,
                                      u"单位名称,案件编号,处罚决定日期,备案日期\n"
                                      u"旗公安局,奈公行罚决字〔2022〕3号,2022-05-01,2022-05-16\n"
                                      u"旗交通运输局,奈交罚〔2022〕7号,2022-05-01,2022-05-17\n"_qs);
        run = cli({u"import"_qs, u"major-penalties"_qs, filings});
        QVERIFY2(run.code == 0 && run.out.contains(u"2 added"_qs), run.said());

        const QJsonObject root = status();
        const QJsonObject area10 = root.value(u"area10"_qs).toObject();
        QCOMPARE(area10.value(u"meetings"_qs).toInt(), 0);
        QCOMPARE(area10.value(u"major_penalty_filings"_qs).toInt(), 2);
        QCOMPARE(area10.value(u"late_filings"_qs).toInt(), 1); // 15 days: 05-16 on time, 05-17 late
        QCOMPARE(area10.value(u"guiding_cases"_qs).toInt(), 0);
        for (const QJsonValue &v : root.value(u"units"_qs).toArray()) {
            const QJsonObject u = v.toObject();
            const QJsonObject t = u.value(u"training"_qs).toObject();
            QVERIFY(t.contains(u"sessions"_qs) && t.contains(u"hours"_qs) && t.contains(u"exams"_qs) &&
                    t.contains(u"exams_without_training"_qs));
            if (u.value(u"name"_qs).toString() == u"旗公安局"_qs) {
                QCOMPARE(t.value(u"sessions"_qs).toInt(), 2);
                QCOMPARE(t.value(u"hours"_qs).toDouble(), 4.5);
                QCOMPARE(t.value(u"exams_without_training"_qs).toInt(), 0);
            } else {
                QCOMPARE(t.value(u"exams"_qs).toInt(), 1);
                QCOMPARE(t.value(u"exams_without_training"_qs).toInt(), 1); // 凡考试必培训
            }
            QVERIFY(u.contains(u"normative"_qs)); // the contract's other keys stay
        }
        QCOMPARE(root.value(u"training"_qs).toObject().value(u"exams"_qs).toInt(), 2);
    }

    void badTrainingsAreNamed()
    {
        const QString file = write(u"t-bad.csv"_qs,
                                   u"单位名称,培训日期,培训内容,学时,参训人数,组织单位\n"
                                   u"旗水务局,2022-05-10,培训,3,40,旗司法局\n"       // row 2: unit
                                   u"旗公安局,5月10日,培训,3,40,旗司法局\n"          // row 3: date
                                   u"旗公安局,2022-05-10,培训,三,40,旗司法局\n"      // row 4: hours
                                   u"旗公安局,2022-05-10,培训,3,四十,旗司法局\n"     // row 5: attendees
                                   u"旗公安局,2022-05-10,,3,40,\n"                   // row 6: title, organiser
                                   u"旗公安局,2022-10-10,培训,0.3,40,旗司法局\n"_qs); // row 7: hours, future
        const Run run = cli({u"import"_qs, u"trainings"_qs, file});
        QCOMPARE(run.code, 2);
        const QString err = run.err;
        const auto has = [&err](const QString &prefix, const QString &words) {
            for (const QString &line : err.split(u'\n'))
                if (line.startsWith(prefix) && line.contains(words))
                    return true;
            return false;
        };
        QVERIFY2(has(u"t-bad.csv:2:A: "_qs, u"旗水务局"_qs), run.said());
        QVERIFY2(has(u"t-bad.csv:3:B: "_qs, u"is not a date"_qs), run.said());
        QVERIFY2(has(u"t-bad.csv:4:D: "_qs, u"not a number of hours"_qs), run.said());
        QVERIFY2(has(u"t-bad.csv:5:E: "_qs, u"not a whole number"_qs), run.said());
        QVERIFY2(has(u"t-bad.csv:6:C: "_qs, u"not filled in"_qs), run.said());
        QVERIFY2(has(u"t-bad.csv:6:F: "_qs, u"not filled in"_qs), run.said());
        QVERIFY2(has(u"t-bad.csv:7:D: "_qs, u"half hours"_qs), run.said());
        QVERIFY2(has(u"t-bad.csv:7:B: "_qs, u"after today"_qs), run.said());
        QVERIFY2(err.contains(u"nothing was imported"_qs), run.said());
        QCOMPARE(status().value(u"training"_qs).toObject().value(u"sessions"_qs).toInt(), 0);
    }

    void badExamsAndFilingsAreNamed()
    {
        const QString exams = write(u"e-bad.csv"_qs,
                                    u"单位名称,考试日期,考试科目,参考人数,合格人数\n"
                                    u"旗公安局,2022-05-12,资格考试,10,12\n"_qs);
        Run run = cli({u"import"_qs, u"exams"_qs, exams});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"e-bad.csv:2:E: "_qs) && run.err.contains(u"between 0 and the 10"_qs),
                 run.said());

        const QString filings = write(u"p-bad.csv"_qs,
                                      u"单位名称,案件编号,处罚决定日期,备案日期\n"
                                      u"旗公安局,P-1,2022-05-10,2022-05-01\n"
                                      u"旗公安局,P-2,2022-05-10,2022-05-11\n"
                                      u"旗公安局,P-2,2022-05-10,2022-05-12\n"_qs);
        run = cli({u"import"_qs, u"major-penalties"_qs, filings});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"p-bad.csv:2:D: "_qs) && run.err.contains(u"before the decision date"_qs),
                 run.said());
        QVERIFY2(run.err.contains(u"p-bad.csv:4:B: "_qs) && run.err.contains(u"already listed in row 3"_qs),
                 run.said());

        const QString unknown = write(u"h-bad.csv"_qs, u"单位名称,案件编号,处罚日期,备案日期\n旗公安局,P-1,2022-05-10,"
                                                        u"2022-05-11\n"_qs);
        run = cli({u"import"_qs, u"major-penalties"_qs, unknown});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"h-bad.csv:1: "_qs) && run.err.contains(u"处罚决定日期"_qs), run.said());
        QCOMPARE(status().value(u"area10"_qs).toObject().value(u"major_penalty_filings"_qs).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAreaRecords)
#include "tst_cliarearecords.moc"
