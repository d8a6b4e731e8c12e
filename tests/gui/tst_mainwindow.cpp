// The main window offscreen on a temporary database with a fixed date, driven as the clerk would: the
// status bar's calendar, adding a unit through the dialog (and the dialog's refusals), editing, deleting with
// the message-box seam, switching campaigns, and the settings it remembers. No translator is installed, so
// the UI speaks its English source; campaign data (phase names, deadline titles) stays Chinese.
#include "appinfo.h"
#include "arearecords/arearecordspage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/arearecordmodels.h"
#include "models/unittablemodel.h"
#include "services/unitservice.h"
#include "settings.h"
#include "tempworkspace.h"
#include "units/unitdialog.h"
#include "units/unitspage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace oversight;

namespace {

/// A main window on a fresh file, with its settings in a temporary INI file.
struct Gui
{
    TempWorkspace t;
    QTemporaryDir settingsDir;
    QSettings store{settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Settings settings{&store};
    std::unique_ptr<MainWindow> window;

    explicit Gui(QDate today = QDate(2022, 5, 9)) : t(today) { open(); }

    void open()
    {
        window = std::make_unique<MainWindow>(t.ws->campaigns(), t.ws->units(), t.ws->supervision(),
                                              t.ws->clock(), settings);
        window->show();
    }
    template <typename T>
    T *find(const QString &name) const
    {
        return window->findChild<T *>(name);
    }
    QTableView *table() const { return find<QTableView>(QStringLiteral("unitsTable")); }
    QString text(const QString &labelName) const { return find<QLabel>(labelName)->text(); }

    /// The proxy row showing `name`, or -1.
    int rowOf(const QString &name) const
    {
        const QAbstractItemModel *m = table()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, UnitTableModel::Name).data().toString() == name)
                return row;
        }
        return -1;
    }
    bool stored(const QString &name) const
    {
        const auto found = t.ws->units().findByName(t.campaign, name);
        return found.ok() && found->has_value();
    }
    UnitDialog *openDialog() const { return window->findChild<UnitDialog *>(QStringLiteral("unitDialog")); }
};

/// What a Chinese input method does when the clerk picks a word: commits the whole text at once.
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

template <typename T>
T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

