// Over 600 lines on purpose: one safety procedure. Writing, inspecting, restoring and rotating backups and
// checking the audit chain against one share the scratch connections, the companion-file handling and the
// folder syncs at the top of this file; split, those would have to become an interface of their own.
#include "backup.h"

#include "attachmentstore.h"
#include "auditlog.h"
#include "database.h"
#include "sqlerror.h"
#include "sqlfile.h"
#include "tempfiles.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
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

/// A file a step writes and removes again (with its SQLite companions) unless the step succeeds and keeps it.
struct RemovedUnlessKept
{
    QString path;
    bool keep = false;
    ~RemovedUnlessKept()
    {
        if (!keep)
            removeWithCompanions(path);
    }
};

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

namespace {

struct LoggedEntry
{
    qint64 id = 0;
    QStringList content; ///< at, actor, entity, entity_id, action, changes as stored
    QString hash;
};

std::optional<LoggedEntry> nextEntry(QSqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
    LoggedEntry e;
    e.id = q.value(0).toLongLong();
    for (int i = 1; i <= 6; ++i)
        e.content.append(q.value(i).toString());
    e.hash = q.value(7).toString();
    return e;
}

const QString loggedEntries = QStringLiteral(
    "SELECT id, at, actor, entity, entity_id, action, changes, hash FROM audit_log ORDER BY id");

} // namespace

Result<AnchorCheck> Backup::compareWithBackup(QSqlDatabase db, const QString &backupFile)
{
    AnchorCheck result;
    result.anchor = QFileInfo(backupFile).absoluteFilePath();
    if (const auto problem = SqliteFile::problem(backupFile))
        return damagedBackup(backupFile, *problem);
    // A private copy: opening the backup itself could write beside it.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("anchor.sqlite"));
    if (!scratch.isValid() || !QFile::copy(backupFile, copy))
        return makeError(Error::Code::Io,
                         tr("%1 cannot be read. Check the file's permissions.").arg(native(backupFile)));
    ScratchConnection connection(copy, true);
    if (!connection.isOpen())
        return damagedBackup(backupFile, connection.error());
    QSqlQuery theirs(connection.db());
    theirs.setForwardOnly(true);
    if (!theirs.exec(loggedEntries))
        return damagedBackup(backupFile, theirs.lastError().text());
    QSqlQuery ours(db);
    ours.setForwardOnly(true);
    if (!ours.exec(loggedEntries))
        return StorageText::fromQuery(ours, AuditLog::tr("Could not read the audit log."));
    const QString name = QFileInfo(backupFile).fileName();
    qint64 lastId = 0;
    while (const std::optional<LoggedEntry> kept = nextEntry(theirs)) {
        ++result.entries;
        const std::optional<LoggedEntry> now = nextEntry(ours);
        if (!now) {
            result.badId = kept->id;
            result.problem = tr("the log ends after entry %1, but the backup %2 holds entries up to %3: "
                                "entries were removed from its end")
                                 .arg(lastId)
                                 .arg(name)
                                 .arg(kept->id);
            return result;
        }
        if (now->id == kept->id && now->content == kept->content) {
            lastId = now->id;
            continue;
        }
        // Restored from another backup here: the backup's later history is another branch.
        if (now->content.value(2) == QLatin1String("database") &&
            now->content.value(4) == QLatin1String("restore"))
            return result;
        result.badId = std::min(now->id, kept->id);
        result.problem = now->id > kept->id
                             ? tr("entry %1 is missing from the log, but the backup %2 holds it: the history "
                                  "was rewritten there")
                                   .arg(kept->id)
                                   .arg(name)
                             : tr("entry %1 differs from the one in the backup %2: the history was rewritten "
                                  "there")
                                   .arg(now->id)
                                   .arg(name);
        return result;
    }
    return result;
}

Result<EvidenceCheck> Backup::checkEvidence(QSqlDatabase db, const QString &storeOf)
{
    // Every table whose rows name a stored file, by the column holding its hash and the name shown.
    static const char *const sources[][3] = {
        {"complaint_attachments", "sha256", "file_name"},
        {"submissions", "evidence_sha256", "evidence_name"},
        {"problem_evidence", "sha256", "file_name"},
    };
    const AttachmentStore store(storeOf);
    EvidenceCheck result;
    QSet<QString> named;
    for (const auto &source : sources) {
        const QString table = QString::fromLatin1(source[0]);
        if (scalar(db,
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                       .arg(table))
                .toInt() == 0)
            continue; // an older schema (a backup) without it
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT %1, %2 FROM %3 WHERE %1 IS NOT NULL ORDER BY %1")
                        .arg(QString::fromLatin1(source[1]), QString::fromLatin1(source[2]), table)))
            return makeError(Error::Code::Storage,
                             tr("Could not read which evidence files the records name."),
                             q.lastError().text());
        while (q.next()) {
            const QString hash = q.value(0).toString();
            if (named.contains(hash))
                continue;
            named.insert(hash);
            if (!store.contains(hash))
                result.missing.append(QStringLiteral("%1 (%2)").arg(hash, q.value(1).toString()));
        }
    }
    const QDir folder(store.folder());
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        if (TempFiles::isTemporary(name))
            continue;
        const Result<bool> intact = store.verify(name);
        ++result.checked;
        if (!intact || !*intact)
            result.changed.append(name);
    }
    return result;
}

