#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

class QSettings;

namespace oversight {

/// The desktop program's preferences as typed keys over a QSettings store. The store is injected (main()
/// passes the user's INI file, tests a temporary one) and must outlive this object.
/// The current campaign is not a preference: it lives in the database (CampaignService::setCurrent).
class Settings final
{
public:
    explicit Settings(QSettings *store);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// A table's column widths, order and sort column, keyed by the view's objectName.
    [[nodiscard]] QByteArray headerState(const QString &tableName) const;
    void setHeaderState(const QString &tableName, const QByteArray &state);

    /// The UI language: one of availableLanguages(); the default language when unset or unknown.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    /// How many automatic backups to keep (1–365; default SafetyService::defaultBackupsToKeep).
    [[nodiscard]] int backupsToKeep() const;
    void setBackupsToKeep(int count);

    /// The day the clerk turned the startup reminder off ("don't remind me again today"); invalid when never.
    [[nodiscard]] QDate reminderOffOn() const;
    void setReminderOffOn(QDate day);

    /// Writes pending changes to the file now (QSettings otherwise writes on its own schedule).
    void sync();

private:
    QSettings *m_store;
};

} // namespace oversight
