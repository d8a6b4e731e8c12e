#include "safetyactions.h"

#include "messagebox.h"
#include "restoredialog.h"
#include "services/safetyservice.h"
#include "settings.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QTimer>

namespace oversight {

SafetyActions::SafetyActions(SafetyService &safety, Settings &settings, QWidget *window)
    : QObject(window), m_safety(safety), m_settings(settings), m_window(window)
{
    m_backUp = new QAction(tr("&Back Up To…"), this);
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    m_backUp->setStatusTip(
        tr("Write a checked copy of the database to a place you choose, such as a USB stick"));
    connect(m_backUp, &QAction::triggered, this, &SafetyActions::backUpNow);
    m_restore = new QAction(tr("&Restore From Backup…"), this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setStatusTip(tr("Replace the database with a checked backup; the current file is kept aside"));
    connect(m_restore, &QAction::triggered, this, &SafetyActions::restoreFromBackup);
    m_keep = new QAction(tr("Automatic &Backups…"), this);
    m_keep->setObjectName(QStringLiteral("backupsToKeepAction"));
    connect(m_keep, &QAction::triggered, this, &SafetyActions::chooseBackupsToKeep);

    // The clerk leaves the program open for days: once an hour, a backup when the newest is a day old.
    m_daily = new QTimer(this);
    connect(m_daily, &QTimer::timeout, this, &SafetyActions::backUpIfDue);
    m_daily->start(60 * 60 * 1000);
    // … and a minute after the start, when the last session ended days ago without one.
    QTimer::singleShot(60 * 1000, this, &SafetyActions::backUpIfDue);
}

void SafetyActions::backUpNow()
{
    const QString suggested =
        tr("oversight-backup-%1.sqlite").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    // The dialog asks before replacing a file; the backup then replaces it only once the copy checks out.
    const QString file = FileDialogs::save(m_window, tr("Back up the database"), suggested,
                                           tr("Oversight Desk databases (*.sqlite)"));
    if (file.isEmpty())
        return;
    backUpTo(file, QFileInfo::exists(file));
}

bool SafetyActions::backUpTo(const QString &file, bool replace)
{
    // A copy of a large file takes a while: made on a thread of its own, through a read-only connection of
    // its own (a connection belongs to the thread that opened it; the lock stays with this window's).
    return LongWork::run(
               m_window, tr("Back up"), tr("Writing and checking the backup…"),
               [database = m_safety.databasePath(), file, replace](LongWork::Control &) -> Result<QString> {
                   const auto written = SafetyService::backUpFile(database, file, replace);
                   if (!written)
                       return written.error();
                   return tr("The backup %1 is written and checked (%2).")
                       .arg(QDir::toNativeSeparators(written->path),
                            QLocale().formattedDataSize(written->size));
               },
               false) == LongWork::Outcome::Done;
}

void SafetyActions::restoreFromBackup()
{
    const QString file = FileDialogs::openIn(m_window, tr("Restore from backup"),
                                             SafetyService::backupFolder(m_safety.databasePath()),
                                             tr("Oversight Desk databases (*.sqlite)"));
    if (!file.isEmpty())
        restoreFrom(file);
}

void SafetyActions::restoreFrom(const QString &file)
{
    const auto info = SafetyService::inspectBackup(file);
    if (!info) {
        MessageBox::critical(m_window, tr("Restore from backup"), info.error().message, info.error().detail);
        return;
    }
    // Window-modal without a nested event loop: the confirmation arrives as accepted().
    auto *dialog = new RestoreDialog(*info, m_safety.databasePath(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, file] { Q_EMIT restoreRequested(file); });
    dialog->open();
}

void SafetyActions::chooseBackupsToKeep()
{
    bool ok = false;
    const int keep = QInputDialog::getInt(
        m_window, tr("Automatic backups"),
        tr("Oversight Desk backs the database up when it closes and once a day while it is open, into\n%1\n\n"
           "How many of these backups to keep (the oldest go first):")
            .arg(QDir::toNativeSeparators(SafetyService::backupFolder(m_safety.databasePath()))),
        m_settings.backupsToKeep(), 1, 365, 1, &ok);
    if (!ok)
        return;
    m_settings.setBackupsToKeep(keep);
    m_settings.sync();
}

void SafetyActions::backUpIfDue()
{
    if (!m_safety.automaticBackupDue(QDateTime::currentDateTime()))
        return;
    const auto written = m_safety.automaticBackup(m_settings.backupsToKeep());
    if (!written)
        MessageBox::warning(m_window, tr("Automatic backup"), written.error().message,
                            written.error().detail);
}

} // namespace oversight
