#pragma once

#include "domain/result.h"
#include "services/integritycheck.h"
#include "storage/auditlog.h"
#include "storage/backup.h"

#include <QObject>

#include <optional>
#include <vector>

namespace oversight {

class Database;

/// Data safety for the app: backups (automatic and to a chosen place), the audit log for reading, and its
/// verification. It writes no records; backups are copies made with SQLite's online backup API.
class SafetyService final : public QObject
{
    Q_OBJECT
public:
    explicit SafetyService(Database &db, QObject *parent = nullptr);

    [[nodiscard]] QString databasePath() const;

    [[nodiscard]] Result<Verification> verify() const;
    /// Everything `verify` checks (IntegrityCheck): the file, the audit chain, the evidence files and the
    /// log against every audit anchor found, and `against` (a backup, or a PDF / XLSX printed here).
    [[nodiscard]] Result<IntegrityReport> check(const std::optional<QString> &against = {}) const;
    [[nodiscard]] Result<std::pair<std::vector<AuditEntry>, qint64>>
    auditEntries(const AuditFilter &filter) const;
    [[nodiscard]] Result<QStringList> auditEntities() const;

    /// A checked copy to `file` (a USB stick); `replace` when the clerk agreed to replace that file.
    /// Evidence files the records name must all be there, unless `allowMissingEvidence` (then listed).
    [[nodiscard]] Result<BackupInfo> backupTo(const QString &file, bool replace, bool allowMissingEvidence = false);

    // The backup operations that work on files rather than on this service's open connection: the desktop
    // runs them on a worker thread (a connection belongs to the thread that opened it) or before any
    // workspace is open, the command line as they are. Both go through here, never to storage directly.

    /// backupTo() through a read-only connection of its own to `databasePath`.
    [[nodiscard]] static Result<BackupInfo> backUpFile(const QString &databasePath, const QString &file,
                                                       bool replace);
    /// Checks a backup without changing it: what it holds, or why it cannot be restored.
    [[nodiscard]] static Result<BackupInfo> inspectBackup(const QString &file);
    /// Puts the checked backup in place of the (closed) database; the current file is kept aside and its
    /// new name returned (empty when there was none). See Backup::restore.
    [[nodiscard]] static Result<QString> restoreBackup(const QString &backupFile, const QString &databasePath,
                                                       bool allowMissingEvidence = false,
                                                       QStringList *missingEvidence = nullptr);
    /// The newest automatic backup that checks out, if any.
    [[nodiscard]] static std::optional<BackupInfo> newestGoodBackup(const QString &databasePath);
    /// Where the automatic backups of `databasePath` go.
    [[nodiscard]] static QString backupFolder(const QString &databasePath);
    /// Where the evidence files of the database (or backup) at `databasePath` are kept.
    [[nodiscard]] static QString evidenceFolder(const QString &databasePath);
    /// How many automatic backups are kept unless the clerk chooses otherwise.
    static constexpr int defaultBackupsToKeep = Backup::defaultKeep;
    /// An automatic backup beside the database, keeping the newest `keep`; nothing when the state is the
    /// newest backup's.
    [[nodiscard]] Result<std::optional<BackupInfo>> automaticBackup(int keep);
    /// True when the newest automatic backup is a day old or there is none.
    [[nodiscard]] bool automaticBackupDue(const QDateTime &now) const;

Q_SIGNALS:
    /// A backup was written (automatic or manual).
    void backedUp(const oversight::BackupInfo &info);

private:
    /// Masks, in entries about a complaint (or a finding or problem taken over from one), that complaint's
    /// complainant wherever written: text stored before masking existed is shown masked.
    void maskComplainants(std::vector<AuditEntry> &entries) const;

    Database &m_db;
};

} // namespace oversight
