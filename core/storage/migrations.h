#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace oversight {

/// One step of the schema. Steps are numbered from 1 and applied in order, all in one transaction
/// together with the new PRAGMA user_version. A released step is never edited: add the next one.
struct Migration
{
    int version;
    const char *purpose;
    QStringList statements;
    /// Work SQL cannot do (hashing), run after the statements in the same transaction; may be null.
    Result<void> (*code)(QSqlDatabase) = nullptr;
    /// The step rebuilds a table that others reference (SQLite's 12-step ALTER procedure): the migration
    /// runs with foreign keys off (set outside the transaction, where the pragma takes effect), checks them
    /// with PRAGMA foreign_key_check before it commits, and turns them on again.
    bool rebuildsTables = false;
};

[[nodiscard]] const std::vector<Migration> &migrations();

} // namespace oversight
