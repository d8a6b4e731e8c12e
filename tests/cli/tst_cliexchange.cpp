// oversight-cli import / template / export, run as a real process on fixture files written by other
// programs (tests/data/exchange).
#include "exchange/table.h"
#include "exchange/xlsxreader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
    [[nodiscard]] QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    [[nodiscard]] QByteArray said() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err).toUtf8();
    }
};

QString fixture(const QString &name)
{
    return QStringLiteral(OVERSIGHT_TEST_DATA "/exchange/") + name;
}
} // namespace

class TestCliExchange final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/xdg"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(OVERSIGHT_CLI),
                QStringList{u"--lang"_qs, u"en"_qs, u"--db"_qs, m_db} + arguments);
        Run run;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return run;
        }
        run.code = p.exitCode();
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(
            QStringLiteral("%1-%2.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++n));
        const Run run = cli({u"init"_qs});
        QVERIFY2(run.code == 0, run.said());
    }

    void importThenReimport()
    {
        const Run first = cli({u"import"_qs, u"units"_qs, fixture(u"units-gb18030.csv"_qs)});
        QVERIFY2(first.code == 0, first.said());
        QVERIFY2(first.out.contains(u"5 added, 0 updated, 0 unchanged"_qs), first.said());
        const Run again = cli({u"import"_qs, u"units"_qs, fixture(u"units-openpyxl.xlsx"_qs)});
        QVERIFY2(again.code == 0, again.said());
        QVERIFY2(again.out.contains(u"0 added, 0 updated, 5 unchanged"_qs), again.said());
    }

    void rejectedFileNamesEveryCellAndWritesNothing()
    {
        const Run run = cli({u"import"_qs, u"units"_qs, fixture(u"units-bad.xlsx"_qs)});
        QCOMPARE(run.code, 2);
        const QStringList lines = run.errLines();
        QVERIFY2(lines.size() == 5, run.said());
        QVERIFY(lines.at(0).startsWith(u"units-bad.xlsx:3:A: "_qs));
        QVERIFY(lines.at(1).startsWith(u"units-bad.xlsx:3:B: "_qs));
        QVERIFY(lines.at(2).startsWith(u"units-bad.xlsx:3:D: "_qs));
        QVERIFY(lines.at(3).startsWith(u"units-bad.xlsx:5:A: "_qs));
        QVERIFY(lines.at(4).contains(u"nothing was imported"_qs));
        QVERIFY(run.out.isEmpty());
        const Run status = cli({u"status"_qs, u"--json"_qs});
        QVERIFY2(status.out.contains(u"\"units\": [\n    ]"_qs) || status.out.contains(u"\"units\": []"_qs),
                 status.said());
    }

    void dryRunWritesNothing()
    {
        const Run run = cli({u"import"_qs, u"units"_qs, u"--dry-run"_qs, fixture(u"units-openpyxl.xlsx"_qs)});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY(run.out.contains(u"5 added"_qs));
        QVERIFY(run.out.contains(u"--dry-run"_qs));
        const Run real = cli({u"import"_qs, u"units"_qs, fixture(u"units-openpyxl.xlsx"_qs)});
        QVERIFY2(real.out.contains(u"5 added"_qs), real.said()); // the dry run had added nothing
    }

    void damagedAndMissingFilesExitTwo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("truncated") << fixture(u"truncated.xlsx"_qs);
        QTest::newRow("not a zip") << fixture(u"not-a-zip.xlsx"_qs);
        QTest::newRow("missing") << fixture(u"nothing-here.csv"_qs);
    }
    void damagedAndMissingFilesExitTwo()
    {
        QFETCH(QString, file);
        const Run run = cli({u"import"_qs, u"units"_qs, file});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.errLines().size() >= 1 && run.err.contains(QFileInfo(file).fileName()), run.said());
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no kind") << QStringList{u"import"_qs};
        QTest::newRow("unknown kind") << QStringList{u"import"_qs, u"cats"_qs, u"x.csv"_qs};
        QTest::newRow("not yet") << QStringList{u"import"_qs, u"cases"_qs, u"x.csv"_qs};
        QTest::newRow("no file") << QStringList{u"import"_qs, u"units"_qs};
        QTest::newRow("template without out") << QStringList{u"template"_qs, u"units"_qs};
        QTest::newRow("template to pdf")
            << QStringList{u"template"_qs, u"units"_qs, u"--out"_qs, u"t.pdf"_qs};
        QTest::newRow("export without out") << QStringList{u"export"_qs, u"units"_qs};
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QVERIFY2(run.code == 1, run.said());
        QCOMPARE(run.errLines().size(), 1);
    }

    void exportImportsBackUnchangedAndTemplateHasHeaders()
    {
        QVERIFY(cli({u"import"_qs, u"units"_qs, fixture(u"units-quoted.csv"_qs)}).code == 0);
        const QString exported = m_dir.filePath(u"units-export.xlsx"_qs);
        const Run out = cli({u"export"_qs, u"units"_qs, u"--out"_qs, exported});
        QVERIFY2(out.code == 0, out.said());
        const Run back = cli({u"import"_qs, u"units"_qs, exported});
        QVERIFY2(back.code == 0 && back.out.contains(u"0 added, 0 updated, 3 unchanged"_qs), back.said());

        const QString tpl = m_dir.filePath(u"units-template.xlsx"_qs);
        const Run t = cli({u"template"_qs, u"units"_qs, u"--out"_qs, tpl});
        QVERIFY2(t.code == 0, t.said());
        auto table = openTable(tpl);
        QVERIFY(table);
        QStringList header;
        QVERIFY((*table)->read([&header](const SheetRow &r) {
            for (const Cell &c : r.cells)
                header.append(c.text);
            return false;
        }));
        QCOMPARE(header.mid(0, 4),
                 (QStringList{u"单位名称"_qs, u"单位类别"_qs, u"联系人"_qs, u"联系电话"_qs}));
        // An empty template imports as "no data rows", not as an error about headers.
        const Run empty = cli({u"import"_qs, u"units"_qs, tpl});
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains(u"no data rows"_qs), empty.said());
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cliexchange.moc"
