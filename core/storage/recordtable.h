#pragma once

#include "recordrepository.h"
#include "sqlrows.h"

#include <optional>
#include <type_traits>
#include <utility>

// RecordTable, and the shared calls of RecordRepository written with it. Included by the repositories' .cpp
// files only; each instantiates the repository templates of its own table (`template class …;`).

namespace oversight {

namespace sqlrows {
/// The number of a record id: a typed id's value, or the qint64 itself.
template <typename Id>
qint64 idNumber(Id id)
{
    if constexpr (std::is_integral_v<Id>)
        return id;
    else
        return id.value;
}
} // namespace sqlrows

/// One table of records as its repository reads and writes it, each fact said once: the columns a SELECT
/// reads and the row function that reads them in that order, the order of a list, the messages of its calls
/// with the repository's tr(), and the columns an insert and an edit write with the functions that give
/// their values. A table that is only read leaves the writing half empty. Defined as a static member of its
/// repository, so that QT_TR_NOOP marks its texts in the repository's context.
template <typename Record, typename Id, typename Row>
struct RecordTable
{
    QString name;
    /// What a SELECT reads ("id, campaign_id, …"), in the order `read` reads it.
    QString columns;
    /// The ORDER BY of list() ("id").
    QString order;
    Row (*read)(const QSqlQuery &) = nullptr;
    /// The repository's tr(), which says `texts`.
    QString (*tr)(const char *, const char *, int) = nullptr;
    RecordTexts texts = {};
    /// What insert() writes, in the order of `insertValues`; created_at and updated_at follow.
    QString insertColumns = {};
    QVariantList (*insertValues)(const Record &) = nullptr;
    /// What update() writes, in the order of `editableValues`; updated_at follows.
    QString editableColumns = {};
    QVariantList (*editableValues)(const Record &) = nullptr;

    /// The facts in the order above (a constructor, so that the tables can be defined with parentheses on
    /// every compiler the project builds with).
    RecordTable(QString tableName, QString selectColumns, QString listOrder,
                Row (*readRow)(const QSqlQuery &), QString (*translate)(const char *, const char *, int),
                RecordTexts messages = {}, QString insertedColumns = {},
                QVariantList (*insertedValues)(const Record &) = nullptr, QString editedColumns = {},
                QVariantList (*editedValues)(const Record &) = nullptr)
        : name(std::move(tableName)), columns(std::move(selectColumns)), order(std::move(listOrder)),
          read(readRow), tr(translate), texts(std::move(messages)), insertColumns(std::move(insertedColumns)),
          insertValues(insertedValues), editableColumns(std::move(editedColumns)),
          editableValues(editedValues)
    {}

    /// `text` (one of `texts`) in the clerk's language.
    QString say(const char *text) const { return tr(text, nullptr, -1); }

    /// The SELECT of the records `where` ("WHERE …", with an ORDER BY where it wants one).
    QString select(const QString &where) const
    {
        return QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + name + QLatin1Char(' ') +
               where;
    }

    /// The records `where`, in the table's order.
    Result<std::vector<Record>> list(const QSqlDatabase &db, const QString &where, const QVariantList &values,
                                     const QString &message) const
    {
        return selectAll(db, select(where) + QStringLiteral(" ORDER BY ") + order, values, message, read);
    }

    /// The first record `where`, if any.
    Result<std::optional<Record>> first(const QSqlDatabase &db, const QString &where,
                                        const QVariantList &values, const QString &message) const
    {
        return selectFirst(db, select(where), values, message, read);
    }

    /// The record `id`; none is the NotFound error.
    Result<Record> get(const QSqlDatabase &db, Id id) const
    {
        const qint64 number = sqlrows::idNumber(id);
        return selectOne(db, select(QStringLiteral("WHERE id = ?")), {number}, say(texts.readOne),
                         say(texts.notFound).arg(number), read);
    }

    /// insertRecord() of `record`; returns its id.
    Result<Id> insert(const QSqlDatabase &db, const Record &record, const QDateTime &now) const
    {
        return insertRecord<Id>(db, name, insertColumns, insertValues(record), now, say(texts.save));
    }

    /// insert() of every record of `records` through one prepared statement (imports).
    Result<std::vector<Id>> insertAll(const QSqlDatabase &db, const std::vector<Record> &records,
                                      const QDateTime &now) const
    {
        return insertRecords<Id>(db, name, insertColumns, records, insertValues, now, say(texts.save));
    }

    /// updateRecord() of the editable columns of `record`, matched by its id.
    Result<void> update(const QSqlDatabase &db, const Record &record, const QDateTime &now) const
    {
        const qint64 number = sqlrows::idNumber(record.id);
        return updateRecord(db, name, editableColumns, editableValues(record), now, number, say(texts.save),
                            say(texts.notFound).arg(number));
    }

    /// update() of every record of `records` through one prepared statement (imports).
    Result<void> updateAll(const QSqlDatabase &db, const std::vector<Record> &records,
                           const QDateTime &now) const
    {
        return updateRecords(db, name, editableColumns, records, editableValues, now, say(texts.save),
                             [this](qint64 id) { return say(texts.notFound).arg(id); });
    }

    /// removeRecord() of the record `id`.
    Result<void> remove(const QSqlDatabase &db, Id id) const
    {
        const qint64 number = sqlrows::idNumber(id);
        return removeRecord(db, name, number, say(texts.remove), say(texts.notFound).arg(number));
    }
};

template <typename Record, typename Id, typename Row>
Result<std::vector<Record>> RecordRepository<Record, Id, Row>::listByCampaign(CampaignId campaign) const
{
    return table().list(m_db, QStringLiteral("WHERE campaign_id = ?"), {campaign.value},
                        table().say(table().texts.readAll));
}

template <typename Record, typename Id, typename Row>
Result<Record> RecordRepository<Record, Id, Row>::get(Id id) const
{
    return table().get(m_db, id);
}

template <typename Record, typename Id>
Result<Id> EditableRecordRepository<Record, Id>::insert(const Record &record, const QDateTime &now)
{
    return this->table().insert(this->m_db, record, now);
}

template <typename Record, typename Id>
Result<void> EditableRecordRepository<Record, Id>::update(const Record &record, const QDateTime &now)
{
    return this->table().update(this->m_db, record, now);
}

} // namespace oversight
