// Crash consistency of the data-safety operations (issue 19): the real oversight-cli runs a backup, a
// restore, a notice being issued, the ledger's evidence and close steps, or a spot-check draw, and is killed
// with SIGKILL at a random moment. The next start (opening the file as the app does) must find: a file that
// opens and verifies (integrity, audit chain, evidence files), no issued number without its stored PDF, no
// temporary file left, and each operation wholly done or not at all.
//
// OVERSIGHT_KILLS_PER_OPERATION sets the kills per operation (default 8 here; 40 gives the 200-kill run of
// issue 19, see bench/README.md).
#include "storage/attachmentstore.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/tempfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
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

struct Operation
{
    const char *name;
    QStringList arguments;
    QString checkTable; ///< a table whose row count tells the operation done or not
};

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace

class TestKillSafety final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;     ///< folder of the prepared database, copied before every run
    QString m_work;     ///< folder the runs work in
    QString m_backup;   ///< a backup of a later state (more units), for the restore
    QString m_evidence; ///< a file to attach
    qint64 m_baseUnits = 0;
    qint64 m_backupUnits = 0;
    int m_killsPerOperation = 8;

    QString db() const { return m_work + QStringLiteral("/desk.sqlite"); }

    int runCli(const QString &databasePath, const QStringList &arguments, int timeoutMs = 120000)
    {
        QProcess p;
        setUp(p, databasePath, arguments);
        p.start();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (p.exitCode() != 0)
            qWarning("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return p.exitCode();
    }

    void setUp(QProcess &p, const QString &databasePath, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(OVERSIGHT_CLI));
        p.setArguments(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                                   databasePath, QStringLiteral("--today"), QStringLiteral("2022-07-20")} +
                       arguments);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
    }

    bool fresh()
    {
        QDir(m_work).removeRecursively();
        return copyFolder(m_base, m_work);
    }

    /// The next start, then every check. Returns whether the operation's effect is there; fails the test
    /// (qFatal, naming the run) on any broken promise.
    bool checkAfterKill(const Operation &op, int run)
    {
        const QString where = QStringLiteral("%1 run %2").arg(QLatin1String(op.name)).arg(run);
        auto opened = Database::open(db(), Database::Mode::OpenExisting);
        if (!opened)
            qFatal("%s: the file does not open: %s", qPrintable(where),
                   qPrintable(opened.error().fullText()));
        Database &database = *opened.value();
        const Result<Verification> v = Backup::verify(database.connection());
        if (!v || !v->ok())
            qFatal("%s: the file does not verify: %s", qPrintable(where),
                   qPrintable(v ? v->integrityProblems.join(QLatin1Char(';')) + v->auditProblem
                                : v.error().fullText()));
        const Result<EvidenceCheck> evidence = Backup::checkEvidence(database.connection(), database.path());
        if (!evidence || !evidence->ok())
            qFatal("%s: evidence files do not verify", qPrintable(where));
        // No number without its PDF: every issued document reprints under its SHA-256.
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT id, pdf, pdf_sha256 FROM documents WHERE status <> 'draft'"));
        while (q.next()) {
            const QByteArray pdf = q.value(1).toByteArray();
            if (!pdf.startsWith("%PDF") ||
                QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()) !=
                    q.value(2).toString())
                qFatal("%s: document %lld is numbered without its PDF", qPrintable(where),
                       q.value(0).toLongLong());
        }
        m_orphanDrafts += scalar(database.connection(),
                                 QStringLiteral("SELECT count(*) FROM documents WHERE status = 'draft'"));
        // No temporary file of ours anywhere under the folder.
        QDirIterator it(m_work, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (TempFiles::isTemporary(QFileInfo(file).fileName()))
                qFatal("%s: a temporary file was left: %s", qPrintable(where), qPrintable(file));
        }
        if (QLatin1String(op.name) == QLatin1String("restore")) {
            const qint64 units = scalar(database.connection(), QStringLiteral("SELECT count(*) FROM units"));
            if (units != m_baseUnits && units != m_backupUnits)
                qFatal("%s: half a restore: %lld units", qPrintable(where), units);
            return units == m_backupUnits;
        }
        if (QLatin1String(op.name) == QLatin1String("backup")) {
            const QString copy = m_work + QStringLiteral("/copy.sqlite");
            if (!QFileInfo::exists(copy))
                return false;
            if (!Backup::inspect(copy))
                qFatal("%s: the backup has its name but does not check out", qPrintable(where));
            return true;
        }
        const qint64 rows = scalar(database.connection(), op.checkTable);
        return rows > 0;
    }

    qint64 m_orphanDrafts = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(OVERSIGHT_CLI)).isExecutable(), OVERSIGHT_CLI);
        m_killsPerOperation = qEnvironmentVariableIntValue("OVERSIGHT_KILLS_PER_OPERATION");
        if (m_killsPerOperation <= 0)
            m_killsPerOperation = 8;
        m_base = m_dir.filePath(QStringLiteral("base"));
        m_work = m_dir.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(m_base));
        const QString base = m_base + QStringLiteral("/desk.sqlite");
        auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile f(m_dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return f.fileName();
        };
        QByteArray units = "单位名称,单位类别\n旗公安局,部门\n旗市场监督管理局,部门\n";
        for (int i = 1; i <= 30; ++i)
            units += QStringLiteral("苏木%1,苏木乡镇\n").arg(i).toUtf8();
        QByteArray cases = "单位名称,案卷编号,案件名称,案件类型,当事人,办结日期,是否自查,自查等次\n";
        for (int i = 1; i <= 40; ++i)
            cases +=
                QStringLiteral("旗市场监督管理局,SJ-%1,案件%1,行政处罚,,2021-05-01,否,\n").arg(i).toUtf8();
        const QByteArray problems = "单位名称,改革领域,问题来源,问题描述,整改措施,责任人,整改时限,整改状态\n"
                                    "旗公安局,2,抽检,案卷缺少送达回证,补充送达回证,张伟,2022-09-15,待核查\n";
        QCOMPARE(runCli(base, {QStringLiteral("init")}), 0);
        QCOMPARE(runCli(base, {QStringLiteral("import"), QStringLiteral("units"),
                               write(QStringLiteral("u.csv"), units)}),
                 0);
        QCOMPARE(runCli(base, {QStringLiteral("import"), QStringLiteral("cases"),
                               write(QStringLiteral("c.csv"), cases)}),
                 0);
        QCOMPARE(runCli(base, {QStringLiteral("import"), QStringLiteral("problems"),
                               write(QStringLiteral("p.csv"), problems)}),
                 0);
        m_evidence = write(QStringLiteral("整改照片.jpg"), QByteArray(200 * 1024, 'j'));
        // The restore's backup: a later state with more units and the evidence, kept outside the folder.
        {
            const QString later = m_dir.filePath(QStringLiteral("later/desk.sqlite"));
            QVERIFY(copyFolder(m_base, m_dir.filePath(QStringLiteral("later"))));
            QCOMPARE(runCli(later, {QStringLiteral("import"), QStringLiteral("units"),
                                    write(QStringLiteral("u2.csv"),
                                          "单位名称,单位类别\n嘎查1,苏木乡镇\n嘎查2,苏木乡镇\n")}),
                     0);
            QCOMPARE(runCli(later, {QStringLiteral("ledger"), QStringLiteral("evidence"), QStringLiteral("1"),
                                    m_evidence}),
                     0);
            m_backup = m_dir.filePath(QStringLiteral("usb/backup.sqlite"));
            QCOMPARE(runCli(later, {QStringLiteral("backup"), m_backup}), 0);
        }
        auto opened = Database::open(base, Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        m_baseUnits = scalar(opened.value()->connection(), QStringLiteral("SELECT count(*) FROM units"));
        m_backupUnits = m_baseUnits + 2;
    }

    void survivesKills()
    {
        const QList<Operation> operations{
            {"backup", {QStringLiteral("backup"), QStringLiteral("%WORK%/copy.sqlite")}, {}},
            {"restore", {QStringLiteral("restore"), m_backup}, {}},
            {"notice",
             {QStringLiteral("notice"), QStringLiteral("reminder"), QStringLiteral("--unit"),
              QStringLiteral("旗公安局"), QStringLiteral("--out"), QStringLiteral("%WORK%/n.pdf")},
             QStringLiteral("SELECT count(*) FROM documents WHERE status = 'issued'")},
            {"evidence",
             {QStringLiteral("ledger"), QStringLiteral("evidence"), QStringLiteral("1"), m_evidence},
             QStringLiteral("SELECT count(*) FROM problem_evidence")},
            {"close",
             {QStringLiteral("ledger"), QStringLiteral("close"), QStringLiteral("1"),
              QStringLiteral("--note"), QStringLiteral("核查属实")},
             QStringLiteral("SELECT count(*) FROM problems WHERE status = 'closed'")},
            {"draw",
             {QStringLiteral("draw"), QStringLiteral("cases"), QStringLiteral("--count"), QStringLiteral("5"),
              QStringLiteral("--seed"), QStringLiteral("7")},
             QStringLiteral("SELECT count(*) FROM draws")},
        };
        QRandomGenerator random(20221204);
        int totalKills = 0;
        for (const Operation &op : operations) {
            QStringList arguments = op.arguments;
            arguments.replaceInStrings(QStringLiteral("%WORK%"), m_work);
            const bool close = QLatin1String(op.name) == QLatin1String("close");
            // The close step needs its evidence first: the base of its runs holds it.
            auto prepare = [&]() {
                QVERIFY(fresh());
                if (close)
                    QCOMPARE(runCli(db(), {QStringLiteral("ledger"), QStringLiteral("evidence"),
                                           QStringLiteral("1"), m_evidence}),
                             0);
            };
            prepare();
            QElapsedTimer clock;
            clock.start();
            QCOMPARE(runCli(db(), arguments), 0);
            const qint64 fullUs = std::max<qint64>(clock.nsecsElapsed() / 1000, 1000);
            QVERIFY(checkAfterKill(op, 0));

            int kills = 0, done = 0, notDone = 0, finishedFirst = 0, run = 0;
            qint64 rangeUs = fullUs * 11 / 10;
            while (kills < m_killsPerOperation && run < 4 * m_killsPerOperation) {
                ++run;
                prepare();
                QProcess p;
                setUp(p, db(), arguments);
                p.start();
                QVERIFY(p.waitForStarted());
                QThread::usleep(random.bounded(quint64(rangeUs)));
                if (p.state() == QProcess::Running) {
                    p.kill();
                    QVERIFY(p.waitForFinished());
                    ++kills;
                    rangeUs = std::min(rangeUs * 51 / 50, fullUs * 2);
                } else {
                    QVERIFY(p.waitForFinished());
                    ++finishedFirst;
                    rangeUs = std::max<qint64>(rangeUs * 9 / 10, 1000);
                }
                if (checkAfterKill(op, run))
                    ++done;
                else
                    ++notDone;
            }
            qInfo(
                "%s: %d runs, %d killed, %d finished first; afterwards done %d, not done %d; a full run took "
                "%lld ms",
                op.name, run, kills, finishedFirst, done, notDone, fullUs / 1000);
            QVERIFY2(kills >= m_killsPerOperation, op.name);
            totalKills += kills;
        }
        qInfo("%d kills in all: 0 integrity failures, 0 numbers without their PDF, 0 temporary files left; "
              "%lld unnumbered drafts left by killed notice runs",
              totalKills, m_orphanDrafts);
    }
};

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
