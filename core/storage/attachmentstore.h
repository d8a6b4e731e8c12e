#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace oversight {

/// A file copied into the store: its content's SHA-256 (hex, lower case), which is also its name there.
struct StoredFile
{
    QString sha256;
    QString fileName; ///< the original file's name (without its folder), for the clerk
    qint64 size = 0;
};

/// Evidence files kept beside the database: `attachments/` in the database's folder holds each file once,
/// named by the SHA-256 of its content, readable by the owner only (0600). Copying is idempotent (the same
/// content is stored once) and verified (the copy's hash is checked before it takes its name), so a record
/// keeps its evidence when the original moves or changes. Knows nothing of the records that point at files.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(oversight::AttachmentStore)
public:
    /// The store of the database file at `databasePath`.
    explicit AttachmentStore(const QString &databasePath);

    [[nodiscard]] QString folder() const { return m_folder; }
    /// Where a stored file lives (whether or not it exists).
    [[nodiscard]] QString pathOf(const QString &sha256) const;
    [[nodiscard]] bool contains(const QString &sha256) const;

    /// Copies `sourcePath` into the store; returns its hash. Io when the file cannot be read or written.
    [[nodiscard]] Result<StoredFile> store(const QString &sourcePath);
    /// Checks that the stored file still has the content its name promises.
    [[nodiscard]] Result<bool> verify(const QString &sha256) const;

    /// Copies every stored file that `other` lacks into it (a backup's store, or back from one), each checked
    /// against its name on the way; never deletes or replaces a file. Returns how many were copied; Io
    /// naming the first file that could not be read, was damaged, or could not be written.
    [[nodiscard]] Result<int> copyMissingTo(AttachmentStore &other) const;

    /// SHA-256 of a file's content, hex; Io when it cannot be read.
    [[nodiscard]] static Result<QString> hashFile(const QString &path);

private:
    QString m_folder;
};

} // namespace oversight
