#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace oversight {

/// What can be told about an SQLite file from its bytes alone, before SQLite opens it.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(oversight::SqliteFile)
public:
    /// Why the file at `path` cannot be a whole SQLite database (empty, no SQLite header, a damaged header,
    /// cut off in the middle of a page or before the size its header records), for the clerk; nothing when
    /// it looks whole. A file with a WAL beside it is not held to its header's size (a checkpoint may have
    /// been interrupted; the WAL completes it).
    [[nodiscard]] static std::optional<QString> problem(const QString &path);
};

} // namespace oversight
