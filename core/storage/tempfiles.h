#pragma once

#include <QString>

namespace oversight {

/// Temporary files that stand beside their target until they are renamed onto it (a backup being written,
/// a restore being staged). Their names are recognisable and carry the writer's process id,
/// `.TARGET.PURPOSE.oversight-tmp-PID-RANDOM`, so that a later start can tell a stale one (its process is
/// gone: it was killed) from one still being written, and remove it. They may hold complainant data.
class TempFiles
{
public:
    /// A fresh temporary name beside `target`, for `purpose` ("partial", "restore"), of this process.
    [[nodiscard]] static QString beside(const QString &target, const QString &purpose);
    /// Removes the temporary files of ours in `folder` (and their SQLite companions) whose process is gone.
    /// Returns how many were removed; never touches a file of a live process or another program's file.
    static int removeStale(const QString &folder);
    /// True when `name` (a file name without folder) is one of our temporary files or its companion.
    [[nodiscard]] static bool isTemporary(const QString &name);
};

} // namespace oversight
