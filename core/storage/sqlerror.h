#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace oversight {

class StorageText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::StorageText)
public:
    /// A storage error for the clerk: `message` says what failed (a whole translated sentence); the
    /// driver's text goes into the detail.
    static Error fromQuery(const QSqlQuery &query, const QString &message)
    {
        return makeError(Error::Code::Storage, message, query.lastError().text());
    }
    static Error fromSql(const QSqlError &error, const QString &message)
    {
        return makeError(Error::Code::Storage, message, error.text());
    }
};

/// QtSql binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
inline QString textValue(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// Prepares and runs one statement with positional values; on failure returns the error.
[[nodiscard]] Result<void> exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                const QString &message);

} // namespace oversight
