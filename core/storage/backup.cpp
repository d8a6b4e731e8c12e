#include "backup.h"

#include "attachmentstore.h"
#include "auditlog.h"
#include "database.h"
#include "sqlfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace oversight {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QStringList companionSuffixes{QStringLiteral("-wal"), QStringLiteral("-shm"),
                                    QStringLiteral("-journal")};

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : companionSuffixes)
        QFile::remove(path + suffix);
}

/// A connection of its own to a file, closed and removed when it goes. Queries on it must be gone first.
class ScratchConnection
{
public:
    ScratchConnection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("oversight-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ScratchConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchConnection(const ScratchConnection &) = delete;
    ScratchConnection &operator=(const ScratchConnection &) = delete;

    [[nodiscard]] bool isOpen() const { return m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

Error damagedBackup(const QString &path, const QString &detail)
{
    return makeError(Error::Code::Damaged,
                     Backup::tr("%1 is not a usable backup of an Oversight Desk database. Choose another "
                                "backup.")
                         .arg(native(path)),
                     detail);
}

/// Reads what a copy holds and checks it. `shownPath` names the file for the clerk (the copy is private).
/// `requireAudit`: an audit chain that does not verify is an error (for restores), not only a note.
Result<BackupInfo> checkCopy(const QString &copy, const QString &shownPath, bool requireAudit)
{
    if (const auto problem = SqliteFile::problem(copy))
        return damagedBackup(shownPath, *problem);
    BackupInfo info;
    info.path = QFileInfo(shownPath).absoluteFilePath();
    info.size = QFileInfo(copy).size();
    ScratchConnection connection(copy, false);
    if (!connection.isOpen())
        return damagedBackup(shownPath, connection.error());
    const QSqlDatabase db = connection.db();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return damagedBackup(shownPath, q.lastError().text());
        const int tables = q.value(0).toInt();
        info.schemaVersion = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        if (info.schemaVersion > Database::latestSchemaVersion())
            return makeError(Error::Code::TooNew,
                             Backup::tr("%1 was written by a newer version of Oversight Desk (schema %2; "
                                        "this program knows up to %3). Install the newer version to use it.")
                                 .arg(native(shownPath))
                                 .arg(info.schemaVersion)
                                 .arg(Database::latestSchemaVersion()));
        if (info.schemaVersion <= 0)
            return damagedBackup(shownPath,
                                 tables > 0 ? Backup::tr("the file is an SQLite database of another program")
                                            : Backup::tr("the database is empty"));
    }
    const Result<Verification> verification = Backup::verify(db);
    if (!verification)
        return damagedBackup(shownPath, verification.error().fullText());
    if (!verification->integrityProblems.isEmpty())
        return damagedBackup(shownPath, Backup::tr("SQLite's integrity check failed: %1")
                                            .arg(verification->integrityProblems.constFirst()));
    if (requireAudit && !verification->auditProblem.isEmpty())
        return damagedBackup(shownPath,
                             Backup::tr("its audit log does not verify: %1").arg(verification->auditProblem));
    info.auditEntries = verification->auditEntries;
    {
        QSqlQuery q(db);
        if (q.exec(
                QStringLiteral("SELECT title, code FROM campaigns WHERE id = "
                               "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'current_campaign')")) &&
            q.next())
            info.campaign = QStringLiteral("%1 (%2)").arg(q.value(0).toString(), q.value(1).toString());
    }
    info.lastChange = QDateTime::fromString(
        scalar(db, QStringLiteral("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1")).toString(),
        Qt::ISODateWithMs);
    info.auditHead = scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")).toString();
    return info;
}

/// Flushes a folder's entries (a rename) to the disk.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

QString hiddenSibling(const QString &target, const QString &purpose)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2-%3")
            .arg(info.fileName(), purpose, QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

QString stateOf(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("PRAGMA user_version")).toString() + QLatin1Char('/') +
           scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")).toString();
}

const QString automaticStamp = QStringLiteral("yyyyMMdd-HHmmss");

QRegularExpression automaticName(const QString &databasePath)
{
    return QRegularExpression(
        QStringLiteral("^%1-(\\d{8}-\\d{6})\\.sqlite$")
            .arg(QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())));
}

} // namespace

