// oversight-cli and the area-7 / area-10 lists, as a real process: the templates' headers, good imports of
// training sessions, exams and major-penalty filings (a second import changing nothing), each bad input
// named FILE:ROW:COLUMN with nothing written, the `training` / `area10` keys of status --json; each list
// exported in its template (a round trip through import changing nothing, --unit, a bad --out refused with
// nothing written) and `records KIND` as an aligned table and as JSON.
#include "clirun.h"
#include "exchange/table.h"
#include "exchange/xlsxreader.h"

#include <QDir>
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

    /// The three lists of goodListsImportAndCount, imported.
    void importLists()
    {
        const QString trainings = write(u"trainings.csv"_qs,
                                        u"单位名称,培训日期,培训内容,学时,参训人数,组织单位\n"
                                        u"旗公安局,2022-05-10,行政处罚法专题培训,3,40,旗公安局\n"
                                        u"旗交通运输局,2022/6/1,执法全过程记录培训,1.5,35,旗司法局\n"_qs);
        const QString exams = write(u"exams.csv"_qs,
                                    u"单位名称,考试日期,考试科目,参考人数,合格人数\n"
                                    u"旗公安局,2022-05-12,行政执法资格考试,40,38\n"
                                    u"旗交通运输局,2022-05-02,行政执法资格考试,12,12\n"_qs);
        const QString filings = write(u"penalties.csv"_qs,
                                      u"单位名称,案件编号,处罚决定日期,备案日期\n"
                                      u"旗公安局,奈公行罚决字〔2022〕3号,2022-05-01,2022-05-16\n"
                                      u"旗交通运输局,奈交罚〔2022〕7号,2022-05-01,2022-05-17\n"_qs);
        for (const auto &[kind, file] : {std::pair{u"trainings"_qs, trainings}, std::pair{u"exams"_qs, exams},
                                         std::pair{u"major-penalties"_qs, filings}}) {
            const Run run = cli({u"import"_qs, kind, file});
            if (run.code != 0)
                qFatal("import: %s", run.said().constData());
        }
    }

    /// Every non-empty row of the workbook's first sheet (the header row first), cells as text.
    static QList<QStringList> sheetRows(const QString &path)
    {
        QList<QStringList> rows;
        auto table = openTable(path);
        if (!table)
            return rows;
        (void)(*table)->read([&rows](const SheetRow &row) {
            if (row.isBlank())
                return true;
            QStringList cells;
            for (const Cell &c : row.cells)
                cells.append(c.text);
            rows.append(cells);
            return true;
        });
        return rows;
    }

    QJsonObject recordsJson(const QStringList &arguments)
    {
        const Run run = cli(QStringList{u"records"_qs} + arguments + QStringList{u"--json"_qs});
        if (run.code != 0)
            qFatal("records: %s", run.said().constData());
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
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

    void exportsImportBackUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("trainings") << u"trainings"_qs;
        QTest::newRow("exams") << u"exams"_qs;
        QTest::newRow("major-penalties") << u"major-penalties"_qs;
    }

    void exportsImportBackUnchanged()
    {
        QFETCH(QString, kind);
        importLists();
        const QJsonObject before = recordsJson({kind});
        QCOMPARE(before.value(u"records"_qs).toArray().size(), 2);

        const QString out = m_dir.filePath(kind + u"-export.xlsx"_qs);
        Run run = cli({u"export"_qs, kind, u"--out"_qs, out});
        QVERIFY2(run.code == 0 && run.out.contains(u"2 record(s) written to"_qs), run.said());

        // The template's layout: the same sheets (the list, then the instructions) and the same headers.
        const QString blank = m_dir.filePath(kind + u"-template.xlsx"_qs);
        QCOMPARE(cli({u"template"_qs, kind, u"--out"_qs, blank}).code, 0);
        auto exported = XlsxReader::open(out);
        auto templ = XlsxReader::open(blank);
        QVERIFY(exported.ok() && templ.ok());
        QCOMPARE((*exported)->sheetNames(), (*templ)->sheetNames());
        QCOMPARE((*exported)->sheetNames().size(), 2);
        const QList<QStringList> rows = sheetRows(out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first(), sheetRows(blank).first());

        // Imported back: nothing added, nothing updated, and the records read the same.
        run = cli({u"import"_qs, kind, out});
        QVERIFY2(run.code == 0 && run.out.contains(u"0 added, 0 updated, 2 unchanged"_qs), run.said());
        QCOMPARE(recordsJson({kind}), before);
    }

    void exportKeepsToOneUnit()
    {
        importLists();
        const QString out = m_dir.filePath(u"one-unit.xlsx"_qs);
        Run run = cli({u"export"_qs, u"major-penalties"_qs, u"--unit"_qs, u"旗交通运输局"_qs, u"--out"_qs, out});
        QVERIFY2(run.code == 0 && run.out.contains(u"1 record(s) of 旗交通运输局 written to"_qs), run.said());
        const QList<QStringList> rows = sheetRows(out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).value(0), u"旗交通运输局"_qs);
        QCOMPARE(rows.at(1).value(1), u"奈交罚〔2022〕7号"_qs);
        run = cli({u"import"_qs, u"major-penalties"_qs, out});
        QVERIFY2(run.code == 0 && run.out.contains(u"0 added, 0 updated, 1 unchanged"_qs), run.said());

        // A unit that is not registered: refused, nothing written.
        const QString none = m_dir.filePath(u"no-unit.xlsx"_qs);
        run = cli({u"export"_qs, u"trainings"_qs, u"--unit"_qs, u"旗水务局"_qs, u"--out"_qs, none});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"旗水务局"_qs) && run.err.contains(u"not a unit in the register"_qs), run.said());
        QVERIFY(!QFile::exists(none));
    }

    void badOutIsRefusedWithNothingWritten()
    {
        importLists();
        // A folder that is not there: the input's fault, the message names the file and the way out.
        const QString missing = m_dir.filePath(u"missing/exams.xlsx"_qs);
        Run run = cli({u"export"_qs, u"exams"_qs, u"--out"_qs, missing});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"exams.xlsx"_qs) && run.err.contains(u"does not exist"_qs) &&
                     run.err.contains(u"--out"_qs),
                 run.said());
        QVERIFY(!QFile::exists(missing));
        // Not a workbook: a usage error.
        const QString text = m_dir.filePath(u"exams.txt"_qs);
        run = cli({u"export"_qs, u"exams"_qs, u"--out"_qs, text});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u".xlsx"_qs), run.said());
        QVERIFY(!QFile::exists(text));
        // A folder named like a workbook.
        QVERIFY(QDir(m_dir.path()).mkdir(u"folder.xlsx"_qs));
        run = cli({u"export"_qs, u"exams"_qs, u"--out"_qs, m_dir.filePath(u"folder.xlsx"_qs)});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"is a folder"_qs), run.said());
        // No --out; --unit on a kind that is not such a list.
        QCOMPARE(cli({u"export"_qs, u"exams"_qs}).code, 1);
        const QString units = m_dir.filePath(u"units-one.xlsx"_qs);
        run = cli({u"export"_qs, u"units"_qs, u"--unit"_qs, u"旗公安局"_qs, u"--out"_qs, units});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"--unit is for trainings"_qs), run.said());
        QVERIFY(!QFile::exists(units));
    }

    void recordsListsAlignedText()
    {
        importLists();
        const Run run = cli({u"records"_qs, u"major-penalties"_qs});
        QVERIFY2(run.code == 0, run.said());
        const QStringList lines = run.lines();
        QCOMPARE(lines.size(), 5); // headers, rule, two filings, the count
        QVERIFY2(lines.at(0).startsWith(u"Unit"_qs) && lines.at(0).contains(u"Case number"_qs), run.said());
        QCOMPARE(lines.last(), u"2 record(s)."_qs);
        // Columns line up on a terminal, where a Chinese character takes two places.
        const auto columnOf = [](const QString &line, const QString &text) {
            const qsizetype at = line.indexOf(text);
            int width = 0;
            for (const QChar c : line.left(at))
                width += c.unicode() >= 0x2E80 ? 2 : 1;
            return at < 0 ? -1 : width;
        };
        const int decided = columnOf(lines.at(0), u"Decided"_qs);
        QVERIFY(decided > 0);
        QCOMPARE(columnOf(lines.at(2), u"2022-05-01"_qs), decided);
        QCOMPARE(columnOf(lines.at(3), u"2022-05-01"_qs), decided);
        QVERIFY2(lines.at(3).contains(u"旗交通运输局"_qs) && lines.at(3).endsWith(u" 1"_qs), run.said()); // a day late

        const Run exams = cli({u"records"_qs, u"exams"_qs, u"--unit"_qs, u"旗交通运输局"_qs});
        QVERIFY2(exams.code == 0 && exams.lines().size() == 4, exams.said());
        QVERIFY2(exams.lines().at(2).contains(u"no training before it"_qs), exams.said());
        QCOMPARE(exams.lines().last(), u"1 record(s) of 旗交通运输局."_qs);

        const Run none = cli({u"records"_qs, u"meetings"_qs});
        QVERIFY2(none.code == 0 && none.out == u"0 record(s).\n"_qs, none.said());
    }

    void recordsListsJson()
    {
        importLists();
        QJsonObject root = recordsJson({u"exams"_qs});
        QCOMPARE(root.value(u"kind"_qs).toString(), u"exams"_qs);
        QVERIFY(root.value(u"unit"_qs).isNull());
        QJsonArray records = root.value(u"records"_qs).toArray();
        QCOMPARE(records.size(), 2);
        for (const QJsonValue &v : records) {
            const QJsonObject e = v.toObject();
            // 凡考试必培训: 旗交通运输局's exam (05-02) came before its only training (06-01).
            QCOMPARE(e.value(u"training_before"_qs).toBool(), e.value(u"unit"_qs).toString() == u"旗公安局"_qs);
        }

        root = recordsJson({u"major-penalties"_qs, u"--unit"_qs, u"旗交通运输局"_qs});
        QCOMPARE(root.value(u"unit"_qs).toString(), u"旗交通运输局"_qs);
        records = root.value(u"records"_qs).toArray();
        QCOMPARE(records.size(), 1);
        const QJsonObject f = records.first().toObject();
        QCOMPARE(f.value(u"case_number"_qs).toString(), u"奈交罚〔2022〕7号"_qs);
        QCOMPARE(f.value(u"decided_on"_qs).toString(), u"2022-05-01"_qs);
        QCOMPARE(f.value(u"due"_qs).toString(), u"2022-05-16"_qs);
        QCOMPARE(f.value(u"late_days"_qs).toInt(), 1);

        records = recordsJson({u"trainings"_qs}).value(u"records"_qs).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).toObject().value(u"hours"_qs).toDouble(), 1.5);
        QCOMPARE(recordsJson({u"guiding-cases"_qs}).value(u"records"_qs).toArray().size(), 0);
    }

    void recordsRefusesWhatItCannotList()
    {
        Run run = cli({u"records"_qs, u"lectures"_qs});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"trainings|exams|meetings|major-penalties|guiding-cases"_qs), run.said());
        run = cli({u"records"_qs});
        QCOMPARE(run.code, 1);
        run = cli({u"records"_qs, u"meetings"_qs, u"--unit"_qs, u"旗公安局"_qs});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"leave out --unit"_qs), run.said());
        run = cli({u"records"_qs, u"trainings"_qs, u"--unit"_qs, u"旗水务局"_qs});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"旗水务局"_qs), run.said());
    }
};

QTEST_GUILESS_MAIN(TestCliAreaRecords)
#include "tst_cliarearecords.moc"
