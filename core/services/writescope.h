#pragma once

#include "domain/result.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <cstddef>
#include <functional>
#include <type_traits>
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
/// What one audited change says of itself: the entity, its id, the action and the changes (AuditEntry's
/// form); the scope adds who and when.
struct AuditNote
{
    QString entity;
    qint64 id = 0;
    QString action;
    QJsonObject changes = {};
    /// The entry's time, when the write stamps its rows with a time of its own; the clock's now otherwise.
    QDateTime at = {};
};

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

    /// One change whole: begins, runs `write` (the repository calls), records `note`, commits, then runs
    /// `notify`. The first failure is returned, and the scope rolls back.
    ///
    ///     return WriteScope(m_db, m_clock, m_actor)
    ///         .apply([&] { return repo.remove(id); },
    ///                {QStringLiteral("unit"), id.value, QStringLiteral("delete"), fields},
    ///                [&] { Q_EMIT unitRemoved(id); });
    [[nodiscard]] Result<void> apply(const std::function<Result<void>()> &write, const AuditNote &note,
                                     const std::function<void()> &notify = {});
    /// apply() for a write that makes a record: `write` returns the new record's id (a typed id or a
    /// qint64), which becomes the note's id (leave it {}) and is returned; `notify` may take the id.
    template <typename Write, typename Notify = std::nullptr_t>
    [[nodiscard]] auto create(const Write &write, AuditNote note, const Notify &notify = nullptr)
        -> std::invoke_result_t<Write>;
    /// A write of several rows or audit entries whole: begins, runs `write(*this)` (which writes and audits
    /// in this scope), commits, then runs `notify`, which may take what `write` returned. The first failure
    /// is returned, and the scope rolls back.
    ///
    ///     return WriteScope(m_db, m_clock, m_actor)
    ///         .run([&](WriteScope &scope) { return insertProblem(scope, std::move(problem)); },
    ///              [&](ProblemId id) { Q_EMIT problemAdded(id, campaign); });
    template <typename Write, typename Notify = std::nullptr_t>
    [[nodiscard]] auto run(const Write &write, const Notify &notify = nullptr)
        -> std::invoke_result_t<Write, WriteScope &>;

private:
    /// commit() whose notification is `notify`, given `value` when it takes it (nullptr: none).
    template <typename Notify, typename... Value>
    [[nodiscard]] Result<void> commitNotifying(const Notify &notify, const Value &...value);

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_actor;
    Transaction m_tx;
    std::vector<std::function<void()>> m_notifications;
};

template <typename Write, typename Notify>
auto WriteScope::create(const Write &write, AuditNote note, const Notify &notify)
    -> std::invoke_result_t<Write>
{
    return run(
        [&](WriteScope &) -> std::invoke_result_t<Write> {
            auto id = write();
            if (!id)
                return id;
            if constexpr (std::is_integral_v<std::decay_t<decltype(*id)>>)
                note.id = *id;
            else
                note.id = id->value;
            if (auto r = audit(note.entity, note.id, note.action, std::move(note.changes), note.at); !r)
                return r.error();
            return id;
        },
        notify);
}

template <typename Write, typename Notify>
auto WriteScope::run(const Write &write, const Notify &notify) -> std::invoke_result_t<Write, WriteScope &>
{
    if (auto r = begun(); !r)
        return r.error();
    auto written = write(*this);
    if (!written)
        return written;
    Result<void> committed;
    if constexpr (std::is_same_v<decltype(written), Result<void>>)
        committed = commitNotifying(notify);
    else
        committed = commitNotifying(notify, *written);
    if (!committed)
        return committed.error();
    return written;
}

template <typename Notify, typename... Value>
Result<void> WriteScope::commitNotifying(const Notify &notify, const Value &...value)
{
    return commit([&] {
        if constexpr (std::is_invocable_v<Notify, const Value &...>)
            notify(value...);
        else if constexpr (!std::is_null_pointer_v<Notify>)
            notify();
    });
}

} // namespace oversight
