#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QLockFile;

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

    /// QLockFile::tryLock(0), and one more thing: a lock file that names no owner (its program was killed
    /// between creating and filling it) is stale when no process holds its native lock. QLockFile alone
    /// would keep such a file locked forever.
    [[nodiscard]] static bool tryLock(QLockFile &lock);

    /// How many names (hard links) the file has on its disk; 1 when it cannot be told.
    [[nodiscard]] static int linkCount(const QString &path);
    /// Takes an exclusive flock() on the file itself, which every name of the file (hard links, symbolic
    /// links) shares and which does not touch SQLite's own fcntl() locks. Returns the descriptor holding it,
    /// or -1 when another process holds it. Where there is no flock(), returns -2 (nothing held).
    [[nodiscard]] static int lockIdentity(const QString &path);
    /// Releases what lockIdentity() returned (close it only after SQLite closed the file).
    static void unlockIdentity(int &descriptor);

    /// Whether files can be created in `folder`: false on a read-only disk or in a folder without write
    /// permission.
    [[nodiscard]] static bool placeIsWritable(const QString &folder);
    /// Whether the disk holding `folder` has no room left for a small file.
    [[nodiscard]] static bool placeIsFull(const QString &folder);
};

} // namespace oversight
