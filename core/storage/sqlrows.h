#pragma once

#include "sqlerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

// The shapes every repository reads and writes rows in: a SELECT read into values by one row function, and
// the INSERT and UPDATE of a record from its column list. Included by the repositories' .cpp files only.

namespace oversight {

namespace sqlrows {
template <typename T>
struct Unwrapped
{
    using type = T;
};
template <typename T>
struct Unwrapped<Result<T>>
{
    using type = T;
    static constexpr bool checked = true;
};
template <typename T>
concept Checked = requires
{
    Unwrapped<T>::checked;
};

/// The result of `read` on a row.
template <typename Read>
using ReadResult = std::decay_t<std::invoke_result_t<Read &, const QSqlQuery &>>;
/// What `read` makes of a row: T, also when it returns Result<T> (a row it may find damaged).
template <typename Read>
using RowOf = typename Unwrapped<ReadResult<Read>>::type;
} // namespace sqlrows

/// Runs a SELECT (`values` bound in order) and reads every row with `read`, in the statement's order. `read`
/// may return Result<T>: the first row it refuses is the error. A failed statement is said with `message`.
template <typename Read>
Result<std::vector<sqlrows::RowOf<Read>>> selectAll(const QSqlDatabase &db, const QString &sql,
                                                    const QVariantList &values, const QString &message,
                                                    Read read)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = exec(q, sql, values, message); !r)
        return r.error();
    std::vector<sqlrows::RowOf<Read>> out;
    while (q.next()) {
        if constexpr (sqlrows::Checked<sqlrows::ReadResult<Read>>) {
            auto row = read(q);
            if (!row)
                return row.error();
            out.push_back(std::move(row).value());
        } else {
            out.push_back(read(q));
        }
    }
    return out;
}

/// selectAll() for the first row only: none when the statement found no row.
template <typename Read>
Result<std::optional<sqlrows::RowOf<Read>>> selectFirst(const QSqlDatabase &db, const QString &sql,
                                                        const QVariantList &values, const QString &message,
                                                        Read read)
{
    using T = sqlrows::RowOf<Read>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = exec(q, sql, values, message); !r)
        return r.error();
    if (!q.next())
        return std::optional<T>();
    if constexpr (sqlrows::Checked<sqlrows::ReadResult<Read>>) {
        auto row = read(q);
        if (!row)
            return row.error();
        return std::optional<T>(std::move(row).value());
    } else {
        return std::optional<T>(read(q));
    }
}

/// selectFirst() for a row that must be there (a record read by its id): no row is the NotFound error
/// `notFound`, said to the clerk.
template <typename Read>
Result<sqlrows::RowOf<Read>> selectOne(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                       const QString &message, const QString &notFound, Read read)
{
    auto found = selectFirst(db, sql, values, message, std::move(read));
    if (!found)
        return found.error();
    if (!*found)
        return makeError(Error::Code::NotFound, notFound);
    return std::move(*std::move(found).value());
}

/// The placeholders of a statement that binds one value per column of `columns` ("a, b, c" → "?, ?, ?").
QString placeholders(const QString &columns);

/// The SET list of an UPDATE of `columns` ("a, b" → "a = ?, b = ?").
QString assignments(const QString &columns);

namespace sqlrows {
[[nodiscard]] Result<qint64> insert(const QSqlDatabase &db, const QString &table, const QString &columns,
                                    const QVariantList &values, const QString &message);
}

/// INSERT of one row into `table`: `columns` ("a, b, c") get `values` in that order. Returns the new row's id
/// as IdT (a typed id, or qint64).
template <typename IdT = qint64>
Result<IdT> insertRow(const QSqlDatabase &db, const QString &table, const QString &columns,
                      const QVariantList &values, const QString &message)
{
    auto id = sqlrows::insert(db, table, columns, values, message);
    if (!id)
        return id.error();
    return IdT(*id);
}

/// insertRow() that leaves the row out when the table holds one of the same content already (INSERT OR
/// IGNORE against a UNIQUE constraint): whether the row was added.
[[nodiscard]] Result<bool> insertUnlessPresent(const QSqlDatabase &db, const QString &table,
                                               const QString &columns, const QVariantList &values,
                                               const QString &message);

/// insertRow() of a record: after `columns`, created_at and updated_at are both `now`.
template <typename IdT = qint64>
Result<IdT> insertRecord(const QSqlDatabase &db, const QString &table, const QString &columns,
                         QVariantList values, const QDateTime &now, const QString &message)
{
    values << stamp(now) << stamp(now);
    return insertRow<IdT>(db, table, columns + QStringLiteral(", created_at, updated_at"), values, message);
}

