#pragma once

#include "domain/result.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace oversight {

class Clock;
class Database;
struct AuditEntry;

/// The one way a service writes (DESIGN.md: "services are the only writers"): opens the transaction,
/// records each change in the audit log (who, when, entity, id, action, changes — the form AuditEntry
/// documents), commits, and only after a successful commit runs the notifications (the services' signals).
/// A scope left without commit rolls back and announces nothing. It holds no SQL of its own: the writes are
/// the repositories', the audit entry AuditLog's.
///
///     WriteScope scope(m_db, m_clock, m_actor);
///     if (auto r = scope.begun(); !r)
///         return r.error();
///     … repository writes on scope.connection() …
///     if (auto r = scope.audit(QStringLiteral("unit"), id, QStringLiteral("create"), fields); !r)
///         return r.error();
///     if (auto r = scope.commit([&] { Q_EMIT unitAdded(id, campaign); }); !r)
///         return r.error();
class WriteScope
{
public:
    WriteScope(Database &db, const Clock &clock, QString actor);
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    /// Whether the transaction began; a write checks this first.
    [[nodiscard]] Result<void> begun() const { return m_tx.begun(); }
    [[nodiscard]] QSqlDatabase connection() const { return m_db; }
    [[nodiscard]] const QString &actor() const { return m_actor; }
    /// The clock's now, as the write's rows and entries stamp it.
    [[nodiscard]] QDateTime now() const;

    /// Appends one audit entry in this transaction, stamped `at` (the clock's now when not given).
    [[nodiscard]] Result<void> audit(const QString &entity, qint64 id, const QString &action,
                                     QJsonObject changes = {}, const QDateTime &at = {});
    /// Appends entries the writer stamped itself, in order, in this transaction (imports: one statement).
    [[nodiscard]] Result<void> auditMany(std::vector<AuditEntry> entries);
    /// Runs `notify` after the commit succeeded, in the order queued and before commit()'s own.
    void afterCommit(std::function<void()> notify);
    /// Commits; then runs the queued notifications and `notify`. A failed commit announces nothing.
    [[nodiscard]] Result<void> commit(const std::function<void()> &notify = {});

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_actor;
    Transaction m_tx;
    std::vector<std::function<void()>> m_notifications;
};

} // namespace oversight
