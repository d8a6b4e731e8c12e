#include "transaction.h"

#include "sqlerror.h"

#include <QSqlError>

namespace oversight {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Result<void> Transaction::begun() const
{
    if (m_active)
        return {};
    return makeError(Error::Code::Storage, StorageText::tr("Could not start a transaction in the database."),
                     m_beginError);
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return begun();
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_active = false;
        return StorageText::fromSql(error, StorageText::tr("Could not save the change in the database."));
    }
    m_active = false;
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &message)
{
    if (!query.prepare(sql))
        return StorageText::fromQuery(query, message);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return StorageText::fromQuery(query, message);
    return {};
}

Result<void> execOne(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &message,
                     const QString &notFound)
{
    if (auto r = exec(query, sql, values, message); !r)
        return r;
    if (query.numRowsAffected() != 1)
        return makeError(Error::Code::NotFound, notFound);
    return {};
}

} // namespace oversight
