#pragma once

#include <QObject>

class QAction;
class QTimer;
class QWidget;

namespace oversight {

class SafetyService;
class Settings;

/// The app's backup and restore commands (File menu) and its daily automatic backup while it is open. A
/// restore cannot happen under the open database: restoreRequested() asks main() to close it, restore and
/// open again.
class SafetyActions final : public QObject
{
    Q_OBJECT
public:
    SafetyActions(SafetyService &safety, Settings &settings, QWidget *window);

    [[nodiscard]] QAction *backUpAction() const { return m_backUp; }
    [[nodiscard]] QAction *restoreAction() const { return m_restore; }
    [[nodiscard]] QAction *keepAction() const { return m_keep; }

public Q_SLOTS:
    /// Asks for a place (a USB stick) and writes a checked backup there.
    void backUpNow();
    /// Writes a checked copy to `file`; says the outcome in a box. For backUpNow() and tests.
    bool backUpTo(const QString &file, bool replace);
    /// Asks for a backup file (the automatic folder first), checks it and shows what it holds.
    void restoreFromBackup();
    /// Checks `file` and, once the clerk confirms in the restore dialog, asks for the restore.
    void restoreFrom(const QString &file);
    void chooseBackupsToKeep();
    /// The daily backup: written when the newest automatic one is a day old.
    void backUpIfDue();

Q_SIGNALS:
    /// The clerk confirmed restoring `backupFile`; main() closes the window and does it.
    void restoreRequested(const QString &backupFile);

private:
    SafetyService &m_safety;
    Settings &m_settings;
    QWidget *m_window;
    QAction *m_backUp = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_keep = nullptr;
    QTimer *m_daily = nullptr;
};

} // namespace oversight