/// UPDATE of the record `id` of `table`: `columns` ("a, b, c") get `values` in that order and updated_at
/// becomes `now`. A record that is not there is the NotFound error `notFound`, said to the clerk.
[[nodiscard]] Result<void> updateRecord(const QSqlDatabase &db, const QString &table, const QString &columns,
                                        QVariantList values, const QDateTime &now, qint64 id,
                                        const QString &message, const QString &notFound);

/// DELETE of the record `id` of `table`; a record that is not there is the NotFound error `notFound`.
[[nodiscard]] Result<void> removeRecord(const QSqlDatabase &db, const QString &table, qint64 id,
                                        const QString &message, const QString &notFound);

/// exec() of an UPDATE or DELETE of one record whose state must allow it (the WHERE says which states do): a
/// statement that touched no row is the Conflict error `refused`, said to the clerk.
[[nodiscard]] Result<void> execIfAllowed(const QSqlDatabase &db, const QString &sql,
                                         const QVariantList &values, const QString &message,
                                         const QString &refused);

/// One statement prepared once and run with the values of many rows: an import writes thousands of rows
/// without preparing the statement again for each.
class PreparedStatement
{
public:
    PreparedStatement(const QSqlDatabase &db, const QString &sql, QString message);
    /// Whether the statement could be prepared; if not, the error, said with the message.
    [[nodiscard]] Result<void> prepared() const;
    /// Binds `values` in order and runs the statement.
    [[nodiscard]] Result<void> run(const QVariantList &values);
    /// run() for an UPDATE or DELETE of one record: no row touched is the NotFound error `notFound`.
    [[nodiscard]] Result<void> runOne(const QVariantList &values, const QString &notFound);
    [[nodiscard]] qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    QString m_message;
    bool m_prepared = false;
};

/// The INSERT of insertRecord() as text, to prepare once for many rows.
QString insertRecordSql(const QString &table, const QString &columns);
/// The UPDATE of updateRecord() as text, to prepare once for many rows.
QString updateRecordSql(const QString &table, const QString &columns);

/// insertRecord() of every row of `rows` through one prepared statement; `values(row)` gives a row's
/// values for `columns`. Returns the new ids in the order of `rows`.
template <typename IdT, typename Row, typename Values>
Result<std::vector<IdT>> insertRecords(const QSqlDatabase &db, const QString &table, const QString &columns,
                                       const std::vector<Row> &rows, Values values, const QDateTime &now,
                                       const QString &message)
{
    PreparedStatement insert(db, insertRecordSql(table, columns), message);
    if (auto r = insert.prepared(); !r)
        return r.error();
    const QString at = stamp(now);
    std::vector<IdT> ids;
    ids.reserve(rows.size());
    for (const Row &row : rows) {
        if (auto r = insert.run(values(row) << at << at); !r)
            return r.error();
        ids.emplace_back(insert.lastInsertId());
    }
    return ids;
}

/// updateRecord() of every row of `rows` (each by its typed id) through one prepared statement; `values(row)`
/// gives a row's values for `columns`, `notFound(id)` says that a record is not there.
template <typename Row, typename Values, typename NotFound>
Result<void> updateRecords(const QSqlDatabase &db, const QString &table, const QString &columns,
                           const std::vector<Row> &rows, Values values, const QDateTime &now,
                           const QString &message, NotFound notFound)
{
    PreparedStatement update(db, updateRecordSql(table, columns), message);
    if (auto r = update.prepared(); !r)
        return r;
    const QString at = stamp(now);
    for (const Row &row : rows) {
        if (auto r = update.runOne(values(row) << at << row.id.value, notFound(row.id.value)); !r)
            return r;
    }
    return {};
}

/// The first columns of every history table's SELECT: id, at, actor, action. Returns the event with those
/// read; the caller reads the rest.
template <typename Event>
Event historyEntry(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    return e;
}

/// The INSERT of one event into a history table, historyEntry()'s counterpart: `owner` (the column of the
/// owner's id, "problem_id") gets `ownerId`, then at, actor and action come from `e`, then `columns` get
/// `values`.
template <typename Event>
Result<void> appendHistory(const QSqlDatabase &db, const QString &table, const QString &owner, qint64 ownerId,
                           const Event &e, const QString &columns, const QVariantList &values,
                           const QString &message)
{
    auto id = sqlrows::insert(db, table, owner + QStringLiteral(", at, actor, action, ") + columns,
                              QVariantList{ownerId, stamp(e.at), e.actor, e.action} << values, message);
    if (!id)
        return id.error();
    return {};
}

/// A nullable id column: the id, or NULL when it is not set.
template <typename IdT>
QVariant idValue(IdT id)
{
    return id.isValid() ? QVariant(id.value) : QVariant();
}

} // namespace oversight
