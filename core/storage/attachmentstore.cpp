#include "attachmentstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace oversight {

namespace {
bool isHash(const QString &s)
{
    if (s.size() != 64)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}
} // namespace

AttachmentStore::AttachmentStore(const QString &databasePath)
    : m_folder(QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("attachments")))
{}

QString AttachmentStore::pathOf(const QString &sha256) const
{
    return QDir(m_folder).filePath(sha256);
}

bool AttachmentStore::contains(const QString &sha256) const
{
    return isHash(sha256) && QFileInfo::exists(pathOf(sha256));
}

Result<QString> AttachmentStore::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("Could not read %1.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(Error::Code::Io, tr("Could not read %1.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    return QString::fromLatin1(hash.result().toHex());
}

Result<StoredFile> AttachmentStore::store(const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    if (!info.isFile())
        return makeError(
            Error::Code::Io,
            tr("%1 is not a file that can be attached.").arg(QDir::toNativeSeparators(sourcePath)));
    const Result<QString> hash = hashFile(sourcePath);
    if (!hash)
        return hash.error();
    StoredFile stored{*hash, info.fileName(), info.size()};

    if (!QDir().mkpath(m_folder))
        return makeError(
            Error::Code::Io,
            tr("Could not create the attachments folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString target = pathOf(stored.sha256);
    if (QFileInfo::exists(target)) {
        // Already there: keep the stored copy, but only if it still is what its name says.
        const Result<bool> intact = verify(stored.sha256);
        if (!intact)
            return intact.error();
        if (*intact)
            return stored;
        QFile::remove(target);
    }

    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("Could not read %1.").arg(QDir::toNativeSeparators(sourcePath)),
                         source.errorString());
    // Written to a temporary name and renamed only when complete, so a half copy never carries a hash name.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, tr("Could not write %1.").arg(QDir::toNativeSeparators(target)),
                         out.errorString());
    QCryptographicHash check(QCryptographicHash::Sha256);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 16);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return makeError(Error::Code::Io,
                             tr("Could not read %1.").arg(QDir::toNativeSeparators(sourcePath)),
                             source.errorString());
        check.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return makeError(Error::Code::Io, tr("Could not write %1.").arg(QDir::toNativeSeparators(target)),
                             out.errorString());
    }
    if (QString::fromLatin1(check.result().toHex()) != stored.sha256) {
        out.cancelWriting();
        return makeError(Error::Code::Io, tr("%1 changed while it was being copied; attach it again.")
                                              .arg(QDir::toNativeSeparators(sourcePath)));
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (!out.commit())
        return makeError(Error::Code::Io, tr("Could not write %1.").arg(QDir::toNativeSeparators(target)),
                         out.errorString());
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return stored;
}

Result<bool> AttachmentStore::verify(const QString &sha256) const
{
    if (!isHash(sha256))
        return false;
    const Result<QString> actual = hashFile(pathOf(sha256));
    if (!actual)
        return actual.error();
    return *actual == sha256;
}

Result<int> AttachmentStore::copyMissingTo(AttachmentStore &other) const
{
    const QDir from(m_folder);
    if (!from.exists() || QFileInfo(m_folder).canonicalFilePath() == QFileInfo(other.m_folder).canonicalFilePath())
        return 0;
    int copied = 0;
    for (const QString &name : from.entryList(QDir::Files, QDir::Name)) {
        if (!isHash(name) || other.contains(name))
            continue;
        const Result<bool> intact = verify(name);
        if (!intact)
            return intact.error();
        if (!*intact)
            return makeError(Error::Code::Io, tr("The evidence file %1 no longer has the content it was stored "
                                                 "with; it was not copied.")
                                                  .arg(QDir::toNativeSeparators(pathOf(name))));
        const Result<StoredFile> stored = other.store(pathOf(name));
        if (!stored)
            return stored.error();
        ++copied;
    }
    return copied;
}

} // namespace oversight
