// Long work behind a progress dialog: the ledger's PDF and Excel, the summary figures and a backup run off the
// GUI thread and end with one message saying what was written where; a cancel writes nothing; a failure
// says why; file dialogs start in the database's folder, then in the folder used last.
#include "dashboard/dashboardpage.h"
#include "ledger/ledgerpage.h"
#include "messagebox.h"
#include "safety/safetyactions.h"
#include "services/ledgerservice.h"
#include "services/safetyservice.h"
#include "services/unitservice.h"
#include "settings.h"
#include "storage/backup.h"
#include "tempworkspace.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QWidget>
#include <QtTest>

using namespace oversight;

namespace {
void addProblems(TempWorkspace &t, int count)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = QStringLiteral("旗公安局");
    const UnitId unit = t.ws->units().create(u).value();
    for (int i = 0; i < count; ++i) {
        Problem p;
        p.campaign = t.campaign;
        p.unit = unit;
        p.area = i % 10 + 1;
        p.source = Problem::Source::SelfCheck;
        p.description = QStringLiteral("案卷%1未附送达回证").arg(i + 1);
        p.measure = QStringLiteral("限期整改");
        p.owner = QStringLiteral("王强");
        QVERIFY(t.ws->ledger().add(p).ok());
    }
}
} // namespace

class TestLongWork final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        MessageBox::setTestMode(true);
        (void)MessageBox::takeShown();
        (void)LongWork::takeShown();
    }

    /// The ledger as PDF and as Excel: each written on another thread behind the progress dialog, then one
    /// information box naming the file.
    void ledgerOutputRunsOffTheGuiThreadAndSaysWhere()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        addProblems(t, 40);
        LedgerPage page(t.ws->ledger(), t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        page.show();

        const QString pdf = t.dir.filePath(QStringLiteral("ledger.pdf"));
        page.savePdf(pdf);
        QVERIFY(QFile(pdf).size() > 1000);
        const QList<LongWork::Shown> runs = LongWork::takeShown();
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().offGuiThread);
        QVERIFY(runs.first().cancellable);
        QVERIFY2(runs.first().label.contains(QLatin1String("40")), qPrintable(runs.first().label));
        QCOMPARE(runs.first().outcome, LongWork::Outcome::Done);
        QList<MessageBox::Shown> shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().icon, QMessageBox::Information);
        QVERIFY2(shown.first().text.contains(QDir::toNativeSeparators(pdf)), qPrintable(shown.first().text));

        const QString xlsx = t.dir.filePath(QStringLiteral("ledger.xlsx"));
        page.saveXlsx(xlsx);
        QVERIFY(QFile(xlsx).size() > 1000);
        QCOMPARE(LongWork::takeShown().size(), 1);
        shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().text.contains(QDir::toNativeSeparators(xlsx)), qPrintable(shown.first().text));
        QVERIFY(shown.first().text.contains(QLatin1String("40")));
    }

    /// Cancel before the last step: no file, and the message says nothing was written.
    void cancelWritesNothing()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        addProblems(t, 3);
        LedgerPage page(t.ws->ledger(), t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        const QString xlsx = t.dir.filePath(QStringLiteral("cancelled.xlsx"));
        const QString pdf = t.dir.filePath(QStringLiteral("cancelled.pdf"));
        LongWork::cancelNextRun();
        page.saveXlsx(xlsx);
        LongWork::cancelNextRun();
        page.savePdf(pdf);
        QVERIFY(!QFile::exists(xlsx));
        QVERIFY(!QFile::exists(pdf));
        const QList<LongWork::Shown> runs = LongWork::takeShown();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).outcome, LongWork::Outcome::Cancelled);
        QCOMPARE(runs.at(1).outcome, LongWork::Outcome::Cancelled);
        const QList<MessageBox::Shown> shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.first().text, LongWork::cancelledError().message);
        QVERIFY(QDir(t.dir.path()).entryList({QStringLiteral("*.part"), QStringLiteral("*cancelled*")},
                                             QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    /// A folder that does not exist: a warning that names the file's place, and nothing else happens.
    void aFailureSaysWhy()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        QTemporaryDir settingsDir;
        QSettings store(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&store);
        DashboardPage page(*t.ws, settings);
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        QVERIFY(!page.exportXlsx(t.dir.filePath(QStringLiteral("no-such-folder/figures.xlsx"))));
        const QList<LongWork::Shown> runs = LongWork::takeShown();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().outcome, LongWork::Outcome::Failed);
        const QList<MessageBox::Shown> shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().icon, QMessageBox::Warning);
        QVERIFY2(shown.first().text.contains(QLatin1String("no-such-folder")), qPrintable(shown.first().text));

        const QString pdf = t.dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(page.exportPdf(pdf));
        QCOMPARE(LongWork::takeShown().size(), 1);
        QVERIFY(MessageBox::takeShown().first().text.contains(QDir::toNativeSeparators(pdf)));
    }

    /// A backup from the menu: copied on another thread through a connection of its own while the window's
    /// connection stays open; the file checks out and the message names it with its size.
    void backupRunsOffTheGuiThread()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        addProblems(t, 5);
        QTemporaryDir settingsDir;
        QSettings store(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&store);
        SafetyService safety(t.ws->database());
        QWidget window;
        SafetyActions actions(safety, settings, &window);
        const QString file = t.dir.filePath(QStringLiteral("copy/backup.sqlite"));
        QVERIFY(actions.backUpTo(file, false));
        const QList<LongWork::Shown> runs = LongWork::takeShown();
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().offGuiThread);
        QVERIFY(!runs.first().cancellable);
        const QList<MessageBox::Shown> shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().text.contains(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())),
                 qPrintable(shown.first().text));
        const auto info = Backup::inspect(file);
        QVERIFY2(info.ok(), info ? "" : qPrintable(info.error().fullText()));
        // The window's own connection still works.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM problems")).toInt(), 5);

        // A second backup to the same name is refused (never overwritten without the clerk's word).
        QVERIFY(!actions.backUpTo(file, false));
        QCOMPARE(MessageBox::takeShown().first().icon, QMessageBox::Warning);
    }

    /// File dialogs start in the database's folder, then in the folder the clerk used last.
    void fileDialogsStartBesideTheDatabaseThenWhereLastUsed()
    {
        QTemporaryDir db;
        QTemporaryDir other;
        FileDialogs::setDatabasePath(QDir(db.path()).filePath(QStringLiteral("desk.sqlite")));
        QCOMPARE(FileDialogs::startFolder(), QFileInfo(db.path()).absoluteFilePath());
        QCOMPARE(FileDialogs::suggest(QStringLiteral("a.pdf")), QDir(db.path()).filePath(QStringLiteral("a.pdf")));
        FileDialogs::remember(QDir(other.path()).filePath(QStringLiteral("ledger.xlsx")));
        QCOMPARE(FileDialogs::startFolder(), QFileInfo(other.path()).absoluteFilePath());
        FileDialogs::remember({});
        QCOMPARE(FileDialogs::startFolder(), QFileInfo(other.path()).absoluteFilePath());
    }
};

QTEST_MAIN(TestLongWork)
#include "tst_longwork.moc"
