// The area-7 / area-10 records page offscreen: each model checked with QAbstractItemModelTester through
// adds, edits and deletes; a record added through the dialog (refused in place first); the unit, search and
// "marked only" filters; delete after asking (No keeps it, Yes removes it); the import dialog on a list;
// Export (through exportTo, the button's work without the file dialog): the tab's list, the unit filter's
// unit only when one is chosen, imported back changing nothing; a folder that is not there is said.
// With OVERSIGHT_SHOT_DIR set, the page's tabs are saved there as PNG files to look at.
#include "arearecords/arearecordspage.h"
#include "exchange/importdialog.h"
#include "exchange/table.h"
#include "messagebox.h"
#include "models/arearecordmodels.h"
#include "services/arearecordservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace oversight;

namespace {
template <typename T>
T *child(QWidget *w, const QString &name)
{
    return w->findChild<T *>(name);
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OVERSIGHT_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

UnitId addUnit(TempWorkspace &t, const QString &name)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    return t.ws->units().create(u).value();
}

Exam exam(TempWorkspace &t, UnitId unit, QDate on)
{
    Exam e;
    e.campaign = t.campaign;
    e.unit = unit;
    e.heldOn = on;
    e.subject = u"行政执法资格考试"_qs;
    e.sat = 10;
    e.passed = 9;
    return e;
}
} // namespace

class TestAreaRecordsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void modelsPassTheTesterThroughChanges()
    {
        TempWorkspace t(QDate(2022, 9, 1));
        const UnitId a = addUnit(t, u"甲局"_qs);
        AreaRecordService &s = t.ws->areaRecords();
        TrainingModel training(s, t.ws->units());
        ExamModel exams(s, t.ws->units());
        MeetingModel meetings(s, t.ws->units());
        PenaltyFilingModel filings(s, t.ws->units());
        GuidingCaseModel cases(s, t.ws->units());
        const QList<AreaRecordModel *> models{&training, &exams, &meetings, &filings, &cases};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        AreaRecordFilterProxy proxy;
        proxy.setSourceModel(&exams);
        for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(&training),
                                      static_cast<QAbstractItemModel *>(&exams), static_cast<QAbstractItemModel *>(&meetings),
                                      static_cast<QAbstractItemModel *>(&filings), static_cast<QAbstractItemModel *>(&cases),
                                      static_cast<QAbstractItemModel *>(&proxy)})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        for (AreaRecordModel *m : models)
            QVERIFY(m->setCampaign(t.campaign, 15).ok());

        const qint64 examId = s.add(exam(t, a, QDate(2022, 6, 1))).value();
        QCOMPARE(exams.rowCount(), 1);
        QVERIFY(exams.index(0, 0).data(AreaRecordModel::FlagRole).toBool()); // no training yet
        QCOMPARE(exams.index(0, 5).data().toString(), u"None"_qs);
        TrainingSession ts;
        ts.campaign = t.campaign;
        ts.unit = a;
        ts.heldOn = QDate(2022, 5, 30);
        ts.title = u"培训"_qs;
        ts.hours = 2.5;
        ts.attendees = 10;
        ts.organiser = u"甲局"_qs;
        QVERIFY(s.add(ts).ok());
        QCOMPARE(training.rowCount(), 1);
        QCOMPARE(training.index(0, 3).data().toString(), u"2.5"_qs);
        QCOMPARE(training.index(0, 0).data().toString(), u"甲局"_qs);
        QVERIFY(!exams.index(0, 0).data(AreaRecordModel::FlagRole).toBool()); // trained now

        MajorPenaltyFiling f;
        f.campaign = t.campaign;
        f.unit = a;
        f.caseNumber = u"P-1"_qs;
        f.decidedOn = QDate(2022, 6, 1);
        f.filedOn = QDate(2022, 6, 20);
        QVERIFY(s.add(f).ok());
        QCOMPARE(filings.index(0, 4).data().toString(), u"4"_qs);
        QVERIFY(filings.index(0, 0).data(AreaRecordModel::FlagRole).toBool());
        QVERIFY(filings.index(0, 1).data(Qt::ToolTipRole).toString().contains(u"15-day"_qs));

        proxy.setFlaggedOnly(true);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFlaggedOnly(false);
        proxy.setSearch(u"资格"_qs);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearch(u"没有"_qs);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearch({});
        proxy.setUnit(UnitId(a.value + 1));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setUnit(UnitId());

        QVERIFY(s.remove<Exam>(examId).ok());
        QCOMPARE(exams.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void pageAddsFiltersAndDeletes()
    {
        TempWorkspace t(QDate(2022, 9, 1));
        const UnitId a = addUnit(t, u"甲局"_qs);
        const UnitId b = addUnit(t, u"乙局"_qs);
        AreaRecordService &s = t.ws->areaRecords();
        QVERIFY(s.add(exam(t, a, QDate(2022, 6, 1))).ok());
        QVERIFY(s.add(exam(t, b, QDate(2022, 6, 2))).ok());
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        AreaRecordsPage page(s, t.ws->units(), t.ws->clock());
        page.setCampaign(campaign);
        page.resize(1200, 700);
        page.show();
        QCOMPARE(page.tabs()->count(), 5);
        QVERIFY(child<QLabel>(&page, u"areaRecordsSummary"_qs)->text().contains(u"2 exam(s), 2 without"_qs));

        // The dialog refuses in place, then saves.
        TrainingSession blank;
        blank.campaign = t.campaign;
        AreaRecordDialog dialog(s, blank, {{a, u"甲局"_qs}, {b, u"乙局"_qs}}, QDate(2022, 9, 1));
        child<QDateEdit>(&dialog, u"dateEdit"_qs)->setDate(QDate(2022, 5, 20));
        child<QLineEdit>(&dialog, u"titleEdit"_qs)->setText(u"行政处罚法专题培训"_qs);
        child<QSpinBox>(&dialog, u"attendeesSpin"_qs)->setValue(30);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(s.list<TrainingSession>(t.campaign)->empty()); // no hours, no organiser
        child<QDoubleSpinBox>(&dialog, u"hoursSpin"_qs)->setValue(3);
        child<QLineEdit>(&dialog, u"organiserEdit"_qs)->setText(u"旗司法局"_qs);
        shot(&dialog, u"arearecords-dialog"_qs);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(s.list<TrainingSession>(t.campaign)->size(), size_t(1));
        QCOMPARE(page.model(AreaRecordKind::Training)->rowCount(), 1);

        // Exams: 甲 is trained now, 乙 is not; "without training" shows 乙's only, the unit filter narrows.
        page.tabs()->setCurrentIndex(int(AreaRecordKind::Exam));
        QCOMPARE(page.currentKind(), AreaRecordKind::Exam);
        QVERIFY(child<QLabel>(&page, u"areaRecordsSummary"_qs)->text().contains(u"1 without"_qs));
        child<QCheckBox>(&page, u"recordsFlagged1"_qs)->setChecked(true);
        QCOMPARE(page.proxy(AreaRecordKind::Exam)->rowCount(), 1);
        QCOMPARE(page.proxy(AreaRecordKind::Exam)->index(0, 0).data().toString(), u"乙局"_qs);
        child<QCheckBox>(&page, u"recordsFlagged1"_qs)->setChecked(false);
        QComboBox *unitFilter = child<QComboBox>(&page, u"recordsUnitFilter1"_qs);
        unitFilter->setCurrentIndex(unitFilter->findData(a.value));
        QCOMPARE(page.proxy(AreaRecordKind::Exam)->rowCount(), 1);
        QCOMPARE(child<QLabel>(&page, u"recordsCount1"_qs)->text(), u"1 of 2"_qs);
        unitFilter->setCurrentIndex(0);

        shot(&page, u"arearecords-exams"_qs);
        page.tabs()->setCurrentIndex(int(AreaRecordKind::Training));
        shot(&page, u"arearecords-training"_qs);
        page.tabs()->setCurrentIndex(int(AreaRecordKind::Exam));

        // Delete asks first: No keeps the exam, Yes deletes it.
        page.view(AreaRecordKind::Exam)->selectRow(0);
        QVERIFY(page.selectedId() != 0);
        QVERIFY(child<QPushButton>(&page, u"recordRemoveButton"_qs)->isEnabled());
        MessageBox::setNextAnswers({QMessageBox::No});
        page.removeSelected();
        QCOMPARE(s.list<Exam>(t.campaign)->size(), size_t(2));
        MessageBox::setNextAnswers({QMessageBox::Yes});
        page.removeSelected();
        QCOMPARE(s.list<Exam>(t.campaign)->size(), size_t(1));
        const auto asked = MessageBox::takeShown();
        QVERIFY(!asked.isEmpty());
        QVERIFY(asked.last().text.contains(u"audit log"_qs));

        // Meetings and guiding cases are the bureau's own: no import.
        page.tabs()->setCurrentIndex(int(AreaRecordKind::Meeting));
        QVERIFY(!child<QPushButton>(&page, u"recordImportButton"_qs)->isEnabled());
        page.tabs()->setCurrentIndex(int(AreaRecordKind::PenaltyFiling));
        QVERIFY(child<QPushButton>(&page, u"recordImportButton"_qs)->isEnabled());
    }

    void importDialogBringsAList()
    {
        TempWorkspace t(QDate(2022, 9, 1));
        addUnit(t, u"甲局"_qs);
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        AreaRecordsPage page(t.ws->areaRecords(), t.ws->units(), t.ws->clock());
        page.setCampaign(campaign);
        page.tabs()->setCurrentIndex(int(AreaRecordKind::PenaltyFiling));
        const QString path = t.dir.filePath(u"penalties.csv"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"单位名称,案件编号,处罚决定日期,备案日期\n甲局,P-1,2022-05-01,2022-05-30\n"_qs.toUtf8());
        f.close();
        QPointer<ImportDialog> dialog = page.openImportDialog(path);
        QVERIFY(dialog);
        QVERIFY(dialog->report().clean());
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(page.model(AreaRecordKind::PenaltyFiling)->rowCount(), 0); // checking wrote nothing
        dialog->importButton()->click();
        QCOMPARE(page.model(AreaRecordKind::PenaltyFiling)->rowCount(), 1);
        QVERIFY(page.model(AreaRecordKind::PenaltyFiling)->index(0, 0).data(AreaRecordModel::FlagRole).toBool());
        page.resize(1200, 500);
        shot(&page, u"arearecords-filings"_qs);
    }

    void exportWritesTheTabsList()
    {
        TempWorkspace t(QDate(2022, 9, 1));
        const UnitId a = addUnit(t, u"甲局"_qs);
        const UnitId b = addUnit(t, u"乙局"_qs);
        AreaRecordService &s = t.ws->areaRecords();
        QVERIFY(s.add(exam(t, a, QDate(2022, 6, 1))).ok());
        QVERIFY(s.add(exam(t, b, QDate(2022, 6, 2))).ok());
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        AreaRecordsPage page(s, t.ws->units(), t.ws->clock());
        page.setCampaign(campaign);
        page.tabs()->setCurrentIndex(int(AreaRecordKind::Exam));
        QPushButton *button = child<QPushButton>(&page, u"recordExportButton"_qs);
        QVERIFY(button && button->isEnabled());

        const auto rows = [](const QString &path) {
            QStringList units;
            auto table = openTable(path);
            if (table)
                (void)(*table)->read([&units](const SheetRow &r) {
                    if (!r.isBlank())
                        units.append(r.cells.value(0).text);
                    return true;
                });
            return units;
        };
        const QString all = t.dir.filePath(u"exams.xlsx"_qs);
        QCOMPARE(page.exportTo(all), std::optional<int>(2));
        QCOMPARE(rows(all), (QStringList{u"单位名称"_qs, u"甲局"_qs, u"乙局"_qs}));

        // The unit filter's unit only.
        QComboBox *unitFilter = child<QComboBox>(&page, u"recordsUnitFilter1"_qs);
        unitFilter->setCurrentIndex(unitFilter->findData(b.value));
        const QString one = t.dir.filePath(u"exams-b.xlsx"_qs);
        QCOMPARE(page.exportTo(one), std::optional<int>(1));
        QCOMPARE(rows(one), (QStringList{u"单位名称"_qs, u"乙局"_qs}));
        unitFilter->setCurrentIndex(0);

        // Imported back: nothing changes.
        QPointer<ImportDialog> dialog = page.openImportDialog(all);
        QVERIFY(dialog && dialog->report().clean());
        QCOMPARE(dialog->report().added, 0);
        QCOMPARE(dialog->report().updated, 0);
        QCOMPARE(dialog->report().unchanged, 2);
        dialog->close();

        // A folder that is not there: the clerk is told which file and what to do; nothing is written.
        (void)MessageBox::takeShown();
        const QString missing = t.dir.filePath(u"missing/exams.xlsx"_qs);
        QVERIFY(!page.exportTo(missing));
        QVERIFY(!QFile::exists(missing));
        const auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.last().text.contains(u"exams.xlsx"_qs) && shown.last().text.contains(u"Choose a folder"_qs));

        // The bureau's own records have no list to send.
        page.tabs()->setCurrentIndex(int(AreaRecordKind::Meeting));
        QVERIFY(!button->isEnabled());
        QVERIFY(!page.exportTo(t.dir.filePath(u"meetings.xlsx"_qs)));
    }
};

QTEST_MAIN(TestAreaRecordsPage)
#include "tst_arearecordspage.moc"