namespace {

QString evidenceList(const EvidenceCheck &check)
{
    QStringList lines;
    for (const QString &m : check.missing)
        lines.append(Backup::tr("missing: %1").arg(m));
    for (const QString &c : check.changed)
        lines.append(Backup::tr("changed: %1").arg(c));
    return lines.join(QStringLiteral("; "));
}

} // namespace

Result<BackupInfo> Backup::write(const Database &database, const QString &target, bool replace,
                                 bool allowMissingEvidence)
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

    // A backup without the evidence its records name would restore records whose files are gone.
    const Result<EvidenceCheck> evidence = checkEvidence(database.connection(), database.path());
    if (!evidence)
        return evidence.error();
    if (!evidence->ok() && !allowMissingEvidence)
        return makeError(Error::Code::Damaged,
                         tr("Evidence files of %1 are missing or changed, so no backup was written: %2. Put "
                            "the files back into %3 (from an older backup), or back up anyway with "
                            "--allow-missing-evidence.")
                             .arg(native(database.path()), evidenceList(*evidence),
                                  native(AttachmentStore(database.path()).folder())));

    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(Error::Code::Storage, tr("The database connection is not an SQLite one."));
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
    if (!source)
        return makeError(Error::Code::Storage, tr("The database is not open."));

    // The copy is created readable by its owner only before SQLite writes a byte into it. Copies left by a
    // killed backup into this folder go first.
    TempFiles::removeStale(targetInfo.absolutePath());
    const QString partial = TempFiles::beside(absoluteTarget, QStringLiteral("partial"));
    {
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return makeError(Error::Code::Io,
                             tr("Cannot write in %1. Check that the place is writable and has space.")
                                 .arg(native(targetInfo.absolutePath())),
                             f.errorString());
    }
    RemovedUnlessKept cleanup{partial};

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
    info.evidenceMissing = evidence->missing + evidence->changed;

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

