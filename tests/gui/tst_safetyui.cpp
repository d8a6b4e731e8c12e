// The data-safety parts of the app offscreen: the audit log page and its filters, the chain check naming a
// changed entry, the File menu's backup and restore, and the restore dialog showing what a backup holds
// before the clerk confirms. Message boxes are answered through the MessageBox seam.
#include "audit/auditpage.h"
#include "language.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "safety/restoredialog.h"
#include "safety/safetyactions.h"
#include "safetytesting.h"
#include "services/ledgerservice.h"
#include "services/safetyservice.h"
#include "services/unitservice.h"
#include "settings.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "tempworkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>

using namespace oversight;

namespace {

struct Gui
{
    TempWorkspace t;
    QTemporaryDir settingsDir;
    QSettings store{settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Settings settings{&store};
    std::unique_ptr<SafetyService> safety;
    std::unique_ptr<MainWindow> window;

    Gui()
    {
        for (const char *name : {"旗公安局", "旗自然资源局", "大沁他拉镇"}) {
            Unit u;
            u.campaign = t.campaign;
            u.name = QString::fromUtf8(name);
            QVERIFY(t.ws->units().create(u).ok());
        }
        safety = std::make_unique<SafetyService>(t.ws->database());
        window = std::make_unique<MainWindow>(t.ws->campaigns(), t.ws->units(), t.ws->supervision(),
                                              t.ws->clock(), settings);
        window->addSafety(*safety);
        window->show();
    }
    ~Gui() { window.reset(); }

    AuditPage *page() const { return window->auditPage(); }
    int rows() const { return page()->model()->rowCount(); }
};

} // namespace

class TestSafetyUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::setTestMode(true); }
    void cleanup() { (void)MessageBox::takeShown(); }

    void auditPageFilters()
    {
        Gui g;
        g.page()->reload();
        QCOMPARE(g.rows(), 4); // the campaign and three units
        QVERIFY(g.page()->countLabel()->text().contains(QStringLiteral("4")));
        // Newest first.
        QCOMPARE(g.page()->model()->index(0, 0).data().toString(), QStringLiteral("4"));

        QComboBox *entity = g.page()->entityFilter();
        entity->setCurrentIndex(entity->findData(QStringLiteral("unit")));
        QCOMPARE(g.rows(), 3);
        QCOMPARE(entity->currentText(), QStringLiteral("Enforcement unit"));

        entity->setCurrentIndex(0);
        QComboBox *unit = g.page()->unitFilter();
        unit->setCurrentIndex(unit->findText(QStringLiteral("旗自然资源局")));
        QCOMPARE(g.rows(), 1);
        QVERIFY(g.page()->model()->index(0, 5).data().toString().contains(QStringLiteral("旗自然资源局")));

        unit->setCurrentIndex(0);
        g.page()->fromEdit()->setDate(QDate(2000, 1, 1));
        g.page()->toEdit()->setDate(QDate(2000, 1, 2));
        g.page()->timeFilter()->setChecked(true);
        QCOMPARE(g.rows(), 0);
        g.page()->toEdit()->setDate(QDate::currentDate());
        QCOMPARE(g.rows(), 4);
    }

    /// The log reads as the clerk speaks: kinds, actions, statuses and fields in words, the unit by its name,
    /// the campaign's dates as the range; the stored JSON one tick away.
    void auditLogInTheClerksWords()
    {
        Gui g;
        const Unit police = g.t.ws->units().units(g.t.campaign).value().front();
        Problem p;
        p.campaign = g.t.campaign;
        p.unit = police.id;
        p.area = 2;
        p.source = Problem::Source::SelfCheck;
        p.description = QStringLiteral("未告知听证权利");
        p.measure = QStringLiteral("限期整改");
        p.owner = QStringLiteral("责任人");
        p.deadline = QDate(2022, 9, 30);
        const ProblemId id = g.t.ws->ledger().add(p).value();
        QVERIFY(g.t.ws->ledger().moveTo(id, Problem::Status::InProgress, QStringLiteral("已开始")).ok());
        g.page()->reload();

        const Campaign c = g.t.ws->campaigns().campaign(g.t.campaign).value();
        QCOMPARE(g.page()->fromEdit()->date(), c.phases.front().from);
        QCOMPARE(g.page()->toEdit()->date(), c.phases.back().to);

        QStandardItemModel *m = g.page()->model();
        // Newest first: the status step, then the new problem.
        QCOMPARE(m->index(0, 3).data().toString(),
                 QStringLiteral("Rectification problem No. %1").arg(id.value));
        QCOMPARE(m->index(0, 4).data().toString(), QStringLiteral("Status changed"));
        const QString step = m->index(0, 5).data().toString();
        QVERIFY2(step.contains(QStringLiteral("status: 待整改 → 整改中")), qPrintable(step));
        QVERIFY(!step.contains(QStringLiteral("in_progress")));
        const QString created = m->index(1, 5).data().toString();
        QVERIFY2(created.contains(QStringLiteral("unit: %1").arg(police.name)), qPrintable(created));
        QVERIFY(created.contains(QStringLiteral("source: 自查")));
        QVERIFY(!created.contains(QStringLiteral("campaign")));
        QCOMPARE(m->index(2, 3).data().toString(),
                 QStringLiteral("Enforcement unit 大沁他拉镇")); // the last added

        g.page()->rawFilter()->setChecked(true);
        QVERIFY(m->index(0, 5).data().toString().contains(QStringLiteral("\"to\":\"in_progress\"")));
    }

    /// Every kind of record, action and field the demo campaign's log holds (about 2,400 entries: units,
    /// forms, the catalogue, the draw and its sheets, the ledger, complaints, normative filings, zero
    /// reports, area 7 and 10 records) has a Chinese word, and no stored key ("in_progress", "held_on") is
    /// left in the lines the clerk reads.
    void everyWordOfTheDemoLogIsTheClerks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess make;
        make.start(QStringLiteral(MAKE_DEMO_DATA), {path, QStringLiteral("2022-09-12")});
        QVERIFY(make.waitForFinished(120000));
        QCOMPARE(make.exitCode(), 0);
        auto ws = Workspace::open(path, Database::Mode::OpenExisting,
                                  std::make_unique<FixedClock>(QDate(2022, 9, 12)));
        QVERIFY(ws.ok());
        AuditFilter all;
        all.limit = 100000;
        const auto entries = AuditLog::entries((*ws)->database().connection(), all);
        QVERIFY(entries.ok());
        QVERIFY(entries->first.size() > 1000);
        QVERIFY(installTranslations(QStringLiteral("zh_CN")));
        const auto backToEnglish = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
        const QRegularExpression storedKey(QStringLiteral("\\b[a-z]+_[a-z_]+\\b"));
        QSet<QString> seen;
        for (const AuditEntry &e : entries->first) {
            QVERIFY2(AuditPage::entityLabel(e.entity) != e.entity, qPrintable(e.entity));
            QVERIFY2(AuditPage::actionLabel(e.action) != e.action, qPrintable(e.action));
            for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
                seen.insert(it.key());
                if ((it.key() == QLatin1String("from") || it.key() == QLatin1String("to")) && !it->isObject())
                    continue; // a step's from and to read as one "status: old → new"
                QVERIFY2(AuditPage::fieldLabel(it.key()) != it.key(), qPrintable(e.entity + u' ' + it.key()));
            }
            const QString line = AuditPage::changesText(e.changes, {}, e.entity);
            QVERIFY2(!storedKey.match(line).hasMatch(), qPrintable(e.entity + QStringLiteral(": ") + line));
        }
        QVERIFY(seen.contains(QStringLiteral("held_on")));      // the area-7 records are in it
        QVERIFY(seen.contains(QStringLiteral("handling_due"))); // and the complaints
        // A complaint's closing reads as a complaint's, not as a rectification problem's 已销号.
        const QString closed = AuditPage::changesText(
            QJsonObject{{QStringLiteral("status"),
                         QJsonObject{{QStringLiteral("from"), QStringLiteral("investigating")},
                                     {QStringLiteral("to"), QStringLiteral("closed")}}}},
            {}, QStringLiteral("complaint"));
        QVERIFY2(!closed.contains(QStringLiteral("销号")), qPrintable(closed));
    }

    void verifyNamesTheChangedEntry()
    {
        Gui g;
        auto *button = g.page()->findChild<QPushButton *>(QStringLiteral("auditVerifyButton"));
        QVERIFY(button);
        button->click();
        QVERIFY(g.page()->verifyLabel()->text().contains(QStringLiteral("4 entries are intact")));
        QVERIFY(g.t.run(QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = 3")));
        button->click();
        QVERIFY2(g.page()->verifyLabel()->text().contains(QStringLiteral("entry 3")),
                 qPrintable(g.page()->verifyLabel()->text()));
    }

    /// Verify on the audit page runs verify's own checks (IntegrityCheck through SafetyService): the evidence
    /// files and the log against the backups beside the database, in words.
    void verifyChecksEvidenceAndAnchorsLikeTheCommandLine()
    {
        Gui g;
        auto *button = g.page()->findChild<QPushButton *>(QStringLiteral("auditVerifyButton"));
        QVERIFY(button);
        const auto backup = g.safety->automaticBackup(Backup::defaultKeep);
        QVERIFY(backup.ok() && backup->has_value());
        button->click();
        QString text = g.page()->verifyLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("4 entries are intact")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Evidence files: 0 stored")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 of 1 backups agree")), qPrintable(text));
        for (const QString &line : g.safety->check().value().lines.mid(2)) // verify's own lines
            QVERIFY2(text.contains(line), qPrintable(line));

        // The last entries cut off and the head rewritten to match: the chain alone verifies, the backup not.
        QVERIFY(g.t.run(QStringLiteral("DELETE FROM audit_log WHERE id > 2")));
        QVERIFY(g.t.run(
            QStringLiteral("UPDATE meta SET value = (SELECT count(*) FROM audit_log) || ':' || (SELECT "
                           "hash FROM audit_log ORDER BY id DESC LIMIT 1) WHERE key = 'audit_head'")));
        QVERIFY(g.safety->verify().value().ok());
        button->click();
        text = g.page()->verifyLabel()->text();
        QVERIFY2(
            text.startsWith(QStringLiteral("The audit log does not match a record of it kept elsewhere")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("entries were removed from its end")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("0 of 1 backups agree")), qPrintable(text));
    }

    void fileMenuHasBackupAndRestore()
    {
        Gui g;
        QMenu *file = g.window->menuBar()->actions().constFirst()->menu();
        QVERIFY(file);
        const QList<QAction *> actions = file->actions();
        QVERIFY(actions.contains(g.window->safetyActions()->backUpAction()));
        QVERIFY(actions.contains(g.window->safetyActions()->restoreAction()));
        QVERIFY(actions.indexOf(g.window->safetyActions()->restoreAction()) < actions.size() - 1);
    }

    void backupThenRestoreDialog()
    {
        Gui g;
        QTemporaryDir stick;
        const QString file = stick.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(g.window->safetyActions()->backUpTo(file, false));
        QList<MessageBox::Shown> shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().icon, QMessageBox::Information);
        QVERIFY(QFileInfo::exists(file));

        QSignalSpy requested(g.window.get(), &MainWindow::restoreRequested);
        g.window->safetyActions()->restoreFrom(file);
        auto *dialog = g.window->findChild<RestoreDialog *>(QStringLiteral("restoreDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("backupCampaign"))
                    ->text()
                    .contains(QStringLiteral("naiman-2022")));
        const QString lastChange = dialog->findChild<QLabel *>(QStringLiteral("backupLastChange"))->text();
        QVERIFY2(lastChange.startsWith(QStringLiteral("2022-05-09 ")),
                 qPrintable(lastChange)); // the clock's day
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("backupEntries"))->text(), QStringLiteral("4"));
        QCOMPARE(requested.count(), 0); // nothing before the clerk confirms
        dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.constFirst().constFirst().toString(), file);
        QVERIFY(!g.window->isVisible()); // main() restores with the window and the database closed
    }

    void damagedBackupIsRefusedWithABox()
    {
        Gui g;
        QTemporaryDir stick;
        const QString file = stick.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(g.window->safetyActions()->backUpTo(file, false));
        (void)MessageBox::takeShown();
        QVERIFY(safety::damage(file, QStringLiteral("cut in half")));
        g.window->safetyActions()->restoreFrom(file);
        const QList<MessageBox::Shown> shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.constFirst().icon, QMessageBox::Critical);
        QVERIFY(shown.constFirst().text.contains(QStringLiteral("backup.sqlite")));
        QVERIFY(!g.window->findChild<RestoreDialog *>());
    }

    // The daily backup while the app is open: written when none is a day old, then not again that day.
    void dailyBackupWhenDue()
    {
        Gui g;
        g.settings.setBackupsToKeep(3);
        QVERIFY(Backup::automaticBackups(g.t.path()).isEmpty());
        QSignalSpy backedUp(g.safety.get(), &SafetyService::backedUp);
        g.window->safetyActions()->backUpIfDue();
        QCOMPARE(Backup::automaticBackups(g.t.path()).size(), 1);
        QCOMPARE(backedUp.count(), 1);
        QVERIFY(!g.safety->automaticBackupDue(QDateTime::currentDateTime()));
        QVERIFY(g.safety->automaticBackupDue(QDateTime::currentDateTime().addDays(1)));
        Unit u;
        u.campaign = g.t.campaign;
        u.name = QStringLiteral("新单位");
        QVERIFY(g.t.ws->units().create(u).ok());
        g.window->safetyActions()->backUpIfDue(); // not due yet, though the data changed
        QCOMPARE(Backup::automaticBackups(g.t.path()).size(), 1);
        QVERIFY(MessageBox::takeShown().isEmpty()); // automatic backups are silent when they work
    }

    void backupsToKeepIsASetting()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings settings(&store);
        QCOMPARE(settings.backupsToKeep(), 14);
        settings.setBackupsToKeep(5);
        QCOMPARE(settings.backupsToKeep(), 5);
        store.setValue(QStringLiteral("backup/keep"), QStringLiteral("lots"));
        QCOMPARE(settings.backupsToKeep(), 14);
    }
};

QTEST_MAIN(TestSafetyUi)
#include "tst_safetyui.moc"
