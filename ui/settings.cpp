#include "settings.h"

#include "language.h"
#include "services/safetyservice.h"

#include <QSettings>

#include <algorithm>

namespace oversight {

namespace {
// Stable key names: renaming one loses the clerk's stored preference.
QString geometryKey()
{
    return QStringLiteral("window/geometry");
}
QString stateKey()
{
    return QStringLiteral("window/state");
}
QString languageKey()
{
    return QStringLiteral("ui/language");
}
QString backupsKey()
{
    return QStringLiteral("backup/keep");
}
QString headerKey(const QString &tableName)
{
    return QStringLiteral("tables/%1/header").arg(tableName);
}
} // namespace

Settings::Settings(QSettings *store) : m_store(store)
{
    Q_ASSERT(store);
}

QByteArray Settings::windowGeometry() const
{
    return m_store->value(geometryKey()).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store->setValue(geometryKey(), geometry);
}

QByteArray Settings::windowState() const
{
    return m_store->value(stateKey()).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_store->setValue(stateKey(), state);
}

QByteArray Settings::headerState(const QString &tableName) const
{
    return m_store->value(headerKey(tableName)).toByteArray();
}

void Settings::setHeaderState(const QString &tableName, const QByteArray &state)
{
    Q_ASSERT(!tableName.isEmpty());
    m_store->setValue(headerKey(tableName), state);
}

QString Settings::language() const
{
    const QString stored = m_store->value(languageKey()).toString();
    // A hand-edited or outdated file must not leave the program without a language.
    return availableLanguages().contains(stored) ? stored : defaultLanguage();
}

void Settings::setLanguage(const QString &language)
{
    m_store->setValue(languageKey(), language);
}

int Settings::backupsToKeep() const
{
    bool ok = false;
    const int stored = m_store->value(backupsKey()).toInt(&ok);
    return ok && stored >= 1 && stored <= 365 ? stored : SafetyService::defaultBackupsToKeep;
}

void Settings::setBackupsToKeep(int count)
{
    m_store->setValue(backupsKey(), std::clamp(count, 1, 365));
}

QDate Settings::reminderOffOn() const
{
    return QDate::fromString(m_store->value(QStringLiteral("dashboard/reminderOffOn")).toString(), Qt::ISODate);
}

void Settings::setReminderOffOn(QDate day)
{
    if (day.isValid())
        m_store->setValue(QStringLiteral("dashboard/reminderOffOn"), day.toString(Qt::ISODate));
    else
        m_store->remove(QStringLiteral("dashboard/reminderOffOn"));
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace oversight