Result<Verification> Backup::verify(QSqlDatabase db)
{
    Verification result;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            result.integrityProblems.append(q.lastError().text());
        } else {
            while (q.next())
                result.integrityProblems.append(q.value(0).toString());
            if (result.integrityProblems == QStringList{QStringLiteral("ok")})
                result.integrityProblems.clear();
            else if (result.integrityProblems.isEmpty())
                result.integrityProblems.append(tr("the integrity check gave no answer"));
        }
    }
    const Result<AuditVerification> audit = AuditLog::verify(db);
    if (!audit) {
        result.auditProblem = audit.error().fullText();
        return result;
    }
    result.auditEntries = audit->entries;
    result.auditBadId = audit->firstBadId;
    result.auditProblem = audit->problem;
    return result;
}

Result<BackupInfo> Backup::write(const Database &database, const QString &target, bool replace)
{
    if (target.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, tr("No backup file was named."));
    const QFileInfo targetInfo(target);
    const QString absoluteTarget = targetInfo.absoluteFilePath();
    if (absoluteTarget == QFileInfo(database.path()).absoluteFilePath())
        return makeError(Error::Code::Invalid,
                         tr("A backup cannot be written over the database itself. Choose another file."));
    if (targetInfo.exists() && (!replace || targetInfo.isDir()))
        return makeError(Error::Code::Invalid,
                         tr("%1 already exists; a backup never overwrites a file. Choose a new file name.")
                             .arg(native(target)));
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return makeError(Error::Code::Io,
                         tr("The folder %1 cannot be created.").arg(native(targetInfo.absolutePath())));

    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(Error::Code::Storage, tr("The database connection is not an SQLite one."));
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
    if (!source)
        return makeError(Error::Code::Storage, tr("The database is not open."));

    // The copy is created readable by its owner only before SQLite writes a byte into it.
    const QString partial = hiddenSibling(absoluteTarget, QStringLiteral("partial"));
    {
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return makeError(Error::Code::Io,
                             tr("Cannot write in %1. Check that the place is writable and has space.")
                                 .arg(native(targetInfo.absolutePath())),
                             f.errorString());
    }
    struct Cleanup
    {
        QString path;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep)
                removeWithCompanions(path);
        }
    } cleanup{partial};

    sqlite3 *copy = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy, SQLITE_OPEN_READWRITE, nullptr);
    QString failure;
    if (rc == SQLITE_OK) {
        // One step copies every page under one read lock: a consistent picture even while another
        // program writes.
        if (sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main")) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = sqlite3_errcode(copy);
        } else {
            rc = sqlite3_errcode(copy);
        }
        // A backup stands on its own: no WAL beside it, whatever the database uses.
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            failure = QString::fromUtf8(sqlite3_errmsg(copy));
    } else {
        failure = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close_v2(copy);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_FULL)
            return makeError(Error::Code::Io,
                             tr("There is not enough space for the backup in %1. Free some space or "
                                "choose another place; the database is unchanged.")
                                 .arg(native(targetInfo.absolutePath())),
                             failure);
        return makeError(
            Error::Code::Io,
            tr("The backup to %1 could not be written; the database is unchanged.").arg(native(target)),
            failure);
    }

    Result<BackupInfo> checked = checkCopy(partial, absoluteTarget, false);
    if (!checked)
        return makeError(
            Error::Code::Io,
            tr("The backup written to %1 did not pass its check and was removed.").arg(native(target)),
            checked.error().fullText());

    const bool renamed = replace ? std::rename(QFile::encodeName(partial).constData(),
                                               QFile::encodeName(absoluteTarget).constData()) == 0
                                 : QFile::rename(partial, absoluteTarget);
    if (!renamed)
        return makeError(Error::Code::Io,
                         tr("The backup could not be given its name %1.").arg(native(target)));
    cleanup.keep = true;
    QFile::setPermissions(absoluteTarget, QFile::ReadOwner | QFile::WriteOwner);
    syncFolder(targetInfo.absolutePath());
    BackupInfo info = checked.value();
    info.size = QFileInfo(absoluteTarget).size();

    // The evidence files go along into the backup's own attachments/ (shared by the automatic backups,
    // each file once). After the snapshot: the store only grows, so every file it names is there by now.
    AttachmentStore backupStore(absoluteTarget);
    const Result<int> copied = AttachmentStore(database.path()).copyMissingTo(backupStore);
    if (!copied)
        return makeError(Error::Code::Io,
                         tr("The database was backed up to %1, but not every evidence file could be copied "
                            "into %2. Free some space or choose another place, and back up again.")
                             .arg(native(target), native(backupStore.folder())),
                         copied.error().fullText());
    info.attachmentsCopied = *copied;
    return info;
}

