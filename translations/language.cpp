#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace oversight {

bool installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    // The translators live as long as the application; a second call replaces the first.
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (language.startsWith(QLatin1String("en"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    // An installed copy (the package puts it in share/oversight-desk/translations beside bin/) comes before
    // the one embedded in the program, so a corrected translation can ship without a rebuild.
    const QString file = QStringLiteral("oversight_%1.qm").arg(language);
    const QString installed = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/oversight-desk/translations");
    ours = new QTranslator(app);
    if (!ours->load(file, installed) && !ours->load(QStringLiteral(":/i18n/") + file)) {
        delete ours;
        ours = nullptr;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    QLocale::setDefault(QLocale(language));
    qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else {
        delete qt;
        qt = nullptr;
    }
    return true;
}

QStringList availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

} // namespace oversight
