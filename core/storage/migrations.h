#pragma once

#include <QStringList>

#include <vector>

namespace oversight {

/// One step of the schema. Steps are numbered from 1 and applied in order, each in its own transaction
/// together with the new PRAGMA user_version. A released step is never edited: add the next one.
struct Migration
{
    int version;
    const char *purpose;
    QStringList statements;
};

[[nodiscard]] const std::vector<Migration> &migrations();

} // namespace oversight
