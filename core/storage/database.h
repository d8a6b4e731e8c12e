#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace oversight {

/// One open SQLite file: WAL, foreign keys, numbered migrations under PRAGMA user_version, and a lock file
/// so that a second program cannot write the same file. Owns its QSqlDatabase connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(oversight::Database)
public:
    enum class Mode
    {
        OpenOrCreate, ///< the app's default database: created on first start
        CreateNew,    ///< `init`: refuses a path where a file exists
        OpenExisting, ///< the file must exist and be ours
        ReadOnly,     ///< no lock, no migration: for reports while another copy writes
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);

    /// The default file: QStandardPaths::AppDataLocation/oversight.sqlite.
    [[nodiscard]] static QString defaultPath();
    /// The lock file of the database at `path`: beside the file the path finally names (symbolic links
    /// followed), so that every name of one file shares one lock.
    [[nodiscard]] static QString lockPathFor(const QString &path);
    /// The schema version this program writes; a file with a higher user_version is refused.
    [[nodiscard]] static int latestSchemaVersion();

    [[nodiscard]] QSqlDatabase connection() const { return m_db; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// True when this open created the file (the caller then loads the default campaign).
    [[nodiscard]] bool wasCreated() const { return m_created; }

private:
    Database() = default;
    Result<void> configure();
    Result<void> migrate();
    Result<void> useWal();
    Result<void> lockForWriting(const QString &native);
    /// After a refusal: closes the connection and removes the empty -wal/-shm that opening it created.
    void discardCompanions(bool hadWal, bool hadShm);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    int m_identityLock = -1; ///< a descriptor of the file itself holding flock(): shared by every name of it
    bool m_readOnly = false;
    bool m_created = false;
};

} // namespace oversight
