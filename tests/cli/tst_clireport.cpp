// oversight-cli's plain `status` (the attention table, then the figures) and `report summary --out` (PDF and
// XLSX), run as a real process on a small database.
#include "clirun.h"
#include "exchange/table.h"
#include "services/campaignservice.h"
#include "services/clock.h"
#include "services/ledgerservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

using clitest::Run;

class TestCliReport final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &arguments)
    {
        return clitest::runCli(m_home.path(), m_dir.path(), m_db, arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"report.sqlite"_qs);
        auto ws =
            Workspace::open(m_db, Database::Mode::CreateNew, std::make_unique<FixedClock>(QDate(2022, 9, 16)))
                .value();
        const CampaignId campaign = ws->campaigns().ensureDefault().value();
        Unit named;
        named.campaign = campaign;
        named.name = u"旗市场监督管理局"_qs;
        named.contactPerson = u"联系人"_qs;
        named.contactPhone = u"0000-0000000"_qs;
        const UnitId a = ws->units().create(named).value();
        Unit unnamed;
        unnamed.campaign = campaign;
        unnamed.name = u"青龙山镇"_qs;
        unnamed.category = Unit::Category::Township;
        QVERIFY(ws->units().create(unnamed).ok());
        Problem p;
        p.campaign = campaign;
        p.unit = a;
        p.area = 2;
        p.source = Problem::Source::SelfCheck;
        p.description = u"案卷缺少送达回证"_qs;
        p.measure = u"补充"_qs;
        p.owner = u"责任人"_qs;
        p.deadline = QDate(2022, 9, 20);
        QVERIFY(ws->ledger().add(p).ok());
    }

    void plainStatusPrintsTheAttentionTable()
    {
        const Run run = cli({u"--today"_qs, u"2022-09-16"_qs, u"status"_qs});
        QVERIFY2(run.code == 0, run.said());
        const QStringList lines = run.out.split(QLatin1Char('\n')); // an empty line ends the table
        const qsizetype heading = lines.indexOf(QRegularExpression(u"^What needs attention \\(\\d+\\):$"_qs));
        QVERIFY2(heading >= 0, run.said());
        const QString header = lines.value(heading + 1);
        for (const QString &word : {u"Severity"_qs, u"Due"_qs, u"Days"_qs, u"Unit"_qs, u"What"_qs})
            QVERIFY2(header.contains(word), qPrintable(header));
        QVERIFY(lines.value(heading + 2).startsWith(u"---"_qs));
        const auto lineWith = [&](const QString &a, const QString &b) {
            for (qsizetype i = heading + 3; i < lines.size() && !lines[i].isEmpty(); ++i)
                if (lines[i].contains(a) && lines[i].contains(b))
                    return lines[i];
            return QString();
        };
        // The township's missing contact (due 04-02), the problem due in 4 days, the forms not in.
        const QString contact = lineWith(u"青龙山镇"_qs, u"No campaign contact named"_qs);
        QVERIFY2(contact.startsWith(u"Overdue"_qs), run.said());
        QVERIFY2(contact.contains(u"2022-04-02"_qs) && contact.contains(u"167 days overdue"_qs),
                 qPrintable(contact));
        const QString problem = lineWith(u"旗市场监督管理局"_qs, u"案卷缺少送达回证"_qs);
        QVERIFY2(problem.startsWith(u"Due soon"_qs) && problem.contains(u"4 days left"_qs), run.said());
        QVERIFY2(!lineWith(u"旗市场监督管理局"_qs, u"Not handed in"_qs).isEmpty(), run.said());
        // Columns line up: "What" starts at the same place on every line of the table (ASCII dates and
        // severities; the unit column is padded by display width).
        QVERIFY(header.indexOf(u"Due"_qs) == lines.value(heading + 3).indexOf(u"2022-"_qs));
        // The figures follow, as before.
        QVERIFY2(lines.indexOf(QRegularExpression(
                     u"^Rectification ledger: 1 open \\(0 overdue\\), 0 closed$"_qs)) > heading,
                 run.said());

        // Before the contacts deadline came near, the township's line is only a note.
        const Run early = cli({u"--today"_qs, u"2022-03-24"_qs, u"status"_qs});
        QVERIFY2(early.code == 0, early.said());
        QVERIFY2(early.out.contains(QRegularExpression(u"\\nNote +2022-04-02 +9 days left +青龙山镇"_qs)),
                 early.said());
    }

    void summaryReportAsPdfAndXlsx()
    {
        const QString pdf = m_dir.filePath(u"summary.pdf"_qs);
        const Run run = cli({u"--today"_qs, u"2022-09-16"_qs, u"report"_qs, u"summary"_qs, u"--out"_qs, pdf});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(u"Summary report of 2 units, 6 pages"_qs), run.said());
        QProcess p;
        p.start(u"pdftotext"_qs, {pdf, u"-"_qs});
        QVERIFY(p.waitForFinished(60000));
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        text.remove(QRegularExpression(u"\\s"_qs));
        QVERIFY2(text.contains(u"总结验收统计"_qs), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"青龙山镇"_qs));
        QVERIFY(text.contains(u"统计截至2022年9月16日"_qs));

        const QString xlsx = m_dir.filePath(u"summary.xlsx"_qs);
        const Run book =
            cli({u"--today"_qs, u"2022-09-16"_qs, u"report"_qs, u"summary"_qs, u"--out"_qs, xlsx});
        QVERIFY2(book.code == 0, book.said());
        auto table = openTable(xlsx, u"各单位"_qs);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().fullText()));
        std::vector<QStringList> rows;
        QVERIFY((*table)
                    ->read([&rows](const SheetRow &row) {
                        if (row.isBlank())
                            return true;
                        QStringList cells;
                        for (const Cell &c : row.cells)
                            cells.append(c.text);
                        rows.push_back(cells);
                        return true;
                    })
                    .ok());
        QCOMPARE(rows.size(), size_t(3)); // header and two units
        QCOMPARE(rows[1].value(0), u"旗市场监督管理局"_qs);
        QCOMPARE(rows[1].value(12), u"1"_qs); // one problem found
        QCOMPARE(rows[1].value(13), u"0"_qs); // none closed

        QCOMPARE(cli({u"report"_qs, u"summary"_qs, u"--out"_qs, m_dir.filePath(u"x.txt"_qs)}).code, 1);
        QCOMPARE(cli({u"report"_qs, u"summary"_qs}).code, 1);
        QCOMPARE(cli({u"report"_qs, u"--out"_qs, pdf}).code, 1);
        QCOMPARE(cli({u"report"_qs, u"yearly"_qs, u"--out"_qs, pdf}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
