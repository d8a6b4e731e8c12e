#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace oversight {

namespace {
struct Folders
{
    QString database;
    QString last;
};

Folders &folders()
{
    static Folders f;
    return f;
}
} // namespace

void FileDialogs::setDatabasePath(const QString &path)
{
    folders().database = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
}

QString FileDialogs::startFolder()
{
    const Folders &f = folders();
    if (!f.last.isEmpty() && QFileInfo(f.last).isDir())
        return f.last;
    if (!f.database.isEmpty() && QFileInfo(f.database).isDir())
        return f.database;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString FileDialogs::suggest(const QString &fileName)
{
    return QDir(startFolder()).filePath(fileName);
}

void FileDialogs::remember(const QString &path)
{
    if (!path.isEmpty())
        folders().last = QFileInfo(path).absolutePath();
}

QString FileDialogs::save(QWidget *parent, const QString &title, const QString &fileName, const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, suggest(fileName), filter);
    remember(path);
    return path;
}

QString FileDialogs::open(QWidget *parent, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, startFolder(), filter);
    remember(path);
    return path;
}

QString FileDialogs::openIn(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QStringList FileDialogs::openMany(QWidget *parent, const QString &title, const QString &filter)
{
    const QStringList paths = QFileDialog::getOpenFileNames(parent, title, startFolder(), filter);
    if (!paths.isEmpty())
        remember(paths.constFirst());
    return paths;
}

} // namespace oversight
