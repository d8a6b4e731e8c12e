#pragma once

#include "services/safetyservice.h"

#include <QDialog>

class QDialogButtonBox;

namespace oversight {

/// Shows what a checked backup holds (its campaign, its last change, its size) before the clerk confirms that
/// it replaces the database; says that the current file is kept aside.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const BackupInfo &backup, const QString &databasePath, QWidget *parent = nullptr);

    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }
    /// A moment for the clerk (local time to the minute), or "unknown".
    [[nodiscard]] static QString moment(const QDateTime &at);

private:
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace oversight