Result<BackupInfo> Backup::inspect(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return makeError(Error::Code::NotFound, tr("%1 does not exist. Check the path.").arg(native(file)));
    if (info.isDir())
        return damagedBackup(file, tr("it is a folder"));
    if (const auto problem = SqliteFile::problem(file))
        return damagedBackup(file, *problem);
    // Opening the file itself could write beside it (a journal, a WAL index): a private copy is opened.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(Error::Code::Io, tr("No temporary folder can be created to check the backup."),
                         scratch.errorString());
    const QString copy = scratch.filePath(QStringLiteral("backup.sqlite"));
    if (!QFile::copy(file, copy))
        return makeError(Error::Code::Io,
                         tr("%1 cannot be read. Check the file's permissions.").arg(native(file)));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return checkCopy(copy, file, true);
}

Result<QString> Backup::restore(const QString &backupFile, const QString &databasePath)
{
    const QFileInfo backupInfo(backupFile);
    if (!backupInfo.exists())
        return makeError(Error::Code::NotFound,
                         tr("%1 does not exist. Check the path.").arg(native(backupFile)));
    if (backupInfo.isDir())
        return damagedBackup(backupFile, tr("it is a folder"));
    if (const auto problem = SqliteFile::problem(backupFile))
        return damagedBackup(backupFile, *problem);
    const QFileInfo dbInfo(databasePath);
    const QString target = dbInfo.absoluteFilePath();
    if (backupInfo.absoluteFilePath() == target)
        return makeError(Error::Code::Invalid,
                         tr("%1 is the database itself; choose a backup file.").arg(native(backupFile)));
    if (!QDir().mkpath(dbInfo.absolutePath()))
        return makeError(Error::Code::Io,
                         tr("The folder %1 cannot be created.").arg(native(dbInfo.absolutePath())));

    // The copy that will become the database is staged beside it and checked there.
    const QString staged = hiddenSibling(target, QStringLiteral("restore"));
    if (!QFile::copy(backupFile, staged)) {
        removeWithCompanions(staged);
        return makeError(Error::Code::Io,
                         tr("%1 cannot be copied beside the database. Check the permissions and the free "
                            "space of %2.")
                             .arg(native(backupFile), native(dbInfo.absolutePath())));
    }
    struct Cleanup
    {
        QString path;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep)
                removeWithCompanions(path);
        }
    } cleanup{staged};
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);
    if (Result<BackupInfo> checked = checkCopy(staged, backupFile, true); !checked)
        return checked.error();
    for (const QString &suffix : companionSuffixes)
        QFile::remove(staged + suffix);
    // The backup's evidence files come back first: the store only gains files, so this is harmless if the
    // restore stops below, and the restored records find every file they name.
    AttachmentStore live(target);
    if (const Result<int> copied = AttachmentStore(backupInfo.absoluteFilePath()).copyMissingTo(live); !copied)
        return makeError(Error::Code::Io,
                         tr("The evidence files kept with the backup could not be copied back into %1; "
                            "nothing was restored.")
                             .arg(native(live.folder())),
                         copied.error().fullText());

    QLockFile lock(target + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!SqliteFile::tryLock(lock)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return makeError(Error::Code::Locked,
                         tr("%1 is open in another copy of the program (process %2). Close it there first; "
                            "nothing was restored.")
                             .arg(native(target))
                             .arg(pid));
    }

    // The current file is kept aside with its WAL, never deleted.
    QString aside;
    if (QFileInfo::exists(target)) {
        const QString stamp = QDateTime::currentDateTime().toString(automaticStamp);
        aside = target + QStringLiteral(".before-restore-") + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = target + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n);
        if (!QFile::rename(target, aside))
            return makeError(
                Error::Code::Io,
                tr("%1 could not be renamed to keep it aside; nothing was restored.").arg(native(target)));
        for (const QString &suffix : companionSuffixes) {
            if (QFileInfo::exists(target + suffix))
                QFile::rename(target + suffix, aside + suffix);
        }
    }
    if (!QFile::rename(staged, target)) {
        if (!aside.isEmpty()) {
            QFile::rename(aside, target);
            for (const QString &suffix : companionSuffixes) {
                if (QFileInfo::exists(aside + suffix))
                    QFile::rename(aside + suffix, target + suffix);
            }
        }
        return makeError(
            Error::Code::Io,
            tr("The backup could not be put in place of %1; the database is unchanged.").arg(native(target)));
    }
    cleanup.keep = true;
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    syncFolder(dbInfo.absolutePath());
    return aside;
}

