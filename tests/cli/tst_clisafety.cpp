// oversight-cli's data-safety commands (backup, restore, verify) and every kind of damaged file, run as a
// script runs them: the real program in a child process, its exit code, stdout and stderr.
#include "../storage/safetytesting.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QCryptographicHash>
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
        QCOMPARE(safety::withoutRestoreRecord(safety::dump(db)), safety::withoutRestoreRecord(backedUp));
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

    // A real full disk: a 3 MB tmpfs (room for a new database with every table, not for 60,000 units), when
    // the test may mount one (root, outside a restricted container).
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

        // Issue 19, hole 14: a disk with no room at all says so, even before the lock file.
        {
            QFile filler(QDir(disk).filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        run = cli(db, {QStringLiteral("import"), QStringLiteral("units"), csv});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("no space left on")), run.said());
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

    // Issue 19, hole 1: two `import units` through two names (a hard link) must not both write.
    void hardLinkedFileIsRefusedForWriting()
    {
        QTemporaryDir dir;
        const QString db = database(dir, 2);
        const QString other = dir.filePath(QStringLiteral("other-name.sqlite"));
        QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(other).constData()), 0);
        const QString csv = dir.filePath(QStringLiteral("new.csv"));
        QVERIFY(safety::writeFile(csv, unitsCsv(QStringLiteral("新"), 3)));
        for (const QString &name : {db, other}) {
            Run run = cli(name, {QStringLiteral("import"), QStringLiteral("units"), csv});
            QVERIFY2(run.code == 3, run.said());
            QVERIFY2(run.err.contains(QStringLiteral("hard links")), run.said());
            run = cli(name, {QStringLiteral("status")});
            QVERIFY2(run.code == 0, run.said()); // reading works
        }
        QCOMPARE(unitCount(db), 2);
    }

    // Issue 19, holes 8 and 14: a healthy file on a read-only disk is read, not called damaged; writes say
    // "read-only"; nothing is left beside it.
    void readOnlyDisk()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = database(dir, 3, QStringLiteral("ro/desk.sqlite"));
        QCOMPARE(unitCount(db), 3);
        const QStringList before = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        if (::geteuid() != 0 ||
            QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), folder, folder}) != 0)
            QSKIP("cannot bind-mount a folder here");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
        } unmount{folder};
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), folder}),
                 0);
        Run run = cli(db, {QStringLiteral("status")});
        QVERIFY2(run.code == 0, run.said());
        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 0, run.said());
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        run = cli(db, {QStringLiteral("backup"), copy});
        QVERIFY2(run.code == 0, run.said());
        QCOMPARE(unitCount(copy), 3);
        run = cli(
            db, {QStringLiteral("ledger"), QStringLiteral("--out"), dir.filePath(QStringLiteral("l.xlsx"))});
        QVERIFY2(run.code == 0, run.said());
        const QString csv = dir.filePath(QStringLiteral("new.csv"));
        QVERIFY(safety::writeFile(csv, unitsCsv(QStringLiteral("新"), 3)));
        run = cli(db, {QStringLiteral("import"), QStringLiteral("units"), csv});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("read-only")), run.said());
        QVERIFY2(!run.err.contains(QStringLiteral("damaged")), run.said());
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), before);
    }

    // Issue 19, hole 6: verify hashes every stored evidence file; backup and restore refuse without them.
    void evidenceIsVerifiedAndTravels()
    {
        QTemporaryDir dir;
        const QString db = database(dir, 1);
        QVERIFY(
            safety::writeFile(dir.filePath(QStringLiteral("p.csv")),
                              QStringLiteral("单位名称,改革领域,问题来源,问题描述,整改措施,责任人,整改时限,"
                                             "整改状态\n苏木1,2,抽检,案卷缺少送达回证,补充,张伟,2022-09-15,"
                                             "待核查\n")
                                  .toUtf8()));
        QCOMPARE(cli(db, {QStringLiteral("import"), QStringLiteral("problems"),
                          dir.filePath(QStringLiteral("p.csv"))})
                     .code,
                 0);
        const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(safety::writeFile(photo, "the rectified register"));
        Run run = cli(db, {QStringLiteral("ledger"), QStringLiteral("evidence"), QStringLiteral("1"), photo});
        QVERIFY2(run.code == 0, run.said());
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash("the rectified register", QCryptographicHash::Sha256).toHex());
        const QString stored = dir.filePath(QStringLiteral("attachments/") + hash);
        QVERIFY(QFileInfo::exists(stored));
        QCOMPARE(cli(db, {QStringLiteral("verify")}).code, 0);

        QVERIFY(safety::writeFile(stored, "overwritten"));
        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("changed: ") + hash), run.said());

        QVERIFY(QFile::remove(stored));
        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("missing: ") + hash + QStringLiteral(" (photo.jpg)")),
                 run.said());
        const QString backup = dir.filePath(QStringLiteral("usb/b.sqlite"));
        run = cli(db, {QStringLiteral("backup"), backup});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.err.contains(hash), run.said());
        QVERIFY(!QFileInfo::exists(backup));
        run = cli(db, {QStringLiteral("backup"), backup, QStringLiteral("--allow-missing-evidence")});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.err.contains(hash), run.said());
        run = cli(db, {QStringLiteral("restore"), backup});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.err.contains(hash), run.said());
        run = cli(db, {QStringLiteral("restore"), backup, QStringLiteral("--allow-missing-evidence")});
        QVERIFY2(run.code == 0, run.said());
    }

    // Issue 19, hole 11: the end of the log cut off (and its head rewritten to match) is found by the
    // backups beside the database and by --against.
    void verifyComparesTheLogWithBackups()
    {
        QTemporaryDir dir;
        const QString db = database(dir, 5);
        const QString automatic = dir.filePath(QStringLiteral("backups/desk-20220509-090000.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("backup"), automatic}).code, 0);
        const QString usb = dir.filePath(QStringLiteral("usb.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("backup"), usb}).code, 0);
        Run run = cli(db, {QStringLiteral("verify"), QStringLiteral("--against"), usb});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("2 of 2 backups agree")), run.said());

        (void)safety::scalar(
            db, {QStringLiteral("DELETE FROM audit_log WHERE id > 3"),
                 QStringLiteral("UPDATE meta SET value = (SELECT count(*) FROM audit_log) || ':' || "
                                "(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) WHERE key = "
                                "'audit_head'")});
        QCOMPARE(safety::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 3);
        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("the log ends after entry 3")), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("Audit log: 3 entries, the chain is intact")), run.said());
        QFile::remove(automatic);
        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 0, run.said()); // no anchor left beside it
        run = cli(db, {QStringLiteral("verify"), QStringLiteral("--against"), usb});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("usb.sqlite")), run.said());
        run = cli(db, {QStringLiteral("verify"), QStringLiteral("--against"),
                       dir.filePath(QStringLiteral("none"))});
        QVERIFY2(run.code == 2, run.said());
    }

    // Issue 19, audit anchors: each issued document keeps the chain's head (in its row and its PDF), and
    // each printed ledger or report carries it in the file. An entry rewritten and the chain and its head
    // hashed anew, or the log cut short, no longer ends there with that hash: verify names the anchor and
    // where the change lies.
    void verifyComparesTheLogWithDocumentsAndPrintedFiles()
    {
        QTemporaryDir dir;
        const QString db = database(dir, 3);
        const QString today = QStringLiteral("2022-07-20");
        const auto remind = [&](const QString &unit, const QString &out) {
            return cli(db, {QStringLiteral("--today"), today, QStringLiteral("notice"), QStringLiteral("reminder"),
                            QStringLiteral("--unit"), unit, QStringLiteral("--out"), out});
        };
        Run run = remind(QStringLiteral("苏木1"), dir.filePath(QStringLiteral("first.pdf")));
        QVERIFY2(run.code == 0, run.said());
        const qint64 firstHead = safety::scalar(db, QStringLiteral("SELECT audit_entries FROM documents")).toLongLong();
        QCOMPARE(firstHead, safety::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE id < (SELECT "
                                                              "max(id) FROM audit_log)")).toLongLong());
        const QString ledgerPdf = dir.filePath(QStringLiteral("ledger.pdf"));
        const QString ledgerXlsx = dir.filePath(QStringLiteral("ledger.xlsx"));
        const QString summary = dir.filePath(QStringLiteral("summary.pdf"));
        QCOMPARE(cli(db, {QStringLiteral("ledger"), QStringLiteral("--out"), ledgerPdf}).code, 0);
        QCOMPARE(cli(db, {QStringLiteral("ledger"), QStringLiteral("--out"), ledgerXlsx}).code, 0);
        QCOMPARE(cli(db, {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--out"), summary}).code, 0);
        // More history, then a second notice with a later head.
        const QString csv = dir.filePath(QStringLiteral("more.csv"));
        safety::writeFile(csv, unitsCsv(QStringLiteral("嘎查"), 2));
        QCOMPARE(cli(db, {QStringLiteral("import"), QStringLiteral("units"), csv}).code, 0);
        run = remind(QStringLiteral("苏木2"), dir.filePath(QStringLiteral("second.pdf")));
        QVERIFY2(run.code == 0, run.said());
        const qint64 secondHead =
            safety::scalar(db, QStringLiteral("SELECT max(audit_entries) FROM documents")).toLongLong();
        QVERIFY(secondHead > firstHead + 1);
        // The head is in the issued PDF too (its metadata, not its page).
        QVERIFY(safety::readFile(dir.filePath(QStringLiteral("second.pdf")))
                    .contains(QStringLiteral("<od:auditHead>%1:").arg(secondHead).toLatin1()));

        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("2 of 2 issued documents agree")), run.said());
        // The notice recorded the head before its own "issue" entry; the files printed after it, one more.
        const QString first = dir.filePath(QStringLiteral("first.pdf"));
        for (const QString &file : {first, ledgerPdf, ledgerXlsx, summary}) {
            run = cli(db, {QStringLiteral("verify"), QStringLiteral("--against"), file});
            QVERIFY2(run.code == 0, run.said());
            QVERIFY2(run.out.contains(QStringLiteral("Audit anchor: the file %1 agrees with the log up to entry %2")
                                          .arg(QDir::toNativeSeparators(file))
                                          .arg(file == first ? firstHead : firstHead + 1)),
                     run.said());
        }
        run = cli(db, {QStringLiteral("verify"), QStringLiteral("--against"), csv});
        QVERIFY2(run.code == 2, run.said());
        QVERIFY2(run.err.contains(QStringLiteral("holds no audit anchor")), run.said());

        // A copy to cut short later.
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("backup"), copy}).code, 0);

        // Rewritten between the two notices, the chain and its head hashed anew: the log verifies on its own,
        // the first notice still agrees, the second does not, and the change is placed between them.
        const qint64 forged = firstHead + 2;
        QVERIFY(safety::forgeAuditChain(
            db, {QStringLiteral("UPDATE audit_log SET actor = 'forger' WHERE id = %1").arg(forged)}));
        run = cli(db, {QStringLiteral("verify")});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("the chain is intact")), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("1 of 2 issued documents agree")), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("recorded the log up to entry %1").arg(secondHead)), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("the change lies in entries %1 to %2").arg(firstHead + 1).arg(secondHead)),
                 run.said());
        QVERIFY2(run.err.contains(QStringLiteral("document ")), run.said());
        // A printed file from before the change agrees; the ledger named shows where it stood.
        run = cli(db, {QStringLiteral("verify"), QStringLiteral("--against"), ledgerPdf});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("agrees with the log up to entry %1").arg(firstHead + 1)),
                 run.said());

        // An entry before the first anchor rewritten: the printed files name it too.
        QVERIFY(safety::forgeAuditChain(db, {QStringLiteral("UPDATE audit_log SET actor = 'forger' WHERE id = 2")}));
        run = cli(db, {QStringLiteral("verify"), QStringLiteral("--against"), ledgerXlsx});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("Audit anchor: the file %1 recorded the log up to entry %2")
                                      .arg(QDir::toNativeSeparators(ledgerXlsx))
                                      .arg(firstHead + 1)),
                 run.said());
        QVERIFY2(run.out.contains(QStringLiteral("0 of 2 issued documents agree")), run.said());

        // The copy's last entries dropped (the head rewritten to match): the second notice finds them gone.
        QVERIFY(safety::forgeAuditChain(
            copy, {QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(secondHead - 2)}));
        run = cli(copy, {QStringLiteral("verify")});
        QVERIFY2(run.code == 3, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("the chain is intact")), run.said());
        QVERIFY2(run.err.contains(QStringLiteral("entries were removed from its end (entry %1 onwards)")
                                      .arg(secondHead - 1)),
                 run.said());
        // An anchor's row cannot be changed to match.
        QVERIFY(!safety::forgeAuditChain(
            copy, {QStringLiteral("UPDATE documents SET audit_entries = %1").arg(secondHead - 2)}));
    }

    // Issue 19, hole 9: a killed backup's copy is gone at the next start.
    void staleCopiesOfAKilledBackupGo()
    {
        QTemporaryDir dir;
        const QString db = database(dir, 2);
        const QString stale =
            dir.filePath(QStringLiteral(".usb.sqlite.partial.oversight-tmp-4194305-0123456789ab"));
        QVERIFY(safety::writeFile(stale, "complainant data"));
        QCOMPARE(cli(db, {QStringLiteral("status")}).code, 0);
        QVERIFY(!QFileInfo::exists(stale));
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
