#include "sqlfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace oversight {

namespace {

quint32 bigEndian(const QByteArray &bytes, int at, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

} // namespace

std::optional<QString> SqliteFile::problem(const QString &path)
{
    const QFileInfo info(path);
    const qint64 size = info.size();
    if (size == 0)
        return tr("the file is empty (0 bytes)");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("the file cannot be read (%1)").arg(f.errorString());
    // The first 100 bytes are the database header: https://www.sqlite.org/fileformat.html
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return tr("the file does not start with the SQLite header");
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return tr("the SQLite header is damaged (page size %1)").arg(pageSize);
    if (size % pageSize != 0)
        return tr("the file ends in the middle of a page: it was cut off");
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    // The header's page count is valid when its "version valid for" equals the change counter.
    if (!walPending && bigEndian(header, 92, 4) == bigEndian(header, 24, 4)) {
        const qint64 expected = qint64(bigEndian(header, 28, 4)) * pageSize;
        if (expected > size)
            return tr("the file is shorter than its header says (%1 of %2 bytes): it was cut off")
                .arg(size)
                .arg(expected);
    }
    return std::nullopt;
}

bool SqliteFile::tryLock(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host, app;
    // removeStaleLockFile() takes the native lock first, so it fails while the owner lives.
    return !lock.getLockInfo(&pid, &host, &app) && lock.removeStaleLockFile() && lock.tryLock(0);
}

int SqliteFile::linkCount(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return int(st.st_nlink);
#else
    Q_UNUSED(path);
#endif
    return 1;
}

int SqliteFile::lockIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -2; // nothing to hold; the lock file still guards the path
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const bool held = errno == EWOULDBLOCK;
        ::close(fd);
        return held ? -1 : -2; // a file system without flock(): the lock file alone guards it
    }
    return fd;
#else
    Q_UNUSED(path);
    return -2;
#endif
}

void SqliteFile::unlockIdentity(int &descriptor)
{
#ifdef Q_OS_UNIX
    if (descriptor >= 0)
        ::close(descriptor); // drops the flock()
#endif
    descriptor = -1;
}

bool SqliteFile::placeIsWritable(const QString &folder)
{
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReadOnly())
        return false;
    const QFileInfo info(folder);
    return !info.exists() || info.isWritable();
}

bool SqliteFile::placeIsFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < 4096;
}

} // namespace oversight
