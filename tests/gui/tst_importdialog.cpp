// The units page's import, export and template offscreen: the dialog checks the whole file before anything
// is written, lists every problem by row and column, enables Import only for a clean file, and the table
// follows the import at once.
#include "exchange/importdialog.h"
#include "exchange/table.h"
#include "messagebox.h"
#include "models/unittablemodel.h"
#include "services/unitservice.h"
#include "settings.h"
#include "tempworkspace.h"
#include "units/unitspage.h"

#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QtTest>

using namespace oversight;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(OVERSIGHT_TEST_DATA "/exchange/") + name;
}

struct Page
{
    TempWorkspace t;
    QTemporaryDir settingsDir;
    QSettings store{settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Settings settings{&store};
    UnitsPage page{t.ws->units(), settings};
    Page()
    {
        page.setCampaign(*t.ws->campaigns().campaign(t.campaign));
        page.resize(1200, 700);
        page.show();
    }
};
} // namespace

class TestImportDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void badFileListsEveryProblemAndCannotBeImported()
    {
        Page p;
        QPointer<ImportDialog> dialog = p.page.openImportDialog(fixture(u"units-bad.xlsx"_qs));
        QVERIFY(dialog);
        QVERIFY(!dialog->importButton()->isEnabled());
        QTableWidget *issues = dialog->issueTable();
        QCOMPARE(issues->rowCount(), 4);
        QCOMPARE(issues->item(0, 0)->text(), u"3"_qs);
        QCOMPARE(issues->item(0, 1)->text(), u"A"_qs);
        QCOMPARE(issues->item(1, 1)->text(), u"B"_qs);
        QCOMPARE(issues->item(2, 1)->text(), u"D"_qs);
        QCOMPARE(issues->item(3, 0)->text(), u"5"_qs);
        // The preview shows the file's rows with the spreadsheet's row numbers, the bad ones marked.
        QTableWidget *preview = dialog->previewTable();
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->verticalHeaderItem(1)->text(), u"3"_qs);
        QVERIFY(preview->item(1, 1)->background().color() != preview->item(0, 1)->background().color());
        // Clicking Import anyway does nothing.
        dialog->runImport();
        QCOMPARE(p.page.model()->rowCount(), 0);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }

    void lookalikeNamesAreListedToCheck()
    {
        Page p;
        Unit u;
        u.campaign = p.t.campaign;
        u.name = u"奈曼旗林业和草原局"_qs;
        QVERIFY(p.t.ws->units().create(u).ok());
        const QString path = p.t.dir.filePath(u"lookalike.csv"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"单位名称,单位类别\n奈曼旗林业草原局,部门\n"_qs.toUtf8());
        }
        QPointer<ImportDialog> dialog = p.page.openImportDialog(path);
        QVERIFY(dialog);
        // Taken (Import stays enabled), but listed for the clerk to check first.
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(dialog->issueTable()->rowCount(), 1);
        QCOMPARE(dialog->issueTable()->item(0, 0)->text(), u"2"_qs);
        QVERIFY(dialog->issueTable()->item(0, 2)->text().contains(u"奈曼旗林业和草原局"_qs));
        QVERIFY(dialog->findChild<QLabel *>(u"summaryLabel"_qs)->text().contains(u"to check"_qs));
        dialog->close();
    }

    void cleanFileImportsAndTheTableFollows()
    {
        Page p;
        QPointer<ImportDialog> dialog = p.page.openImportDialog(fixture(u"units-openpyxl.xlsx"_qs));
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(dialog->issueTable()->rowCount(), 0);
        QCOMPARE(dialog->previewTable()->rowCount(), 5);
        QCOMPARE(dialog->previewTable()->verticalHeaderItem(0)->text(), u"4"_qs); // below the title rows
        QVERIFY(dialog->findChild<QLabel *>(u"summaryLabel"_qs)->text().contains(u"5 new"_qs));
        QCOMPARE(p.page.model()->rowCount(), 0); // checking wrote nothing
        QSignalSpy imported(dialog.data(), &ImportDialog::imported);
        dialog->importButton()->click();
        QCOMPARE(imported.size(), 1);
        QCOMPARE(p.page.model()->rowCount(), 5);
        QTRY_VERIFY(!dialog); // closed and deleted
    }

    void sameFileAgainHasNothingToImport()
    {
        Page p;
        p.page.openImportDialog(fixture(u"units-gb18030.csv"_qs))->runImport();
        QCOMPARE(p.page.model()->rowCount(), 5);
        QPointer<ImportDialog> again = p.page.openImportDialog(fixture(u"units-openpyxl.xlsx"_qs));
        QVERIFY(again->report().clean());
        QCOMPARE(again->report().unchanged, 5);
        QVERIFY(!again->importButton()->isEnabled()); // nothing would change
        again->close();
    }

    void damagedFileSaysWhyInTheList()
    {
        Page p;
        QPointer<ImportDialog> dialog = p.page.openImportDialog(fixture(u"truncated.xlsx"_qs));
        QCOMPARE(dialog->issueTable()->rowCount(), 1);
        QVERIFY(dialog->issueTable()->item(0, 2)->text().contains(u"truncated.xlsx"_qs));
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->close();
    }

    void exportAndTemplateWriteWorkbooks()
    {
        Page p;
        p.page.openImportDialog(fixture(u"units-quoted.csv"_qs))->runImport();
        QTemporaryDir dir;
        const QString exported = dir.filePath(u"units.xlsx"_qs);
        QVERIFY(p.page.exportTo(exported));
        int rows = 0;
        auto table = openTable(exported);
        QVERIFY(table);
        QVERIFY((*table)->read([&rows](const SheetRow &r) {
            rows += r.isBlank() ? 0 : 1;
            return true;
        }));
        QCOMPARE(rows, 4); // header and three units
        QVERIFY(p.page.saveTemplateTo(dir.filePath(u"template.xlsx"_qs)));
        // A folder that does not exist: the clerk is told, nothing crashes.
        QVERIFY(!p.page.exportTo(dir.filePath(u"missing/units.xlsx"_qs)));
        const auto shown = MessageBox::takeShown();
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.last().text.contains(u"missing"_qs));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
