#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace oversight {

class Database;

/// What a backup (or any database file of ours) holds, as checked by Backup::inspect().
struct BackupInfo
{
    QString path;
    qint64 size = 0;
    int schemaVersion = 0;
    QString campaign;     ///< the current campaign's title and code, empty when the file holds none
    QDateTime lastChange; ///< UTC time of the newest audit entry; invalid when the log is empty
    qint64 auditEntries = 0;
    QString auditHead; ///< the audit log's head ("count:hash"): equal heads mean the same recorded state
    int attachmentsCopied = 0;   ///< evidence files copied into the backup's attachments/ by this backup
    QStringList evidenceMissing; ///< evidence the records name that is missing (--allow-missing-evidence)
};

/// The evidence files a database's records name, checked against its attachments/ store.
struct EvidenceCheck
{
    int checked = 0;     ///< stored files whose content was hashed
    QStringList missing; ///< "HASH (file name)" of files the records name that the store lacks
    QStringList changed; ///< "HASH" of stored files whose content no longer matches their name
    [[nodiscard]] bool ok() const { return missing.isEmpty() && changed.isEmpty(); }
};

/// The result of `verify`: SQLite's integrity check and the audit chain.
struct Verification
{
    QStringList integrityProblems; ///< empty when PRAGMA integrity_check says "ok"
    qint64 auditEntries = 0;
    std::optional<qint64> auditBadId; ///< the position of the first changed or missing entry
    QString auditProblem;
    [[nodiscard]] bool ok() const { return integrityProblems.isEmpty() && auditProblem.isEmpty(); }
};

/// The audit log compared with a copy of it kept elsewhere (an anchor): a backup holds the log as it was.
struct AnchorCheck
{
    QString anchor;              ///< the backup compared with
    qint64 entries = 0;          ///< entries the backup holds
    std::optional<qint64> badId; ///< the first entry where the log departs from the backup
    QString problem;             ///< empty when the log continues the backup's history
    [[nodiscard]] bool ok() const { return problem.isEmpty(); }
};

/// Backups and restores of the database file, for any tables the schema holds (pages are copied, not rows).
/// Copies of an open database are made with SQLite's online backup API, never by copying the file; each copy
/// is checked with PRAGMA integrity_check before it is renamed into place, and is readable by its owner only.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(oversight::Backup)
public:
    /// Integrity check and audit chain of an open connection.
    [[nodiscard]] static Result<Verification> verify(QSqlDatabase db);
    /// Compares the audit log of `db` with the one in `backupFile`: every entry the backup holds must be in
    /// the log unchanged under its id, unless the log was restored from another backup at that point (a
    /// "restore" entry). A rewritten or cut-off history is located at its first differing entry.
    [[nodiscard]] static Result<AnchorCheck> compareWithBackup(QSqlDatabase db, const QString &backupFile);
    /// Every evidence file the records of `db` name must be in the store beside `storeOf` (a database or
    /// backup path), and every file in that store must still hash to its name.
    [[nodiscard]] static Result<EvidenceCheck> checkEvidence(QSqlDatabase db, const QString &storeOf);

    /// Writes a checked copy of `db` to `target`. The copy is written beside it under a temporary name and
    /// renamed into place when it checks out; an existing `target` is replaced only when `replace` is set.
    /// The evidence files follow into `attachments/` beside `target` (those already there are kept).
    /// Refused (Damaged) when evidence the records name is missing or changed, unless
    /// `allowMissingEvidence`: then the copy is written and BackupInfo::evidenceMissing lists it.
    [[nodiscard]] static Result<BackupInfo> write(const Database &db, const QString &target,
                                                  bool replace = false, bool allowMissingEvidence = false);

    /// Checks a backup without changing it (a private copy is opened): SQLite header, integrity, schema
    /// version (not newer than this program's), audit chain; and reads its campaign and last change.
    [[nodiscard]] static Result<BackupInfo> inspect(const QString &file);

    /// Puts `backupFile` in place of the database at `databasePath`, which must not be open (its lock is
    /// taken). The backup is checked first; the current file, if any, is kept aside (renamed, never deleted)
    /// with its WAL; evidence files in `attachments/` beside the backup that the database's store lacks are
    /// copied into it. Returns the path the current file was kept under (empty when there was none).
    /// Refused when evidence the backup's records name is neither beside the backup nor in the database's
    /// store, unless `allowMissingEvidence`; then `missingEvidence` lists it.
    [[nodiscard]] static Result<QString> restore(const QString &backupFile, const QString &databasePath,
                                                 bool allowMissingEvidence = false,
                                                 QStringList *missingEvidence = nullptr);

    /// The folder of automatic backups: `backups/` beside the database.
    [[nodiscard]] static QString automaticFolder(const QString &databasePath);
    /// The automatic backups of the database, newest first.
    [[nodiscard]] static QStringList automaticBackups(const QString &databasePath);
    /// Writes an automatic backup named by `now` unless the newest one already holds the same state, and
    /// keeps the newest `keep` of them. Returns the new backup, or nothing when none was needed.
    [[nodiscard]] static Result<std::optional<BackupInfo>> writeAutomatic(const Database &db, int keep,
                                                                          const QDateTime &now);
    /// The newest automatic backup that passes inspect(), if any.
    [[nodiscard]] static std::optional<BackupInfo> newestGood(const QString &databasePath);
    /// When the newest automatic backup was written (from its name); invalid when there is none.
    [[nodiscard]] static QDateTime newestAutomaticTime(const QString &databasePath);

    static constexpr int defaultKeep = 14;
};

} // namespace oversight
