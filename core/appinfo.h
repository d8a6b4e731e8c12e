#pragma once

#include <QCoreApplication>
#include <QString>

namespace oversight {

/// Names both programs share, so they find the same default database
/// (QStandardPaths::AppDataLocation → ~/.local/share/oversight-desk/oversight.sqlite on Linux).
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("oversight-desk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("oversight-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVERSIGHT_VERSION));
}

} // namespace oversight