QString Backup::automaticFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList Backup::automaticBackups(const QString &databasePath)
{
    const QRegularExpression pattern = automaticName(databasePath);
    const QDir folder(automaticFolder(databasePath));
    QStringList names;
    for (const QString &name : folder.entryList(QDir::Files))
        if (pattern.match(name).hasMatch())
            names.append(name);
    // The names carry the time in a fixed width: the newest sorts last.
    std::sort(names.begin(), names.end(), std::greater<>());
    QStringList paths;
    for (const QString &name : names)
        paths.append(folder.filePath(name));
    return paths;
}

QDateTime Backup::newestAutomaticTime(const QString &databasePath)
{
    const QStringList backups = automaticBackups(databasePath);
    if (backups.isEmpty())
        return {};
    const auto match = automaticName(databasePath).match(QFileInfo(backups.constFirst()).fileName());
    return QDateTime::fromString(match.captured(1), automaticStamp);
}

Result<std::optional<BackupInfo>> Backup::writeAutomatic(const Database &db, int keep, const QDateTime &now)
{
    const QString folder = automaticFolder(db.path());
    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Io, tr("The backup folder %1 cannot be created.").arg(native(folder)));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // Nothing changed since the newest backup: another copy of the same state would only push an older,
    // different one out of the rotation.
    const QStringList existing = automaticBackups(db.path());
    if (!existing.isEmpty()) {
        QString newest;
        {
            ScratchConnection connection(existing.constFirst(), true);
            if (connection.isOpen())
                newest = stateOf(connection.db());
        }
        if (newest == stateOf(db.connection()))
            return std::optional<BackupInfo>();
    }

    const QString name = QStringLiteral("%1-%2.sqlite")
                             .arg(QFileInfo(db.path()).completeBaseName(), now.toString(automaticStamp));
    const QString target = QDir(folder).filePath(name);
    if (QFileInfo::exists(target))
        return std::optional<BackupInfo>();
    Result<BackupInfo> written = write(db, target);
    if (!written)
        return written.error();

    const QStringList all = automaticBackups(db.path());
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        removeWithCompanions(all.at(i));
    return std::optional<BackupInfo>(written.value());
}

std::optional<BackupInfo> Backup::newestGood(const QString &databasePath)
{
    for (const QString &path : automaticBackups(databasePath)) {
        if (Result<BackupInfo> info = inspect(path))
            return info.value();
    }
    return std::nullopt;
}

} // namespace oversight