void clickOk(QWidget *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Dates in the status bar follow the default locale; fix it so the expected text does not depend on
        // the machine.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        setApplicationIdentity(); // as main() does: the About box shows the version from here
        MessageBox::setTestMode(true);
    }

    void init() { (void)MessageBox::takeShown(); }

    void showsTheCalendar_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QString>("deadline");
        QTest::newRow("self-check") << QDate(2022, 5, 9)
                                    << QStringLiteral("Current phase: 自查 (Apr 10 – May 16)")
                                    << QStringLiteral(
                                           "Next deadline: 报送自查书面材料及附件1-6 May 21 (12 days left)");
        QTest::newRow("shared day: the later phase")
            << QDate(2022, 4, 10) << QStringLiteral("Current phase: 自查 (Apr 10 – May 16)")
            << QStringLiteral("Next deadline: 制定实施方案，确定分管领导和牵头机构 Apr 10 (due today)");
        QTest::newRow("between phases")
            << QDate(2022, 5, 25) << QStringLiteral("Between phases; next phase: 抽检")
            << QStringLiteral(
                   "Next deadline: 抽查案卷录入自治区行政执法监督平台（附件7） Jul 15 (51 days left)");
        QTest::newRow("due today") << QDate(2022, 5, 21) << QStringLiteral("Between phases; next phase: 抽检")
                                   << QStringLiteral(
                                          "Next deadline: 报送自查书面材料及附件1-6 May 21 (due today)");
        QTest::newRow("one day") << QDate(2022, 4, 1)
                                 << QStringLiteral("Current phase: 动员部署 (Mar 23 – Apr 10)")
                                 << QStringLiteral(
                                        "Next deadline: 报送专项行动联系人及联系电话 Apr 2 (1 day left)");
        QTest::newRow("before") << QDate(2022, 3, 1) << QStringLiteral("Not started; 动员部署 begins Mar 23")
                                << QStringLiteral(
                                       "Next deadline: 报送专项行动联系人及联系电话 Apr 2 (32 days left)");
        QTest::newRow("after") << QDate(2022, 11, 1)
                               << QStringLiteral("Finished; the last phase ended Oct 15") << QString();
    }

    void showsTheCalendar()
    {
        QFETCH(QDate, today);
        QFETCH(QString, phase);
        QFETCH(QString, deadline);
        Gui gui(today);
        QCOMPARE(gui.window->windowTitle(), QStringLiteral("Oversight Desk"));
        QCOMPARE(gui.text(QStringLiteral("phaseLabel")), phase);
        auto *deadlineLabel = gui.find<QLabel>(QStringLiteral("deadlineLabel"));
        QCOMPARE(deadlineLabel->isVisible(), !deadline.isEmpty());
        if (!deadline.isEmpty())
            QCOMPARE(deadlineLabel->text(), deadline);
    }

    void addsAUnitThroughTheDialog()
    {
        Gui gui;
        QTest::mouseClick(gui.find<QPushButton>(QStringLiteral("addButton")), Qt::LeftButton);
        QPointer<UnitDialog> dialog = gui.openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Add unit"));

        commitText(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("八仙筒镇"));
        auto *category = child<QComboBox>(dialog, "categoryCombo");
        category->setCurrentIndex(category->findText(categoryLabel(Unit::Category::Township)));
        QTest::keyClicks(child<QLineEdit>(dialog, "contactPhoneEdit"), QStringLiteral("0475-0011111"));
        clickOk(dialog);
        QTRY_VERIFY(!dialog);

        const int row = gui.rowOf(QStringLiteral("八仙筒镇"));
        QVERIFY(row >= 0);
        QCOMPARE(gui.table()->model()->index(row, UnitTableModel::Category).data().toString(),
                 categoryLabel(Unit::Category::Township));
        QCOMPARE(gui.table()->currentIndex().row(), row); // the new unit is selected
        const auto stored = gui.t.ws->units().findByName(gui.t.campaign, QStringLiteral("八仙筒镇")).value();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->category, Unit::Category::Township);
        QCOMPARE(stored->contactPhone, QStringLiteral("0475-0011111"));
        // No contact person yet: the count says so.
        QCOMPARE(gui.text(QStringLiteral("countLabel")), QStringLiteral("Units: 1, without a contact: 1"));
        QVERIFY(stored->officialName.isEmpty());
        QVERIFY(!stored->contactReceivedOn.isValid());
    }

    void dialogEditsTheOfficialNameAndTheContactDay()
    {
        Gui gui;
        QTest::mouseClick(gui.find<QPushButton>(QStringLiteral("addButton")), Qt::LeftButton);
        QPointer<UnitDialog> dialog = gui.openDialog();
        QVERIFY(dialog);
        commitText(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("东明镇"));
        auto *category = child<QComboBox>(dialog, "categoryCombo");
        category->setCurrentIndex(category->findText(categoryLabel(Unit::Category::Township)));
        commitText(child<QLineEdit>(dialog, "officialNameEdit"), QStringLiteral("东明镇人民政府"));
        commitText(child<QLineEdit>(dialog, "contactPersonEdit"), QStringLiteral("王明"));
        QTest::keyClicks(child<QLineEdit>(dialog, "contactPhoneEdit"), QStringLiteral("0475-0011111"));
        child<QDateEdit>(dialog, "contactReceivedEdit")->setDate(QDate(2022, 4, 1));
        clickOk(dialog);
        QTRY_VERIFY(!dialog);
        const auto stored = gui.t.ws->units().findByName(gui.t.campaign, QStringLiteral("东明镇")).value();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->officialName, QStringLiteral("东明镇人民政府"));
        QCOMPARE(stored->addresseeName(), QStringLiteral("东明镇人民政府"));
        QCOMPARE(stored->contactReceivedOn, QDate(2022, 4, 1));
    }

    void dialogRefusesAndNamesTheField()
    {
        Gui gui;
        Unit existing;
        existing.campaign = gui.t.campaign;
        existing.name = QStringLiteral("青龙山镇");
        QVERIFY(gui.t.ws->units().create(existing).ok());

        QTest::mouseClick(gui.find<QPushButton>(QStringLiteral("addButton")), Qt::LeftButton);
        QPointer<UnitDialog> dialog = gui.openDialog();
        QVERIFY(dialog);
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        auto *phone = child<QLineEdit>(dialog, "contactPhoneEdit");
        auto *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(!error->isVisible());

        // A duplicate name: refused, the dialog stays, the name field is marked and has the focus.
        commitText(name, QStringLiteral("青龙山镇"));
        clickOk(dialog);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Unit name:")), qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("青龙山镇")));
        QVERIFY(name->property("invalid").toBool());
        QCOMPARE(dialog->focusWidget(), name);

        // A phone number without digits: the phone field is named now, the name's mark is gone.
        name->clear();
        commitText(name, QStringLiteral("沙日浩来镇"));
        QVERIFY(!name->property("invalid").toBool());
        QTest::keyClicks(phone, QStringLiteral("none"));
        clickOk(dialog);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Contact phone:")), qPrintable(error->text()));
        QVERIFY(phone->property("invalid").toBool());
        QCOMPARE(dialog->focusWidget(), phone);

        // Cancel with typed changes asks first; Discard drops them.
        MessageBox::setNextAnswers({QMessageBox::Discard});
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        const auto asked = MessageBox::takeShown();
        QVERIFY(!asked.isEmpty() && asked.last().answer == QMessageBox::Discard);
        QVERIFY(!gui.stored(QStringLiteral("沙日浩来镇")));
        QCOMPARE(gui.table()->model()->rowCount(), 1);
    }

    void editsOnDoubleClick()
    {
        Gui gui;
        Unit unit;
        unit.campaign = gui.t.campaign;
        unit.name = QStringLiteral("旗公安局");
        const UnitId id = gui.t.ws->units().create(unit).value();
        QTableView *table = gui.table();
        const QRect cell = table->visualRect(table->model()->index(0, UnitTableModel::Name));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QPointer<UnitDialog> dialog = gui.openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit unit"));
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("旗公安局"));
        commitText(child<QLineEdit>(dialog, "contactPersonEdit"), QStringLiteral("李四"));
        QTest::keyClicks(child<QLineEdit>(dialog, "contactPhoneEdit"), QStringLiteral("13900001111"));
        clickOk(dialog);
        QTRY_VERIFY(!dialog);
        QCOMPARE(table->model()->index(0, UnitTableModel::ContactPerson).data().toString(),
                 QStringLiteral("李四"));
        QCOMPARE(gui.t.ws->units().unit(id)->contactPhone, QStringLiteral("13900001111"));
        QCOMPARE(gui.text(QStringLiteral("countLabel")), QStringLiteral("Units: 1, without a contact: 0"));
    }

    void deletesAfterConfirmation()
    {
        Gui gui;
        for (const char16_t *name : {u"治安镇", u"东明镇"}) {
            Unit unit;
            unit.campaign = gui.t.campaign;
            unit.name = QString::fromUtf16(name);
            QVERIFY(gui.t.ws->units().create(unit).ok());
        }
        QTableView *table = gui.table();
        auto *deleteButton = gui.find<QPushButton>(QStringLiteral("deleteButton"));
        QVERIFY(!deleteButton->isEnabled()); // nothing selected yet
        table->selectRow(gui.rowOf(QStringLiteral("治安镇")));
        QVERIFY(deleteButton->isEnabled());

        // "No" keeps the unit.
        MessageBox::setNextAnswers({QMessageBox::No});
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().icon, QMessageBox::Question);
        QVERIFY(shown.first().text.contains(QStringLiteral("治安镇")));
        QVERIFY(gui.rowOf(QStringLiteral("治安镇")) >= 0);
        QVERIFY(gui.stored(QStringLiteral("治安镇")));

        // "Yes" deletes it, from the table and the file; the other unit stays.
        MessageBox::setNextAnswers({QMessageBox::Yes});
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QCOMPARE(MessageBox::takeShown().size(), 1);
        QCOMPARE(gui.rowOf(QStringLiteral("治安镇")), -1);
        QVERIFY(!gui.stored(QStringLiteral("治安镇")));
        QVERIFY(gui.rowOf(QStringLiteral("东明镇")) >= 0);
        QCOMPARE(gui.text(QStringLiteral("countLabel")), QStringLiteral("Units: 1, without a contact: 1"));
    }

    void deleteRefusalShowsTheReason()
    {
        Gui gui;
        Unit unit;
        unit.campaign = gui.t.campaign;
        unit.name = QStringLiteral("奈曼旗公安局");
        const UnitId id = gui.t.ws->units().create(unit).value();
        // A record elsewhere that holds the unit, as a later issue's case catalogue will.
        QVERIFY(gui.t.run(QStringLiteral("CREATE TABLE held_by (id INTEGER PRIMARY KEY, "
                                         "unit_id INTEGER NOT NULL REFERENCES units(id))")));
        QVERIFY(gui.t.run(QStringLiteral("INSERT INTO held_by (unit_id) VALUES (%1)").arg(id.value)));

        gui.table()->selectRow(0);
        MessageBox::setNextAnswers({QMessageBox::Yes});
        QTest::mouseClick(gui.find<QPushButton>(QStringLiteral("deleteButton")), Qt::LeftButton);
        const auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 2); // the question, then the refusal
        QCOMPARE(shown.at(1).icon, QMessageBox::Warning);
        QVERIFY2(shown.at(1).text.contains(QStringLiteral("奈曼旗公安局")) &&
                     shown.at(1).text.contains(QStringLiteral("held_by")),
                 qPrintable(shown.at(1).text));
        QVERIFY(gui.rowOf(QStringLiteral("奈曼旗公安局")) >= 0);
        QVERIFY(gui.stored(QStringLiteral("奈曼旗公安局")));
    }

    void switchesCampaigns()
    {
        Gui gui;
        Unit unit;
        unit.campaign = gui.t.campaign;
        unit.name = QStringLiteral("大沁他拉镇");
        QVERIFY(gui.t.ws->units().create(unit).ok());
        const auto next = gui.t.ws->campaigns().clone(gui.t.campaign, 2023);
        QVERIFY(next.ok());

        auto *combo = gui.find<QComboBox>(QStringLiteral("campaignCombo"));
        QCOMPARE(combo->count(), 2);
        const int index = combo->findData(next->value);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index); // what a click in the list does
        QCOMPARE(gui.t.ws->campaigns().current().value(), *next);
        QCOMPARE(gui.window->campaign().year, 2023);
        // On 2022-05-09 the 2023 campaign has not begun; its register came along with the clone.
        QCOMPARE(gui.text(QStringLiteral("phaseLabel")),
                 QStringLiteral("Not started; 动员部署 begins Mar 23"));
        QVERIFY(gui.rowOf(QStringLiteral("大沁他拉镇")) >= 0);
        QCOMPARE(gui.window->unitsPage()->model()->campaign(), *next);
    }

    void everyCampaignPageFollowsTheSwitch()
    {
        // The training and reform records page, added after the window, was left out of the pages a
        // switch refreshes: it went on showing the campaign it was first given.
        Gui gui;
        gui.window->addAreaRecordsPage(gui.t.ws->areaRecords(), gui.t.ws->units());
        QCOMPARE(gui.window->areaRecordsPage()->model(AreaRecordKind::Training)->campaign(), gui.t.campaign);
        const auto next = gui.t.ws->campaigns().clone(gui.t.campaign, 2023);
        QVERIFY(next.ok());
        auto *combo = gui.find<QComboBox>(QStringLiteral("campaignCombo"));
        const int index = combo->findData(next->value);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
        QCOMPARE(gui.window->areaRecordsPage()->model(AreaRecordKind::Training)->campaign(), *next);
    }

    void remembersLayoutAndLanguage()
    {
        Gui gui;
        QHeaderView *header = gui.table()->horizontalHeader();
        header->resizeSection(UnitTableModel::Name, 333);
        QVERIFY(gui.window->close());
        QVERIFY(!gui.settings.windowGeometry().isEmpty());
        QVERIFY(!gui.settings.headerState(QStringLiteral("unitsTable")).isEmpty());

        gui.open();
        QCOMPARE(gui.table()->horizontalHeader()->sectionSize(UnitTableModel::Name), 333);

        // Choosing English is stored for the next start, with a word that it takes a restart.
        QCOMPARE(gui.settings.language(), QStringLiteral("zh_CN"));
        auto *languageMenu = gui.find<QMenu>(QStringLiteral("languageMenu"));
        QAction *english = nullptr;
        for (QAction *action : languageMenu->actions()) {
            if (action->data().toString() == QLatin1String("en"))
                english = action;
        }
        QVERIFY(english);
        english->trigger();
        QCOMPARE(gui.settings.language(), QStringLiteral("en"));
        QCOMPARE(QSettings(gui.store.fileName(), QSettings::IniFormat)
                     .value(QStringLiteral("ui/language"))
                     .toString(),
                 QStringLiteral("en"));
        const auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().icon, QMessageBox::Information);
    }

    void aboutNamesTheCampaign()
    {
        Gui gui;
        QAction *about = nullptr;
        for (QAction *action : gui.window->findChildren<QAction *>()) {
            if (action->text() == QLatin1String("&About Oversight Desk"))
                about = action;
        }
        QVERIFY(about);
        about->trigger();
        const auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().text.contains(QStringLiteral("奈司字〔2022〕11号")));
        QVERIFY(shown.first().text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(shown.first().text.contains(QStringLiteral(OVERSIGHT_VERSION)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
