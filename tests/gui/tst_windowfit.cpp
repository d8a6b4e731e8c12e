// The main window fits a 1366×768 laptop with a taskbar in both languages: with every page built and each one
// shown in turn, the window's minimum size leaves room (at most 1366 wide, 700 tall), so no page forces the
// window past the screen's edge and cuts its buttons or charts.
#include "language.h"
#include "mainwindow.h"
#include "services/unitservice.h"
#include "settings.h"
#include "tempworkspace.h"

#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

namespace {
constexpr int maxWidth = 1366;
constexpr int maxHeight = 700;
} // namespace

class TestWindowFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageFitsALaptop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyPageFitsALaptop()
    {
        QFETCH(QString, language);
        installTranslations(language);
        TempWorkspace t(QDate(2022, 9, 12));
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("鄂尔多斯市某某旗综合行政执法局第一执法大队");
        QVERIFY(t.ws->units().create(u).ok());
        QTemporaryDir settingsDir;
        QSettings store(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&store);
        MainWindow window(t.ws->campaigns(), t.ws->units(), t.ws->supervision(), t.ws->clock(), settings);
        window.addDocumentsPage(t.ws->documents(), t.ws->units());
        window.addSubmissionsPage(t.ws->submissions());
        window.addCaseReviewPage(t.ws->caseReview(), t.ws->units());
        window.addLedgerPage(t.ws->ledger(), t.ws->units());
        window.addNormativePage(t.ws->normative(), t.ws->units());
        window.addAreaRecordsPage(t.ws->areaRecords(), t.ws->units());
        window.addDashboardPage(*t.ws);
        window.resize(1244, 691);
        window.show();
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QVERIFY(stack);
        QVERIFY(stack->count() >= 9);
        for (int i = 0; i < stack->count(); ++i) {
            window.showPage(i);
            QApplication::processEvents();
            const QSize min = window.minimumSizeHint();
            const QString what = QStringLiteral("%1, page %2 (%3): window minimum %4×%5")
                                     .arg(language)
                                     .arg(i + 1)
                                     .arg(QString::fromLatin1(stack->widget(i)->metaObject()->className()))
                                     .arg(min.width())
                                     .arg(min.height());
            QVERIFY2(min.width() <= maxWidth && min.height() <= maxHeight, qPrintable(what));
            QVERIFY2(window.width() <= maxWidth, qPrintable(what));
        }
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
