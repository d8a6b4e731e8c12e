#include "safetyservice.h"

#include "storage/database.h"

namespace oversight {

SafetyService::SafetyService(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

QString SafetyService::databasePath() const
{
    return m_db.path();
}

Result<Verification> SafetyService::verify() const
{
    return Backup::verify(m_db.connection());
}

Result<std::pair<std::vector<AuditEntry>, qint64>>
SafetyService::auditEntries(const AuditFilter &filter) const
{
    return AuditLog::entries(m_db.connection(), filter);
}

Result<QStringList> SafetyService::auditEntities() const
{
    return AuditLog::entities(m_db.connection());
}

Result<BackupInfo> SafetyService::backupTo(const QString &file, bool replace)
{
    Result<BackupInfo> info = Backup::write(m_db, file, replace);
    if (info)
        Q_EMIT backedUp(*info);
    return info;
}

Result<std::optional<BackupInfo>> SafetyService::automaticBackup(int keep)
{
    Result<std::optional<BackupInfo>> info = Backup::writeAutomatic(m_db, keep, QDateTime::currentDateTime());
    if (info && info->has_value())
        Q_EMIT backedUp(**info);
    return info;
}

bool SafetyService::automaticBackupDue(const QDateTime &now) const
{
    const QDateTime newest = Backup::newestAutomaticTime(m_db.path());
    return !newest.isValid() || newest.secsTo(now) >= 24 * 60 * 60;
}

} // namespace oversight
