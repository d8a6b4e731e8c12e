#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace oversight {

/// The program's file dialogs start in the folder the clerk used last, or before any, in the database's
/// folder (not "Documents": the clerk keeps the campaign's files together).
class FileDialogs final
{
public:
    /// The database the program works on; its folder is the first start folder.
    static void setDatabasePath(const QString &path);
    /// The folder the next dialog starts in.
    [[nodiscard]] static QString startFolder();
    /// `fileName` inside startFolder(), for a save dialog's suggestion.
    [[nodiscard]] static QString suggest(const QString &fileName);
    /// Notes the folder of a path the clerk chose (an empty path is ignored).
    static void remember(const QString &path);

    static QString save(QWidget *parent, const QString &title, const QString &fileName, const QString &filter);
    static QString open(QWidget *parent, const QString &title, const QString &filter = {});
    /// An open dialog that starts in `folder` (where the program keeps a kind of file, as its backups)
    /// and leaves the remembered folder as it was.
    static QString openIn(QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    static QStringList openMany(QWidget *parent, const QString &title, const QString &filter = {});
};

} // namespace oversight
