// Opening files: migrations from empty, WAL and foreign keys, the lock, and every kind of file we refuse.
#include "storage/database.h"
#include "storage/migrations.h"
#include "tempworkspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

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
