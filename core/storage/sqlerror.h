#pragma once

#include "domain/isodate.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace oversight {

class StorageText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::StorageText)
public:
    /// A storage error for the clerk: `message` says what failed (a whole translated sentence); the
    /// driver's text goes into the detail.
    static Error fromQuery(const QSqlQuery &query, const QString &message)
    {
        return fromSql(query.lastError(), message);
    }
    /// SQLite's own reasons (a full disk, a damaged or read-only file) are said in words, after `message`;
    /// the transaction the statement ran in was rolled back, so nothing of it was saved.
    static Error fromSql(const QSqlError &error, const QString &message)
    {
        bool isNumber = false;
        int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
        if (!isNumber) {
            // Qt's commit error carries SQLite's message but not its code; SQLite's messages are fixed
            // English.
            const QString text = error.databaseText();
            const std::pair<const char *, int> known[] = {{"database or disk is full", 13},
                                                          {"database disk image is malformed", 11},
                                                          {"file is not a database", 26},
                                                          {"attempt to write a readonly database", 8},
                                                          {"disk I/O error", 10}};
            for (const auto &[words, value] : known) {
                if (text.contains(QLatin1String(words))) {
                    code = value;
                    isNumber = true;
                    break;
                }
            }
        }
        if (isNumber) {
            switch (code) {
            case 13: // SQLITE_FULL
                return makeError(
                    Error::Code::Io,
                    message + QLatin1Char(' ') +
                        tr("The disk is full: nothing was saved. Free some space and try again."),
                    error.text());
            case 11: // SQLITE_CORRUPT
            case 26: // SQLITE_NOTADB
                return makeError(Error::Code::Damaged,
                                 message + QLatin1Char(' ') +
                                     tr("The database file is damaged: restore the newest backup."),
                                 error.text());
            case 8: // SQLITE_READONLY
                return makeError(Error::Code::Io,
                                 message + QLatin1Char(' ') +
                                     tr("The database file cannot be written: nothing was saved. Check its "
                                        "permissions and the disk."),
                                 error.text());
            case 10: // SQLITE_IOERR
                return makeError(Error::Code::Io,
                                 message + QLatin1Char(' ') +
                                     tr("The disk reported an error: nothing was saved. Check the disk and "
                                        "its free space."),
                                 error.text());
            default:
                break;
            }
        }
        return makeError(Error::Code::Storage, message, error.text());
    }
};

/// QtSql binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
inline QString textValue(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// A moment as every table stores it: UTC, ISO 8601 with milliseconds.
inline QString stamp(const QDateTime &now)
{
    return now.toUTC().toString(Qt::ISODateWithMs);
}

/// A date column: ISO text, or a (typed) NULL when the date is not set.
inline QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

/// A date column read back: NULL is the invalid date.
inline QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : parseIsoDate(v.toString());
}

/// Prepares and runs one statement with positional values; on failure returns the error.
[[nodiscard]] Result<void> exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                const QString &message);

/// exec() for an UPDATE or DELETE of one record by its id: a statement that touched no row (or several)
/// is the NotFound error `notFound`, said to the clerk.
[[nodiscard]] Result<void> execOne(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                   const QString &message, const QString &notFound);

} // namespace oversight
