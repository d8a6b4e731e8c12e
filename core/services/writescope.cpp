#include "writescope.h"

#include "clock.h"
#include "storage/auditlog.h"
#include "storage/database.h"

namespace oversight {

WriteScope::WriteScope(Database &db, const Clock &clock, QString actor)
    : m_db(db.connection()), m_clock(clock), m_actor(std::move(actor)), m_tx(m_db)
{}

QDateTime WriteScope::now() const
{
    return m_clock.now();
}

Result<void> WriteScope::audit(const QString &entity, qint64 id, const QString &action, QJsonObject changes,
                               const QDateTime &at)
{
    const Result<qint64> r = AuditLog::append(
        m_db,
        {0, at.isValid() ? at : m_clock.now(), m_actor, entity, id, action, std::move(changes), {}, {}});
    if (!r)
        return r.error();
    return {};
}

Result<void> WriteScope::auditMany(std::vector<AuditEntry> entries)
{
    return AuditLog::appendMany(m_db, std::move(entries));
}

void WriteScope::afterCommit(std::function<void()> notify)
{
    m_notifications.push_back(std::move(notify));
}

Result<void> WriteScope::commit(const std::function<void()> &notify)
{
    if (auto r = m_tx.commit(); !r) {
        m_notifications.clear();
        return r;
    }
    const std::vector<std::function<void()>> queued = std::move(m_notifications);
    m_notifications.clear();
    for (const auto &n : queued)
        n();
    if (notify)
        notify();
    return {};
}

Result<void> WriteScope::apply(const std::function<Result<void>()> &write, const AuditNote &note,
                               const std::function<void()> &notify)
{
    if (auto r = begun(); !r)
        return r;
    if (auto r = write(); !r)
        return r;
    if (auto r = audit(note.entity, note.id, note.action, note.changes, note.at); !r)
        return r;
    return commit(notify);
}

} // namespace oversight
