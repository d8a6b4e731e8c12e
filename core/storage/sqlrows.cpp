#include "sqlrows.h"

namespace oversight {

QString placeholders(const QString &columns)
{
    return QStringLiteral("?, ").repeated(int(columns.count(QLatin1Char(',')))) + QLatin1Char('?');
}

QString assignments(const QString &columns)
{
    return columns.split(QStringLiteral(", ")).join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?");
}

QString insertRecordSql(const QString &table, const QString &columns)
{
    const QString all = columns + QStringLiteral(", created_at, updated_at");
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + all +
           QStringLiteral(") VALUES (") + placeholders(all) + QLatin1Char(')');
}

QString updateRecordSql(const QString &table, const QString &columns)
{
    return QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + assignments(columns) +
           QStringLiteral(", updated_at = ? WHERE id = ?");
}

Result<void> execIfAllowed(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                           const QString &message, const QString &refused)
{
    QSqlQuery q(db);
    if (auto r = exec(q, sql, values, message); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return makeError(Error::Code::Conflict, refused);
    return {};
}

PreparedStatement::PreparedStatement(const QSqlDatabase &db, const QString &sql, QString message)
    : m_query(db), m_message(std::move(message))
{
    m_prepared = m_query.prepare(sql);
}

Result<void> PreparedStatement::prepared() const
{
    if (!m_prepared)
        return StorageText::fromQuery(m_query, m_message);
    return {};
}

Result<void> PreparedStatement::run(const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), values.at(i));
    if (!m_query.exec())
        return StorageText::fromQuery(m_query, m_message);
    return {};
}

Result<void> PreparedStatement::runOne(const QVariantList &values, const QString &notFound)
{
    if (auto r = run(values); !r)
        return r;
    if (m_query.numRowsAffected() != 1)
        return makeError(Error::Code::NotFound, notFound);
    return {};
}

namespace {
/// `insert` ("INSERT", "INSERT OR IGNORE") of one row of `columns` into `table`, one placeholder a column.
QString insertSql(const QString &insert, const QString &table, const QString &columns)
{
    return insert + QStringLiteral(" INTO ") + table + QStringLiteral(" (") + columns +
           QStringLiteral(") VALUES (") + placeholders(columns) + QLatin1Char(')');
}
} // namespace

Result<qint64> sqlrows::insert(const QSqlDatabase &db, const QString &table, const QString &columns,
                               const QVariantList &values, const QString &message)
{
    QSqlQuery q(db);
    if (auto r = exec(q, insertSql(QStringLiteral("INSERT"), table, columns), values, message); !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<bool> insertUnlessPresent(const QSqlDatabase &db, const QString &table, const QString &columns,
                                 const QVariantList &values, const QString &message)
{
    QSqlQuery q(db);
    if (auto r = exec(q, insertSql(QStringLiteral("INSERT OR IGNORE"), table, columns), values, message); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<void> updateRecord(const QSqlDatabase &db, const QString &table, const QString &columns,
                          QVariantList values, const QDateTime &now, qint64 id, const QString &message,
                          const QString &notFound)
{
    QSqlQuery q(db);
    values << stamp(now) << id;
    return execOne(q, updateRecordSql(table, columns), values, message, notFound);
}

Result<void> removeRecord(const QSqlDatabase &db, const QString &table, qint64 id, const QString &message,
                          const QString &notFound)
{
    QSqlQuery q(db);
    return execOne(q, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {id}, message,
                   notFound);
}

} // namespace oversight
