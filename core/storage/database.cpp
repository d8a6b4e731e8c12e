#include "database.h"

#include "migrations.h"
#include "sqlerror.h"
#include "sqlfile.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

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

    if (exists) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Io,
                             tr("%1 cannot be read. Check the file's permissions.").arg(native),
                             f.errorString());
        // Empty, not SQLite, cut off: refused before SQLite sees it, so it is never written over.
        if (const auto problem = SqliteFile::problem(path))
            return damaged(path, *problem);
        // A file its owner marked read-only stays so, even for an administrator.
        if (mode != Mode::ReadOnly && (!(info.permissions() & QFile::WriteOwner) || !info.isWritable()))
            return makeError(Error::Code::Io,
                             tr("%1 is read-only, so nothing could be saved in it. Give yourself write "
                                "permission on the file, or open a copy of it.")
                                 .arg(native));
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
        db->m_lock = std::make_unique<QLockFile>(db->m_path + QStringLiteral(".lock"));
        db->m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
        if (!SqliteFile::tryLock(*db->m_lock)) {
            if (db->m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, app;
                db->m_lock->getLockInfo(&pid, &host, &app);
                return makeError(
                    Error::Code::Locked,
                    tr("%1 is open in another copy of the program (%2, process %3). Close it there first.")
                        .arg(native, app.isEmpty() ? tr("unknown program") : app)
                        .arg(pid));
            }
            return makeError(
                Error::Code::Io,
                tr("Cannot create the lock file beside %1. Check that the folder is writable.").arg(native));
        }
    }

    db->m_connectionName = QStringLiteral("oversight-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!db->m_db.isValid())
        return makeError(Error::Code::Storage,
                         tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    db->m_db.setDatabaseName(db->m_path);
    if (db->m_readOnly)
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    else
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return makeError(Error::Code::Io, tr("%1 cannot be opened.").arg(native),
                         db->m_db.lastError().text());

    if (db->m_created && !db->m_readOnly)
        QFile::setPermissions(db->m_path, QFile::ReadOwner | QFile::WriteOwner);

    if (auto r = db->configure(); !r)
        return r.error();
    if (auto r = db->migrate(); !r)
        return r.error();
    return db;
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
    const QStringList pragmas = m_readOnly ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON"), cache}
                                           : QStringList{QStringLiteral("PRAGMA journal_mode = WAL"),
                                                         QStringLiteral("PRAGMA synchronous = FULL"),
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

    for (const Migration &step : migrations()) {
        if (step.version <= current)
            continue;
        Transaction tx(m_db);
        if (auto r = tx.begun(); !r)
            return r;
        QSqlQuery q(m_db);
        for (const QString &sql : step.statements) {
            if (!q.exec(sql))
                return StorageText::fromQuery(q, tr("Could not upgrade the database to schema %1 (%2).")
                                                     .arg(step.version)
                                                     .arg(QString::fromLatin1(step.purpose)));
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return StorageText::fromQuery(q, tr("Could not record the schema version."));
        if (auto r = tx.commit(); !r)
            return r;
    }
    return {};
}

} // namespace oversight
