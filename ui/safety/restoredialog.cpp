#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace oversight {

QString RestoreDialog::moment(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                        : tr("unknown");
}

RestoreDialog::RestoreDialog(const BackupInfo &backup, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));

    auto *intro = new QLabel(tr("This backup passed its checks (the file is whole, its audit log is intact). "
                                "Restoring it replaces the data you are working on with the data below."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label, const QString &value, const char *name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(QLatin1String(name));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
    };
    addRow(tr("Campaign:"), backup.campaign.isEmpty() ? tr("none") : backup.campaign, "backupCampaign");
    addRow(tr("Last change:"), moment(backup.lastChange), "backupLastChange");
    addRow(tr("Recorded changes:"), QLocale().toString(backup.auditEntries), "backupEntries");
    addRow(tr("Backup file:"), QDir::toNativeSeparators(backup.path), "backupPath");
    addRow(tr("Size:"), QLocale().formattedDataSize(backup.size), "backupSize");

    auto *aside =
        new QLabel(tr("The current database %1 is not deleted: it is kept beside it under the name "
                      "\"…before-restore-DATE\". Oversight Desk opens again with the restored data.")
                       .arg(QDir::toNativeSeparators(databasePath)),
                   this);
    aside->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = m_buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(aside);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

} // namespace oversight
