#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <utility>
#include <vector>

class QSqlQuery;

// The shape every repository shares: the connection it runs on and, for a table of records, the calls every
// such table answers the same way (a campaign's list, one record by id, insert, update). A repository's
// header then declares only what is its own.

namespace oversight {

/// A repository of the file: its statements run on `db` (inside the caller's transaction where they write).
class Repository
{
public:
    explicit Repository(QSqlDatabase db) : m_db(std::move(db)) {}

protected:
    QSqlDatabase m_db;
};

/// What a table's shared calls say when they fail: source texts marked with QT_TR_NOOP in the repository's
/// class, said through its tr() (RecordTable::tr), so they keep the repository's translation context.
struct RecordTexts
{
    const char *readAll = nullptr;  ///< a list could not be read
    const char *readOne = nullptr;  ///< one record could not be read
    const char *notFound = nullptr; ///< there is no record %1 (its id)
    const char *save = nullptr;     ///< a record could not be saved
    const char *remove = nullptr;   ///< a record could not be deleted (tables whose records are deleted)
};

/// One table of records: its columns and how a row is read and written (recordtable.h).
template <typename Record, typename Id = qint64, typename Row = Record>
struct RecordTable;

/// The repository of a table of records whose main calls read it: the campaign's records in the table's
/// order, and one record by its id. `Row` is what the table's row function returns: the record, or
/// Result<Record> where a stored row can be damaged.
template <typename Record, typename Id, typename Row = Record>
class RecordRepository : public Repository
{
public:
    [[nodiscard]] Result<std::vector<Record>> listByCampaign(CampaignId campaign) const;
    [[nodiscard]] Result<Record> get(Id id) const;

protected:
    using Table = RecordTable<Record, Id, Row>;
    RecordRepository(QSqlDatabase db, const Table &table) : Repository(std::move(db)), m_table(&table) {}
    const Table &table() const { return *m_table; }

private:
    const Table *m_table;
};

/// RecordRepository of a table whose records are also added and edited whole: insert() writes the table's
/// insert columns, update() its editable columns of the record with the record's id.
template <typename Record, typename Id>
class EditableRecordRepository : public RecordRepository<Record, Id>
{
public:
    [[nodiscard]] Result<Id> insert(const Record &record, const QDateTime &now);
    /// Writes every editable column of the record (matched by id).
    [[nodiscard]] Result<void> update(const Record &record, const QDateTime &now);

protected:
    using RecordRepository<Record, Id>::RecordRepository;
};

} // namespace oversight
