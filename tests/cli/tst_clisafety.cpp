// oversight-cli's data-safety commands (backup, restore, verify) and every kind of damaged file, run as a
// script runs them: the real program in a child process, its exit code, stdout and stderr.
#include "../storage/safetytesting.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace oversight;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    [[nodiscard]] QByteArray said() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err).toUtf8();
    }
};

/// A units list of `count` townships named PREFIX1 … PREFIXcount.
QByteArray unitsCsv(const QString &prefix, int count)
{
    QByteArray csv = "单位名称,单位类别\n";
    for (int i = 1; i <= count; ++i)
        csv += (prefix + QString::number(i)).toUtf8() + ",苏木乡镇\n";
    return csv;
}

qsizetype unitCount(const QString &path)
{
    return safety::scalar(path, QStringLiteral("SELECT count(*) FROM units")).toLongLong();
}

} // namespace

class TestCliSafety final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_work;
    /// When set, the child may write files no larger than this (a full disk, as far as it can tell).
    qint64 m_fileSizeLimit = 0;

    Run cli(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_work.path());
        if (m_fileSizeLimit > 0) {
            const rlim_t limit = rlim_t(m_fileSizeLimit);
            p.setChildProcessModifier([limit] {
                std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG
                const rlimit fsize{limit, limit};
                setrlimit(RLIMIT_FSIZE, &fsize);
            });
        }
        p.start(QStringLiteral(OVERSIGHT_CLI),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        Run run;
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
            p.kill();
            p.waitForFinished();
            run.err = QStringLiteral("the program did not finish normally: ") + p.errorString();
            return run;
        }
        run.code = p.exitCode();
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    Run cli(const QString &db, const QStringList &arguments)
    {
        return cli(QStringList{QStringLiteral("--db"), db} + arguments);
    }

    /// An initialised database in `dir` with `units` townships imported.
    QString database(const QTemporaryDir &dir, int units, const QString &name = QStringLiteral("desk.sqlite"))
    {
        const QString path = dir.filePath(name);
        Run run = cli(path, {QStringLiteral("init")});
        if (run.code != 0)
            qWarning("init: %s", run.said().constData());
        if (units > 0) {
            const QString csv = dir.filePath(name + QStringLiteral(".csv"));
            safety::writeFile(csv, unitsCsv(QStringLiteral("苏木"), units));
            run = cli(path, {QStringLiteral("import"), QStringLiteral("units"), csv});
            if (run.code != 0)
                qWarning("import: %s", run.said().constData());
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(OVERSIGHT_CLI)).isExecutable(), OVERSIGHT_CLI);
    }

    void backupRestoreVerify()
    {
        QTemporaryDir dir;
        const QString db = database(dir, 10);
        QCOMPARE(unitCount(db), 10);
        const QString backup = dir.filePath(QStringLiteral("usb/backup.sqlite"));
        Run run = cli(db, {QStringLiteral("backup"), backup});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("integrity check ok")), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("11 audit entries")), run.said());
        QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const safety::Dump backedUp = safety::dump(backup);

        // Never over an existing file.
        const QByteArray backupBytes = safety::readFile(backup);
        run = cli(db, {QStringLiteral("backup"), backup});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), run.said());
        QCOMPARE(safety::readFile(backup), backupBytes);

        // Later work, then the restore brings back exactly the backed-up state.
        const QString more = dir.filePath(QStringLiteral("more.csv"));
        QVERIFY(safety::writeFile(more, unitsCsv(QStringLiteral("嘎查"), 5)));
        QCOMPARE(cli(db, {QStringLiteral("import"), QStringLiteral("units"), more}).code, 0);
        QCOMPARE(unitCount(db), 15);
        const safety::Dump later = safety::dump(db);

        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("Integrity check: ok")), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("16 entries, the chain is intact")), run.said());

        run = cli(db, {QStringLiteral("restore"), backup});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("naiman-2022")), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("kept as")), run.said());
        QCOMPARE(safety::dump(db), backedUp);
        QCOMPARE(unitCount(db), 10);
        QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("desk.sqlite.before-restore-*")}, QDir::Files);
        aside.removeIf([](const QString &name) { // its WAL and index, left by the read-only verify
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(safety::dump(dir.filePath(aside.constFirst())), later);
        QCOMPARE(cli(db, {QStringLiteral("verify")}).code, 0);
        QCOMPARE(cli(db, {QStringLiteral("status")}).code, 0);
    }

    void verifyReportsTheBadEntry_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("said");
        QTest::newRow("changed") << QStringLiteral("changed audit entry")
                                 << QStringLiteral("entry 3 was changed after it was written");
        QTest::newRow("deleted") << QStringLiteral("deleted audit entry")
                                 << QStringLiteral("entry 3 was removed");
    }

    void verifyReportsTheBadEntry()
    {
        QFETCH(QString, damage);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString db = database(dir, 6);
        QVERIFY(safety::damage(db, damage));
        const Run run = cli(db, {QStringLiteral("verify")});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.out.contains(said), run.said());
        QVERIFY2(run.err.contains(said), run.said());
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one clear line
    }

    // Every kind of damaged file: a clear message naming the file, exit 3, and the file left as it was.
    void damagedFiles_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char *damage : {"empty", "text", "random bytes", "cut in half", "cut mid-page",
                                   "damaged page", "foreign", "newer version"})
            QTest::newRow(damage) << QString::fromLatin1(damage);
    }

    void damagedFiles()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString db = database(dir, 300);
        QVERIFY(safety::damage(db, damage));
        const QByteArray before = safety::readFile(db);
        const QString csv = dir.filePath(QStringLiteral("new.csv"));
        QVERIFY(safety::writeFile(csv, unitsCsv(QStringLiteral("新"), 3)));
        const QString name = QFileInfo(db).fileName();

        const QList<QStringList> commands{
            {QStringLiteral("status")},
            {QStringLiteral("verify")},
            {QStringLiteral("import"), QStringLiteral("units"), csv},
            {QStringLiteral("backup"), dir.filePath(QStringLiteral("copy.sqlite"))},
        };
        for (const QStringList &command : commands) {
            const Run run = cli(db, command);
            // A damaged page may lie where a report does not look; every other command must see it.
            if (damage == QLatin1String("damaged page") && command.constFirst() == QLatin1String("status") &&
                run.code == 0)
                continue;
            QVERIFY2(run.code == 3,
                     QByteArray(command.join(QLatin1Char(' ')).toUtf8() + '\n' + run.said()).constData());
            QVERIFY2(run.err.contains(name) || run.err.contains(QStringLiteral("damaged")), run.said());
            QVERIFY2(!run.err.contains(QStringLiteral("QSqlQuery")), run.said()); // words, not warnings
            QCOMPARE(safety::readFile(db), before);
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("copy.sqlite"))));
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        const QString db = database(dir, 3);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup));
        const QByteArray before = safety::readFile(db);
        const QString csv = dir.filePath(QStringLiteral("new.csv"));
        QVERIFY(safety::writeFile(csv, unitsCsv(QStringLiteral("新"), 3)));
        Run run = cli(db, {QStringLiteral("import"), QStringLiteral("units"), csv});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("read-only")), run.said());
        QCOMPARE(safety::readFile(db), before);
        // Reading it still works.
        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 0, run.said());
        QCOMPARE(cli(db, {QStringLiteral("status")}).code, 0);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    }

    // The disk fills up during an import. A file size limit on the child process stands in for the full
    // disk (the test cannot mount a small one): its writes past the limit fail as on a full disk.
    void fullDiskDuringAnImport()
    {
        QTemporaryDir dir;
        const QString db = database(dir, 5);
        const safety::Dump before = safety::dump(db);
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(safety::writeFile(csv, unitsCsv(QStringLiteral("嘎查"), 5000)));

        m_fileSizeLimit = std::max<qint64>(QFileInfo(db).size(), 256 * 1024) + 128 * 1024;
        Run run = cli(db, {QStringLiteral("import"), QStringLiteral("units"), csv});
        m_fileSizeLimit = 0;
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("nothing was saved")), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("disk")), run.said());

        QCOMPARE(safety::dump(db), before);
        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 0, run.said());
        // With room again the same import goes through.
        run = cli(db, {QStringLiteral("import"), QStringLiteral("units"), csv});
        QVERIFY2(run.code == 0, run.said());
        QCOMPARE(unitCount(db), 5005);
    }

    // A real full disk: a 3 MB tmpfs (room for a new database with every table, not for 60,000 units), when the test may mount one (root, outside a restricted container).
    void fullDiskOnASmallFileSystem()
    {
        QTemporaryDir dir;
        const QString disk = dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        if (::geteuid() != 0 ||
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=3m"), QStringLiteral("tmpfs"), disk}) != 0)
            QSKIP("cannot mount a small tmpfs here; fullDiskDuringAnImport stands in with a file size limit");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
        } unmount{disk};

        const QString db = QDir(disk).filePath(QStringLiteral("desk.sqlite"));
        Run run = cli(db, {QStringLiteral("init")});
        QVERIFY2(run.code == 0, run.said());
        const safety::Dump before = safety::dump(db);
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(safety::writeFile(csv, unitsCsv(QStringLiteral("嘎查"), 60000)));
        run = cli(db, {QStringLiteral("import"), QStringLiteral("units"), csv});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("The disk is full: nothing was saved")), run.said());
        QCOMPARE(safety::dump(db), before);
        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 0, run.said());
    }

    void restoreRefusesABadBackup_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        for (const char *damage : {"cut in half", "random bytes", "newer version", "deleted audit entry"})
            QTest::newRow(damage) << QString::fromLatin1(damage) << 3;
        QTest::newRow("missing") << QStringLiteral("missing") << 2;
    }

    void restoreRefusesABadBackup()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString db = database(dir, 300);
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("backup"), backup}).code, 0);
        QVERIFY(safety::damage(backup, damage));
        const QByteArray before = safety::readFile(db);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        const Run run = cli(db, {QStringLiteral("restore"), backup});
        QVERIFY2(run.code == code, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("backup.sqlite")), run.said());
        QCOMPARE(safety::readFile(db), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), files);
    }

    // The desktop app has the file open: a backup is still taken (a consistent picture), a restore waits.
    void whileAnotherCopyHasTheFileOpen()
    {
        QTemporaryDir dir;
        const QString db = database(dir, 4);
        auto app = Workspace::open(db, Database::Mode::OpenExisting);
        QVERIFY(app.ok());
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        Run run = cli(db, {QStringLiteral("backup"), backup});
        QVERIFY2(run.code == 0, run.said());
        QCOMPARE(unitCount(backup), 4);
        run = cli(db, {QStringLiteral("restore"), backup});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("another copy")), run.said());
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
