#include "database.h"

#include "migrations.h"
#include "sqlerror.h"
#include "sqlfile.h"
#include "tempfiles.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace oversight {

namespace {

Error damaged(const QString &path, const QString &detail = {})
{
    return makeError(
        Error::Code::Damaged,
        Database::tr("%1 is not an Oversight Desk database or is damaged. Open a backup copy, or "
                     "choose another file.")
            .arg(QDir::toNativeSeparators(path)),
        detail);
}

} // namespace

Database::~Database()
{
    if (m_db.isValid()) {
        if (m_db.isOpen() && !m_readOnly) {
            // Fold the WAL back so that the file on its own is complete when copied.
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    // Closed after SQLite's connection: closing a descriptor of the file drops the process's fcntl() locks.
    SqliteFile::unlockIdentity(m_identityLock);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/oversight.sqlite");
}

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::lockPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty while the file does not exist
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + QStringLiteral(".lock");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const QString native = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("No database file was named."));

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (mode == Mode::CreateNew && exists)
        return makeError(
            Error::Code::Invalid,
            tr("%1 already exists; init never overwrites a file. Choose a new file name.").arg(native));
    if ((mode == Mode::OpenExisting || mode == Mode::ReadOnly) && !exists)
        return makeError(
            Error::Code::NotFound,
            tr("%1 does not exist. Create it with \"oversight-cli --db FILE init\" or check the path.")
                .arg(native));
    if (exists && info.isDir())
        return damaged(path, tr("it is a folder"));

    const bool readOnlyPlace = !SqliteFile::placeIsWritable(info.absolutePath());
    if (exists) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Io,
                             tr("%1 cannot be read. Check the file's permissions.").arg(native),
                             f.errorString());
        // Empty, not SQLite, cut off: refused before SQLite sees it, so it is never written over.
        if (const auto problem = SqliteFile::problem(path))
            return damaged(path, *problem);
        if (mode != Mode::ReadOnly && readOnlyPlace)
            return makeError(Error::Code::Io,
                             tr("%1 is on a read-only disk or in a folder that cannot be written, so nothing "
                                "could be saved in it (reading it works). Copy it to a writable place to "
                                "change it.")
                                 .arg(native));
        // A file its owner marked read-only stays so, even for an administrator.
        if (mode != Mode::ReadOnly && (!(info.permissions() & QFile::WriteOwner) || !info.isWritable()))
            return makeError(Error::Code::Io,
                             tr("%1 is read-only, so nothing could be saved in it. Give yourself write "
                                "permission on the file, or open a copy of it.")
                                 .arg(native));
        // Two names for one file would give two locks: two writers could then lose each other's work.
        if (mode != Mode::ReadOnly && SqliteFile::linkCount(path) > 1)
            return makeError(Error::Code::Io,
                             tr("%1 has %2 names on the disk (hard links), so two programs could write it "
                                "at once without seeing each other; it can be read but not changed. Make a "
                                "backup copy and work on the copy, or remove the other names.")
                                 .arg(native)
                                 .arg(SqliteFile::linkCount(path)));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_readOnly = mode == Mode::ReadOnly;
    db->m_created = !exists;

    if (!db->m_readOnly) {
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(
                Error::Code::Io,
                tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
        if (auto r = db->lockForWriting(native); !r)
            return r.error();
    }
    // Copies left by a killed backup or restore (their process is gone) hold complainant data: away.
    if (!readOnlyPlace) {
        TempFiles::removeStale(info.absolutePath());
        TempFiles::removeStale(QDir(info.absolutePath()).filePath(QStringLiteral("backups")));
    }

    const bool hadWal = QFileInfo::exists(db->m_path + QStringLiteral("-wal"));
    const bool hadShm = QFileInfo::exists(db->m_path + QStringLiteral("-shm"));
    db->m_connectionName = QStringLiteral("oversight-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid())
        return makeError(Error::Code::Storage,
                         tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    if (db->m_readOnly && readOnlyPlace && QFileInfo(db->m_path + QStringLiteral("-wal")).size() == 0) {
        // Nothing can change a file on a read-only disk, and SQLite could not create the WAL index beside
        // it: read it as the immutable file it is.
        QUrl uri = QUrl::fromLocalFile(db->m_path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db->m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db->m_db.setDatabaseName(db->m_path);
        db->m_db.setConnectOptions(db->m_readOnly
                                       ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                       : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db->m_db.open())
        return makeError(Error::Code::Io, tr("%1 cannot be opened.").arg(native),
                         db->m_db.lastError().text());

    if (db->m_created && !db->m_readOnly) {
        QFile::setPermissions(db->m_path, QFile::ReadOwner | QFile::WriteOwner);
        db->m_identityLock = SqliteFile::lockIdentity(db->m_path);
    }

    Result<void> ready = db->configure();
    if (ready)
        ready = db->migrate();
    if (ready && !db->m_readOnly)
        ready = db->useWal();
    if (!ready) {
        if (exists)
            db->discardCompanions(hadWal, hadShm);
        return ready.error();
    }
    return db;
}

Result<void> Database::lockForWriting(const QString &native)
{
    const QString lockPath = lockPathFor(m_path);
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!SqliteFile::tryLock(*m_lock)) {
        if (m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            return makeError(Error::Code::Locked,
                             tr("%1 is open in another copy of the program (%2, process %3). Close it there "
                                "first.")
                                 .arg(native, app.isEmpty() ? tr("unknown program") : app)
                                 .arg(pid));
        }
        const QString folder = QDir::toNativeSeparators(QFileInfo(lockPath).absolutePath());
        if (SqliteFile::placeIsFull(folder))
            return makeError(Error::Code::Io,
                             tr("%1 cannot be opened for writing: no space left on the disk of %2 (not even "
                                "for its small lock file). Free some space and try again.")
                                 .arg(native, folder));
        return makeError(
            Error::Code::Io,
            tr("Cannot create the lock file beside %1. Check that the folder is writable.").arg(native));
    }
    QFile::setPermissions(lockPath, QFile::ReadOwner | QFile::WriteOwner);
    // The lock file guards a path; the file's own lock guards the file, whatever name reaches it.
    if (QFileInfo::exists(m_path)) {
        m_identityLock = SqliteFile::lockIdentity(m_path);
        if (m_identityLock == -1)
            return makeError(Error::Code::Locked,
                             tr("%1 is open in another copy of the program under another name. Close it "
                                "there first.")
                                 .arg(native));
    }
    return {};
}

void Database::discardCompanions(bool hadWal, bool hadShm)
{
    if (m_db.isValid())
        m_db.close();
    // Only when no copy of the program holds the file (a newer version may have it open).
    QLockFile probe(lockPathFor(m_path));
    const bool ours = m_lock != nullptr;
    if (!ours && !probe.tryLock(0))
        return;
    const QString wal = m_path + QStringLiteral("-wal");
    if (!hadWal && QFileInfo(wal).size() == 0) {
        QFile::remove(wal);
        if (!hadShm)
            QFile::remove(m_path + QStringLiteral("-shm"));
    }
}

Result<void> Database::configure()
{
    QSqlQuery q(m_db);
    // Reading the schema is the first real access: a damaged file fails here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return damaged(m_path, q.lastError().text());
    // Another program's database or a newer version's is refused before anything (the journal mode) is
    // written into it.
    const int tables = q.value(0).toInt();
    const int version = schemaVersion();
    if (version == 0 && tables > 0)
        return damaged(m_path, tr("the file is an SQLite database of another program"));
    if (version > latestSchemaVersion())
        return migrate(); // says so
    // A 32 MB page cache (SQLite's default is 2 MB): a ledger search or a page's reload over five years of
    // data then reads its pages from memory rather than from the kernel a page at a time (bench/README.md).
    const QString cache = QStringLiteral("PRAGMA cache_size = -32768");
    // The journal mode is set after the upgrade (useWal), so that a file refused or not upgraded keeps its
    // bytes.
    const QStringList pragmas = m_readOnly ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON"), cache}
                                           : QStringList{QStringLiteral("PRAGMA synchronous = FULL"),
                                                         QStringLiteral("PRAGMA foreign_keys = ON"), cache};
    for (const QString &sql : pragmas) {
        if (!q.exec(sql))
            return StorageText::fromQuery(q, tr("Could not set up the database connection."));
    }
    return {};
}

Result<void> Database::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return damaged(m_path, tr("PRAGMA user_version cannot be read"));
    if (current > latestSchemaVersion())
        return makeError(Error::Code::TooNew, tr("%1 was written by a newer version of Oversight Desk "
                                                 "(schema %2; this program knows up to %3). "
                                                 "Install the newer version to open it.")
                                                  .arg(QDir::toNativeSeparators(m_path))
                                                  .arg(current)
                                                  .arg(latestSchemaVersion()));
    if (current == latestSchemaVersion())
        return {};
    if (current == 0) {
        // Tables without our version stamp are someone else's database.
        QSqlQuery probe(m_db);
        if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && probe.next() &&
            probe.value(0).toInt() > 0)
            return damaged(m_path, tr("the file is an SQLite database of another program"));
    }
    if (m_readOnly)
        return makeError(
            Error::Code::Outdated,
            tr("%1 uses an older schema (%2). Open it once with the app or the CLI to upgrade it.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(current));

    // A step that rebuilds a referenced table runs with foreign keys off (SQLite's 12-step ALTER procedure);
    // the pragma has no effect inside a transaction, so it is set around it and always set back.
    const bool rebuilds = std::any_of(migrations().begin(), migrations().end(), [current](const Migration &m) {
        return m.version > current && m.rebuildsTables;
    });
    QSqlQuery fk(m_db);
    if (rebuilds && !fk.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return StorageText::fromQuery(fk, tr("Could not prepare the database for its upgrade."));
    const auto keysBackOn = qScopeGuard([this, rebuilds] {
        if (rebuilds)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });

    // All steps or none: one transaction, so that a step that fails leaves the file as it was, byte for byte
    // (and at its old version, which the previous program still opens).
    Transaction tx(m_db);
    if (auto r = tx.begun(); !r)
        return r;
    QSqlQuery q(m_db);
    for (const Migration &step : migrations()) {
        if (step.version <= current)
            continue;
        for (const QString &sql : step.statements) {
            if (!q.exec(sql))
                return StorageText::fromQuery(q, tr("Could not upgrade the database to schema %1 (%2); the "
                                                    "file was left unchanged at schema %3.")
                                                     .arg(step.version)
                                                     .arg(QString::fromLatin1(step.purpose))
                                                     .arg(current));
        }
        if (step.code) {
            if (auto r = step.code(m_db); !r) {
                Error e = r.error();
                e.message = tr("Could not upgrade the database to schema %1 (%2); the file was left "
                               "unchanged at schema %3.")
                                .arg(step.version)
                                .arg(QString::fromLatin1(step.purpose))
                                .arg(current) +
                            QLatin1Char(' ') + e.message;
                return e;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return StorageText::fromQuery(q, tr("Could not record the schema version."));
    }
    if (rebuilds) {
        // Step 10 of the procedure: the rebuilt tables still satisfy every reference, or nothing is kept.
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return StorageText::fromQuery(q, tr("Could not check the upgraded database's references."));
        if (q.next())
            return damaged(m_path, tr("after the upgrade a row of %1 refers to a missing row of %2; the file "
                                      "was left unchanged at schema %3")
                                       .arg(q.value(0).toString(), q.value(2).toString())
                                       .arg(current));
    }
    return tx.commit();
}

Result<void> Database::useWal()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return StorageText::fromQuery(q, tr("Could not set up the database connection."));
    return {};
}

} // namespace oversight
