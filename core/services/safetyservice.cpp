#include "safetyservice.h"

#include "domain/complaint.h"
#include "domain/jsonstrings.h"
#include "domain/privacymask.h"
#include "domain/problem.h"
#include "storage/attachmentstore.h"
#include "storage/complaintrepository.h"
#include "storage/database.h"
#include "storage/problemrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace oversight {

SafetyService::SafetyService(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

QString SafetyService::databasePath() const
{
    return m_db.path();
}

Result<IntegrityReport> SafetyService::check(const std::optional<QString> &against) const
{
    return IntegrityCheck::run(m_db, against);
}

Result<Verification> SafetyService::verify() const
{
    return Backup::verify(m_db.connection());
}

Result<std::pair<std::vector<AuditEntry>, qint64>>
SafetyService::auditEntries(const AuditFilter &filter) const
{
    const auto found = AuditLog::entries(m_db.connection(), filter);
    if (!found)
        return found;
    std::pair<std::vector<AuditEntry>, qint64> shown = *found;
    maskComplainants(shown.first);
    return shown;
}

namespace {

QJsonValue masked(const QJsonValue &value, const ComplainantMask &mask)
{
    return mapJsonStrings(value, [&mask](const QString &s) { return mask.apply(s); });
}

} // namespace

void SafetyService::maskComplainants(std::vector<AuditEntry> &entries) const
{
    // Entries written before masking existed may hold a complainant's name or number in clear (a complaint's
    // fields, a ledger problem taken over from it). The log is hash-chained and stays as written; what is
    // shown is masked with the complaint's own mask.
    const ComplaintRepository complaints(m_db.connection());
    const ProblemRepository problems(m_db.connection());
    QHash<qint64, std::optional<ComplainantMask>> byComplaint;
    const auto maskOf = [&](qint64 complaint) -> const std::optional<ComplainantMask> & {
        auto it = byComplaint.find(complaint);
        if (it == byComplaint.end()) {
            std::optional<ComplainantMask> mask;
            if (const Result<Complaint> c = complaints.get(ComplaintId(complaint)))
                mask.emplace(*c);
            it = byComplaint.insert(complaint, mask);
        }
        return *it;
    };
    QHash<QString, qint64> complaintOf; // "entity:id" → complaint id (0: none)
    for (AuditEntry &e : entries) {
        const QString key = e.entity + QLatin1Char(':') + QString::number(e.entityId);
        qint64 complaint = 0;
        if (e.changes.value(QStringLiteral("complaint_id")).isDouble()) {
            complaint = e.changes.value(QStringLiteral("complaint_id")).toInteger();
        } else if (auto it = complaintOf.constFind(key); it != complaintOf.constEnd()) {
            complaint = *it;
        } else {
            if (e.entity == QLatin1String("complaint")) {
                complaint = e.entityId;
            } else if (e.entity == QLatin1String("finding")) {
                if (const auto f = complaints.finding(e.entityId))
                    complaint = f->complaint.value;
            } else if (e.entity == QLatin1String("problem")) {
                const Result<Problem> p = problems.get(ProblemId(e.entityId));
                if (p && p->originKind == QLatin1String("complaint_finding"))
                    if (const auto f = complaints.finding(p->originId))
                        complaint = f->complaint.value;
            }
            complaintOf.insert(key, complaint);
        }
        if (complaint <= 0)
            continue;
        const std::optional<ComplainantMask> &mask = maskOf(complaint);
        if (mask && !mask->isEmpty())
            e.changes = masked(e.changes, *mask).toObject();
    }
}

Result<QStringList> SafetyService::auditEntities() const
{
    return AuditLog::entities(m_db.connection());
}

Result<BackupInfo> SafetyService::backupTo(const QString &file, bool replace, bool allowMissingEvidence)
{
    Result<BackupInfo> info = Backup::write(m_db, file, replace, allowMissingEvidence);
    if (info)
        Q_EMIT backedUp(*info);
    return info;
}

Result<BackupInfo> SafetyService::backUpFile(const QString &databasePath, const QString &file, bool replace)
{
    const auto db = Database::open(databasePath, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    return Backup::write(**db, file, replace);
}

Result<BackupInfo> SafetyService::inspectBackup(const QString &file)
{
    return Backup::inspect(file);
}

Result<QString> SafetyService::restoreBackup(const QString &backupFile, const QString &databasePath,
                                             bool allowMissingEvidence, QStringList *missingEvidence)
{
    return Backup::restore(backupFile, databasePath, allowMissingEvidence, missingEvidence);
}

std::optional<BackupInfo> SafetyService::newestGoodBackup(const QString &databasePath)
{
    return Backup::newestGood(databasePath);
}

QString SafetyService::evidenceFolder(const QString &databasePath)
{
    return AttachmentStore(databasePath).folder();
}

QString SafetyService::backupFolder(const QString &databasePath)
{
    return Backup::automaticFolder(databasePath);
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
