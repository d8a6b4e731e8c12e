// Crash consistency: oversight-cli imports a large units list and is killed with SIGKILL at random moments,
// hundreds of times. After every kill the file must open, pass PRAGMA integrity_check, its audit chain must
// verify, and the import must be wholly there or wholly absent (units and their audit entries together).
#include "services/campaignservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace oversight;

namespace {

constexpr int baseUnits = 10;
constexpr int importedUnits = 2000;
constexpr int killsWanted = 200;

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray unitsCsv(const QString &prefix, int count)
{
    QByteArray csv = "单位名称,单位类别\n";
    for (int i = 1; i <= count; ++i)
        csv += (prefix + QString::number(i)).toUtf8() + ",苏木乡镇\n";
    return csv;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

class TestKillImport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;
    QString m_csv;
    qint64 m_baseAudit = 0;

    QString work() const { return m_dir.filePath(QStringLiteral("work.sqlite")); }

    void startImport(QProcess &p)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(OVERSIGHT_CLI));
        p.setArguments(
            {QStringLiteral("--db"), work(), QStringLiteral("import"), QStringLiteral("units"), m_csv});
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start();
    }

    void freshCopy()
    {
        removeDatabase(work());
        QVERIFY(QFile::copy(m_base, work()));
        QVERIFY(QFile::setPermissions(work(), QFile::ReadOwner | QFile::WriteOwner));
    }

    /// Opens the file as the app would after the crash and checks it. Returns whether the import is there.
    bool checkAfterCrash(int iteration)
    {
        auto opened = Database::open(work(), Database::Mode::OpenExisting);
        if (!opened)
            qFatal("iteration %d: the file does not open after the kill: %s", iteration,
                   qPrintable(opened.error().fullText()));
        Database &db = *opened.value();
        const Result<Verification> verification = Backup::verify(db.connection());
        if (!verification || !verification->ok())
            qFatal("iteration %d: the file does not verify after the kill: %s", iteration,
                   qPrintable(verification ? verification->integrityProblems.join(QLatin1Char(';')) +
                                                 verification->auditProblem
                                           : verification.error().fullText()));
        const qint64 units = scalar(db, QStringLiteral("SELECT count(*) FROM units"));
        const qint64 audit = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const bool absent = units == baseUnits && audit == m_baseAudit;
        const bool whole = units == baseUnits + importedUnits && audit == m_baseAudit + importedUnits;
        if (!absent && !whole)
            qFatal("iteration %d: half an import: %lld units, %lld audit entries", iteration, units, audit);
        return whole;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        m_csv = m_dir.filePath(QStringLiteral("units.csv"));
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(unitsCsv(QStringLiteral("嘎查"), importedUnits));
        csv.close();

        auto ws = Workspace::open(m_base, Database::Mode::CreateNew, {}, QStringLiteral("tester"));
        QVERIFY(ws.ok());
        const auto campaign = ws.value()->campaigns().ensureDefault();
        QVERIFY(campaign.ok());
        for (int i = 1; i <= baseUnits; ++i) {
            Unit unit;
            unit.campaign = *campaign;
            unit.name = QStringLiteral("旗单位%1").arg(i);
            QVERIFY(ws.value()->units().create(unit).ok());
        }
        m_baseAudit = *AuditLog::count(ws.value()->database().connection());
    }

    void survivesKills()
    {
        // One import without a kill: it must go through, and its length sets the range of kill moments.
        freshCopy();
        QElapsedTimer clock;
        clock.start();
        {
            QProcess p;
            startImport(p);
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
        }
        const qint64 fullRunUs = std::max<qint64>(clock.nsecsElapsed() / 1000, 1000);
        QVERIFY(checkAfterCrash(0));

        QRandomGenerator random(20221128);
        // Kill moments are drawn from [0, range). The range follows the machine's pace: it shrinks when a run
        // ends before its kill, and grows back slowly, so that most runs are killed even on a busy machine.
        qint64 rangeUs = fullRunUs * 11 / 10;
        int kills = 0, whole = 0, absent = 0, finishedFirst = 0, iteration = 0;
        while (kills < killsWanted && iteration < 3 * killsWanted) {
            ++iteration;
            freshCopy();
            QProcess p;
            startImport(p);
            QVERIFY(p.waitForStarted());
            QThread::usleep(random.bounded(quint64(rangeUs)));
            bool killed = false;
            if (p.state() == QProcess::Running) {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished());
                killed = p.exitStatus() == QProcess::CrashExit;
            } else {
                QVERIFY(p.waitForFinished());
            }
            if (killed) {
                ++kills;
                rangeUs = std::min(rangeUs * 51 / 50, fullRunUs * 2);
            } else {
                ++finishedFirst;
                rangeUs = std::max<qint64>(rangeUs * 9 / 10, 1000);
            }
            if (checkAfterCrash(iteration))
                ++whole;
            else
                ++absent;
        }
        qInfo("%d runs, %d killed (import whole afterwards: %d, absent: %d), %d finished before the kill; "
              "a full run took %lld ms",
              iteration, kills, whole, absent, finishedFirst, fullRunUs / 1000);
        QVERIFY2(kills >= killsWanted, qPrintable(QStringLiteral("only %1 kills").arg(kills)));
        QVERIFY(absent > 0); // kills did land before the commit
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
