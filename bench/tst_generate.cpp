// The data set generator at its small size: the file it writes is a genuine database (the CLI's verify
// passes: integrity and the audit chain), holds the counts asked for in every part, is the same for the
// same seed, differs for another, and an existing file is never overwritten.
#include "domain/campaign.h"
#include "domain/problem.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/clock.h"
#include "services/ledgerservice.h"
#include "services/submissionservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "storage/campaignrepository.h"

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace oversight;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run generate(const QString &out, const QString &home, const QStringList &more = {})
{
    return run(QStringLiteral(OVERSIGHT_GENERATE),
               QStringList{QStringLiteral("--size"), QStringLiteral("small"), QStringLiteral("--out"), out} + more,
               home);
}

/// Every problem's text, campaign by campaign: what two runs with one seed must share.
QStringList problemTexts(Workspace &ws)
{
    QStringList texts;
    const std::vector<CampaignRow> campaigns = ws.campaigns().list().value();
    for (const CampaignRow &c : campaigns) {
        const std::vector<Problem> problems = ws.ledger().problems(c.id).value();
        for (const Problem &p : problems)
            texts << p.description;
    }
    return texts;
}

} // namespace

class TestGenerate final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void smallDataSetIsAGenuineDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("small.sqlite"));
        const Run made = generate(db, m_dir.path());
        QVERIFY2(made.code == 0, qPrintable(made.err));

        const Run verified = run(QStringLiteral(OVERSIGHT_CLI),
                                 {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                  QStringLiteral("verify")},
                                 m_dir.path());
        QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));

        const Run status = run(QStringLiteral(OVERSIGHT_CLI),
                               {QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--json")},
                               m_dir.path());
        QVERIFY2(status.code == 0, qPrintable(status.err));

        auto opened = Workspace::open(db, Database::Mode::OpenExisting,
                                      std::make_unique<FixedClock>(QDate(2023, 9, 20)), QStringLiteral("tester"));
        QVERIFY(opened);
        Workspace &ws = **opened;
        const auto campaigns = ws.campaigns().list();
        QVERIFY(campaigns);
        QCOMPARE(campaigns->size(), size_t(2));
        QCOMPARE(campaigns->at(0).year, 2022);
        QCOMPARE(campaigns->at(1).year, 2023);
        QVERIFY(ws.campaigns().current().value() == campaigns->at(1).id); // the newest is the current one

        size_t cases = 0, problems = 0, complaints = 0, closedProblems = 0;
        QSet<QString> names;
        for (const CampaignRow &row : *campaigns) {
            const Campaign c = ws.campaigns().campaign(row.id).value();
            const auto units = ws.units().units(row.id).value();
            QCOMPARE(units.size(), size_t(6));
            for (const Unit &u : units)
                names.insert(u.name);
            cases += ws.caseReview().caseFiles(row.id).value().size();
            const auto ledger = ws.ledger().problems(row.id).value();
            problems += ledger.size();
            for (const Problem &p : ledger) {
                QVERIFY2(p.description.size() >= 30 && p.description.size() <= 80, qPrintable(p.description));
                closedProblems += p.isClosed() ? 1 : 0;
            }
            complaints += ws.supervision().complaints(row.id).value().size();
            // The spot check drew its files and scored them (the current campaign half of them).
            const auto drawn = ws.caseReview().drawnFiles(row.id).value();
            // Every form of every unit was handed in; 附件7 by the units with drawn files only.
            QSet<qint64> drawnUnits;
            for (const DrawnFile &f : drawn)
                drawnUnits.insert(f.unit.value);
            QVERIFY(!drawnUnits.isEmpty());
            QCOMPARE(ws.submissions().submissions(row.id).value().size(),
                     units.size() * (c.forms.size() - 1) + size_t(drawnUnits.size()));
            QCOMPARE(drawn.size(), size_t(10));
            const int reviewed =
                int(std::count_if(drawn.begin(), drawn.end(), [](const DrawnFile &f) { return f.reviewed; }));
            QCOMPARE(reviewed, row.id == campaigns->at(0).id ? 10 : 5);
        }
        QCOMPARE(int(names.size()), 6); // the same six units carried into the second year
        QCOMPARE(cases, size_t(300));
        QCOMPARE(problems, size_t(120));
        QCOMPARE(complaints, size_t(20));
        QVERIFY(closedProblems > 0 && closedProblems < problems);
    }

    void sameSeedSameDataOtherSeedOtherData()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = m_dir.filePath(QStringLiteral("b.sqlite"));
        const QString c = m_dir.filePath(QStringLiteral("c.sqlite"));
        QCOMPARE(generate(a, m_dir.path(), {QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
        QCOMPARE(generate(b, m_dir.path(), {QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
        QCOMPARE(generate(c, m_dir.path(), {QStringLiteral("--seed"), QStringLiteral("8")}).code, 0);
        QStringList texts[3];
        int i = 0;
        for (const QString &file : {a, b, c}) {
            auto opened = Workspace::open(file, Database::Mode::OpenExisting,
                                          std::make_unique<FixedClock>(QDate(2023, 9, 20)), QStringLiteral("tester"));
            QVERIFY(opened);
            texts[i++] = problemTexts(**opened);
        }
        QCOMPARE(int(texts[0].size()), 120);
        QCOMPARE(texts[0], texts[1]);
        QVERIFY(texts[0] != texts[2]);
    }

    void refusesToOverwriteAndBadOptions()
    {
        const QString db = m_dir.filePath(QStringLiteral("kept.sqlite"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database, and kept as it is");
        }
        const Run again = generate(db, m_dir.path());
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("exists")), qPrintable(again.err));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not a database, and kept as it is"));

        const Run bad = generate(m_dir.filePath(QStringLiteral("x.sqlite")), m_dir.path(),
                                 {QStringLiteral("--cases"), QStringLiteral("many")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("--cases")), qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
