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
    [[nodiscard]] Result<BackupInfo> backupTo(const QString &file, bool replace);
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
