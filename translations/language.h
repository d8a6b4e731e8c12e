#pragma once

#include <QString>
#include <QStringList>

namespace oversight {

/// Installs the program's translation (the installed .qm in ../share/oversight-desk/translations beside the
/// program, else the embedded one) and Qt's own for `language` ("zh_CN", "en") on the
/// running application. Simplified Chinese is the default; "en" needs no translation file.
/// Returns false when no translation for the language is available (the program then speaks English).
bool installTranslations(const QString &language);

/// The languages the program can speak, default first.
[[nodiscard]] QStringList availableLanguages();
[[nodiscard]] inline QString defaultLanguage()
{
    return QStringLiteral("zh_CN");
}

} // namespace oversight
