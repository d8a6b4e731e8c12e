// Opening files: migrations from empty, WAL and foreign keys, the lock, and every kind of file we refuse.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlfile.h"
#include "storage/tempfiles.h"
#include "tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace oversight;

namespace {

QVariant pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + name);
    q.next();
    return q.value(0);
}

// Writes a raw SQLite file with another program's schema or version, through a connection of its own.
void writeForeignDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        auto db = Database::open(path, Database::Mode::OpenOrCreate);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        QVERIFY((*db)->wasCreated());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(Database::latestSchemaVersion(), migrations().back().version);
        QCOMPARE(pragma(**db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")).toInt(), 1);
        for (const char *table : {"meta", "campaigns", "units", "audit_log"}) {
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                    .arg(QLatin1String(table))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void migrationsAreNumberedInOrder()
    {
        // Rising from 1; parallel branches hold numbers of their own until the merge closes the gaps.
        int previous = 0;
        QCOMPARE(migrations().front().version, 1);
        for (const Migration &m : migrations()) {
            QVERIFY2(m.version > previous, qPrintable(QString::number(m.version)));
            previous = m.version;
        }
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            auto db = Database::open(path, Database::Mode::CreateNew);
            QVERIFY(db.ok());
            QVERIFY(QSqlQuery((*db)->connection())
                        .exec(QStringLiteral("INSERT INTO meta VALUES ('probe', 'x')")));
        }
        auto again = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(again.ok());
        QVERIFY(!(*again)->wasCreated());
        QSqlQuery q((*again)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'probe'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("x"));
    }

    void createNewRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("there.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        auto db = Database::open(path, Database::Mode::CreateNew);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Invalid);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void openExistingNeedsAFile()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("none.sqlite")), Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            QVERIFY(Database::open(path, Database::Mode::CreateNew).ok());
        }
        writeForeignDatabase(
            path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::TooNew);
        QVERIFY(db.error().message.contains(QString::number(Database::latestSchemaVersion() + 1)));
        auto ro = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(!ro.ok());
        QCOMPARE(ro.error().code, Error::Code::TooNew);
    }

    void refusesOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is a letter, not a database\n");
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a');
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\x00", 18);
    }

    void refusesOtherFiles()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        for (auto mode :
             {Database::Mode::OpenOrCreate, Database::Mode::OpenExisting, Database::Mode::ReadOnly}) {
            auto db = Database::open(path, mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, Error::Code::Damaged);
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // never overwritten
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        writeForeignDatabase(path, {QStringLiteral("CREATE TABLE songs (title TEXT)")});
        auto db = Database::open(path, Database::Mode::OpenOrCreate);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::Damaged);
    }

    // An empty file where a database should be is damage (a copy cut off, a full disk), not a new start:
    // it is refused and left as it is.
    void emptyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        for (auto mode :
             {Database::Mode::OpenOrCreate, Database::Mode::OpenExisting, Database::Mode::ReadOnly}) {
            auto db = Database::open(path, mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, Error::Code::Damaged);
            QVERIFY(db.error().detail.contains(QStringLiteral("empty")));
        }
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    // A file its owner made read-only is refused for writing (even for root, who could write it), and still
    // read for reports.
    void readOnlyFileIsRefusedForWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        QVERIFY(Database::open(path, Database::Mode::CreateNew).ok());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        for (auto mode : {Database::Mode::OpenOrCreate, Database::Mode::OpenExisting}) {
            auto db = Database::open(path, mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, Error::Code::Io);
            QVERIFY(db.error().message.contains(QStringLiteral("read-only")));
        }
        QVERIFY(Database::open(path, Database::Mode::ReadOnly).ok());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }

    void cutOffFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
        {
            auto db = Database::open(path, Database::Mode::CreateNew);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (zeroblob(100000))")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        f.close();
        for (const qsizetype length : {whole.size() / 2 / 4096 * 4096, whole.size() - 100}) {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(whole.left(length));
            f.close();
            auto db = Database::open(path, Database::Mode::OpenExisting);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, Error::Code::Damaged);
            QVERIFY2(db.error().detail.contains(QStringLiteral("cut off")), qPrintable(db.error().detail));
            QCOMPARE(QFileInfo(path).size(), length);
        }
    }

    // A program killed between creating its lock file and writing its name in it leaves an empty lock file:
    // nobody holds it, so it must not keep the database locked for ever.
    void emptyLockFileIsStale()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
        QVERIFY(Database::open(path, Database::Mode::CreateNew).ok());
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        // … while a living holder still keeps a second writer out.
        auto second = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
    }

    void lockKeepsASecondWriterOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        auto first = Database::open(path, Database::Mode::OpenOrCreate);
        QVERIFY(first.ok());
        auto second = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
        QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));

        auto reader = Database::open(path, Database::Mode::ReadOnly); // reports still work
        QVERIFY(reader.ok());
        QVERIFY((*reader)->isReadOnly());
        QVERIFY(
            !QSqlQuery((*reader)->connection()).exec(QStringLiteral("INSERT INTO meta VALUES ('x', 'y')")));

        first = makeError(Error::Code::Invalid, QString()); // closes the first copy
        auto third = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(third.ok(), qPrintable(third.ok() ? QString() : third.error().fullText()));
    }

    void staleLockOfADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
        {
            QVERIFY(Database::open(path, Database::Mode::CreateNew).ok());
        }
        // A lock file left by a process that no longer runs (pid 2^22 + 1 is above Linux's default pid_max).
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4194305\noversight-desk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
    }

    // Issue 19, hole 1: two names for one file must not give two writers.
    void hardLinkedFileIsRefusedForWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one.sqlite"));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QVERIFY(Database::open(path, Database::Mode::CreateNew).ok());
        }
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
        for (const QString &name : {path, other}) {
            auto db = Database::open(name, Database::Mode::OpenExisting);
            QVERIFY(!db.ok());
            QVERIFY2(db.error().message.contains(QStringLiteral("hard links")),
                     qPrintable(db.error().message));
            QVERIFY(Database::open(name, Database::Mode::ReadOnly).ok()); // reading it still works
        }
    }

    // A hard link made while a writer holds the file: the second name still meets the first's lock.
    void everyNameOfTheFileSharesTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("one.sqlite"));
        auto first = Database::open(path, Database::Mode::CreateNew);
        QVERIFY(first.ok());
        const QString link = dir.filePath(QStringLiteral("sub/link.sqlite"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        QVERIFY(QFile::link(path, link));
        auto viaSymlink = Database::open(link, Database::Mode::OpenExisting);
        QVERIFY(!viaSymlink.ok());
        QCOMPARE(viaSymlink.error().code, Error::Code::Locked);
        QVERIFY2(viaSymlink.error().message.contains(QStringLiteral("another copy")),
                 qPrintable(viaSymlink.error().message));
        QVERIFY(!QFileInfo::exists(link + QStringLiteral(".lock")));
        // The identity lock alone (another folder's lock file, as a hard link there would have).
        const int fd = SqliteFile::lockIdentity(path);
        QCOMPARE(fd, -1);
        QCOMPARE(QFile::permissions(path + QStringLiteral(".lock")) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    // Issue 19, hole 7: an upgrade that fails leaves the file as it was, byte for byte.
    void failedUpgradeLeavesTheFileUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(OVERSIGHT_TEST_DATA "/db/schema-v1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        // Something in the way of step 3 (which creates complaints): steps 2 and 3 must not half happen.
        writeForeignDatabase(path, {QStringLiteral("CREATE TABLE complaints (x)")});
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("unchanged at schema 1")),
                 qPrintable(db.error().fullText()));
        db = makeError(Error::Code::Invalid, QString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, Error::Code::Outdated); // still schema 1
    }

    // Issue 19, hole 9: copies left by a killed backup or restore go at the next start; a live one stays.
    void staleTemporaryFilesAreRemovedAtTheNextStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
        {
            QVERIFY(Database::open(path, Database::Mode::CreateNew).ok());
        }
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("backups"))));
        const QStringList stale{
            dir.filePath(QStringLiteral(".desk.sqlite.restore.oversight-tmp-4194305-0123456789ab")),
            dir.filePath(QStringLiteral(".desk.sqlite.restore.oversight-tmp-4194305-0123456789ab-wal")),
            dir.filePath(
                QStringLiteral("backups/.desk-20220101-000000.sqlite.partial.oversight-tmp-4194305-ab")),
        };
        const QString live = TempFiles::beside(path, QStringLiteral("partial"));
        const QString foreign = dir.filePath(QStringLiteral(".desk.sqlite.notes"));
        for (const QString &name : stale + QStringList{live, foreign}) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("complainant data");
        }
        QVERIFY(TempFiles::isTemporary(QFileInfo(live).fileName()));
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        for (const QString &name : stale)
            QVERIFY2(!QFileInfo::exists(name), qPrintable(name));
        QVERIFY(QFileInfo::exists(live));    // this process is alive
        QVERIFY(QFileInfo::exists(foreign)); // not ours
    }

    // Issue 19, hole 14: a file refused for reading leaves no empty -wal / -shm behind.
    void refusedFileLeavesNoCompanions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            QVERIFY(Database::open(path, Database::Mode::CreateNew).ok());
        }
        writeForeignDatabase(path, {QStringLiteral("PRAGMA user_version = 999")});
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        for (const Database::Mode mode : {Database::Mode::ReadOnly, Database::Mode::OpenExisting}) {
            auto db = Database::open(path, mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, Error::Code::TooNew);
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        }
    }

    void foreignKeysAreEnforced()
    {
        TempWorkspace t;
        QVERIFY(
            !t.run(QStringLiteral("INSERT INTO units (campaign_id, name, category, created_at, updated_at) "
                                  "VALUES (999, 'x', 'department', '', '')")));
        QVERIFY(
            !t.run(QStringLiteral("INSERT INTO units (campaign_id, name, category, created_at, updated_at) "
                                  "VALUES (%1, 'x', 'ministry', '', '')")
                       .arg(t.campaign.value)));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
