#include "tempfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace oversight {

namespace {

const QString marker = QStringLiteral(".oversight-tmp-");

const QRegularExpression &pattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\..+\.oversight-tmp-(\d+)-[0-9a-f]+(-wal|-shm|-journal)?$)"));
    return re;
}

bool processAlive(qint64 pid)
{
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    // Signal 0 only asks whether the process exists; EPERM means it does (another user's).
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // without a way to ask, nothing is taken for stale
#endif
}

} // namespace

QString TempFiles::beside(const QString &target, const QString &purpose)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2%3%4-%5")
                                           .arg(info.fileName(), purpose, marker)
                                           .arg(QCoreApplication::applicationPid())
                                           .arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

bool TempFiles::isTemporary(const QString &name)
{
    return pattern().match(name).hasMatch();
}

int TempFiles::removeStale(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return 0;
    int removed = 0;
    const QStringList names =
        dir.entryList({QStringLiteral(".*") + marker + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern().match(name);
        if (!match.hasMatch() || processAlive(match.captured(1).toLongLong()))
            continue;
        if (QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace oversight