Result<QString> Backup::restore(const QString &backupFile, const QString &databasePath,
                                bool allowMissingEvidence, QStringList *missingEvidence)
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
    // Through a symbolic link, the file it names is replaced, not the link.
    const QString target = dbInfo.exists() ? dbInfo.canonicalFilePath() : dbInfo.absoluteFilePath();
    if (backupInfo.absoluteFilePath() == target)
        return makeError(Error::Code::Invalid,
                         tr("%1 is the database itself; choose a backup file.").arg(native(backupFile)));
    if (!QDir().mkpath(dbInfo.absolutePath()))
        return makeError(Error::Code::Io,
                         tr("The folder %1 cannot be created.").arg(native(dbInfo.absolutePath())));

    // The copy that will become the database is staged beside it and checked there.
    const QString staged = TempFiles::beside(target, QStringLiteral("restore"));
    if (!QFile::copy(backupFile, staged)) {
        removeWithCompanions(staged);
        return makeError(Error::Code::Io,
                         tr("%1 cannot be copied beside the database. Check the permissions and the free "
                            "space of %2.")
                             .arg(native(backupFile), native(dbInfo.absolutePath())));
    }
    RemovedUnlessKept cleanup{staged};
    QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);
    Result<BackupInfo> checked = checkCopy(staged, backupFile, true);
    if (!checked)
        return checked.error();
    {
        // The staged copy is opened as the program will open it (an older backup is upgraded here, so one
        // this version cannot open never replaces a database that works), and the restore is recorded in
        // its log: the history after this point departs from later backups on purpose.
        QString failure;
        if (auto opened = Database::open(staged, Database::Mode::OpenExisting); !opened) {
            failure = opened.error().fullText();
        } else {
            Transaction tx(opened.value()->connection());
            Result<void> recorded = tx.begun();
            if (recorded) {
                AuditEntry entry;
                entry.actor = QStringLiteral("restore");
                entry.entity = QStringLiteral("database");
                entry.action = QStringLiteral("restore");
                entry.changes = {{QStringLiteral("from"), backupInfo.absoluteFilePath()},
                                 {QStringLiteral("entries"), checked->auditEntries}};
                if (const auto id = AuditLog::append(opened.value()->connection(), entry); !id)
                    recorded = id.error();
            }
            if (recorded)
                recorded = tx.commit();
            if (!recorded)
                failure = recorded.error().fullText();
        }
        QFile::remove(Database::lockPathFor(staged));
        if (!failure.isEmpty())
            return makeError(Error::Code::Damaged,
                             tr("%1 cannot be opened by this version of Oversight Desk; nothing was "
                                "restored.")
                                 .arg(native(backupFile)),
                             failure);
    }
    {
        // Every file the backup's records name must come back with it: from beside the backup or already
        // in the database's store.
        ScratchConnection connection(staged, true);
        if (!connection.isOpen())
            return damagedBackup(backupFile, connection.error());
        const Result<EvidenceCheck> beside = checkEvidence(connection.db(), backupInfo.absoluteFilePath());
        if (!beside)
            return beside.error();
        QStringList missing;
        const AttachmentStore live(target);
        for (const QString &m : beside->missing)
            if (!live.contains(m.section(QLatin1Char(' '), 0, 0)))
                missing.append(m);
        if (missingEvidence)
            *missingEvidence = missing;
        if (!missing.isEmpty() && !allowMissingEvidence)
            return makeError(Error::Code::Damaged,
                             tr("Evidence files named in %1 are missing beside it (%2), so nothing was "
                                "restored. Put its attachments folder beside it, or restore anyway with "
                                "--allow-missing-evidence.")
                                 .arg(native(backupFile), missing.join(QStringLiteral("; "))));
    }
    for (const QString &suffix : companionSuffixes)
        QFile::remove(staged + suffix);
    // The backup's evidence files come back first: the store only gains files, so this is harmless if the
    // restore stops below, and the restored records find every file they name.
    AttachmentStore live(target);
    if (const Result<int> copied = AttachmentStore(backupInfo.absoluteFilePath()).copyMissingTo(live);
        !copied)
        return makeError(Error::Code::Io,
                         tr("The evidence files kept with the backup could not be copied back into %1; "
                            "nothing was restored.")
                             .arg(native(live.folder())),
                         copied.error().fullText());

    QLockFile lock(Database::lockPathFor(target));
    lock.setStaleLockTime(0);
    int identity = QFileInfo::exists(target) ? SqliteFile::lockIdentity(target) : -2;
    struct Unlock
    {
        int &fd;
        ~Unlock() { SqliteFile::unlockIdentity(fd); }
    } unlock{identity};
    if (!SqliteFile::tryLock(lock) || identity == -1) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return makeError(Error::Code::Locked,
                         tr("%1 is open in another copy of the program (process %2). Close it there first; "
                            "nothing was restored.")
                             .arg(native(target))
                             .arg(pid));
    }

    QFile::setPermissions(lock.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    // Copies left by a killed backup or restore go now that no copy of the program holds the file.
    TempFiles::removeStale(dbInfo.absolutePath());

    // The current file is kept aside, never deleted: a copy, so that the database's name always holds a
    // whole file (the old one until the backup is renamed over it in one step), whenever the program stops.
    QString aside;
    if (QFileInfo::exists(target)) {
        // Its WAL folded in first (no other copy holds the file now), so the copy is whole on its own.
        {
            ScratchConnection fold(target, false);
            if (fold.isOpen())
                QSqlQuery(fold.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QString stamp = QDateTime::currentDateTime().toString(automaticStamp);
        aside = target + QStringLiteral(".before-restore-") + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = target + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(n);
        const QString copying = TempFiles::beside(aside, QStringLiteral("aside"));
        if (!QFile::copy(target, copying) || !QFile::rename(copying, aside)) {
            QFile::remove(copying);
            return makeError(
                Error::Code::Io,
                tr("%1 could not be copied to keep it aside; nothing was restored. Check the free "
                   "space of %2.")
                    .arg(native(target), native(dbInfo.absolutePath())));
        }
        QFile::setPermissions(aside, QFile::ReadOwner | QFile::WriteOwner);
        // A WAL the checkpoint could not fold in goes with the copy; it must never meet the restored file.
        for (const QString &suffix : companionSuffixes) {
            if (QFileInfo(target + suffix).size() > 0 && suffix != QLatin1String("-shm"))
                QFile::rename(target + suffix, aside + suffix);
            QFile::remove(target + suffix);
        }
    }
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(target).constData()) != 0)
        return makeError(
            Error::Code::Io,
            tr("The backup could not be put in place of %1; the database is unchanged.").arg(native(target)));
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
