// The dashboard offscreen: it is the first page, lists what needs attention, a click on a line opens the
// record's page (a problem selected in the ledger), the charts' series carry the core figures and follow a
// change in the data, the reminder turns off for the day, and the summary report is written.
#include "dashboard/chartbuilder.h"
#include "dashboard/dashboardpage.h"
#include "ledger/ledgerpage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "services/ledgerservice.h"
#include "services/unitservice.h"
#include "settings.h"
#include "supervision/supervisionpage.h"
#include "tempworkspace.h"

#include <QBarSet>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace oversight;

namespace {

ProblemId addProblem(TempWorkspace &t, UnitId unit, const QString &description, QDate deadline, int area)
{
    Problem p;
    p.campaign = t.campaign;
    p.unit = unit;
    p.area = area;
    p.source = Problem::Source::SelfCheck;
    p.description = description;
    p.measure = QStringLiteral("限期整改");
    p.owner = QStringLiteral("责任人");
    p.deadline = deadline;
    return t.ws->ledger().add(p).value();
}

/// Compares a chart's bar sets with the core's chart data, value by value.
void compareSeries(QChart *chart, const ChartData &data, bool lying = false)
{
    const bool horizontal = data.horizontal || lying;
    const QList<QAbstractSeries *> all = chart->series();
    QCOMPARE(all.size(), 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(all.front());
    QVERIFY(bars);
    QCOMPARE(bars->count(), qsizetype(data.series.size()));
    for (size_t s = 0; s < data.series.size(); ++s) {
        const QBarSet *set = bars->barSets().at(qsizetype(s));
        QCOMPARE(set->label(), data.series[s].name);
        QCOMPARE(set->count(), data.series[s].values.size());
        // Lying bars are stored bottom-up: the data's first value is the set's last.
        const qsizetype n = set->count();
        for (qsizetype i = 0; i < n; ++i)
            QCOMPARE(int(set->at(horizontal ? n - 1 - i : i)), data.series[s].values.at(i));
    }
    if (!data.categories.isEmpty()) {
        const auto axes = chart->axes(horizontal ? Qt::Vertical : Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *categories = qobject_cast<QBarCategoryAxis *>(axes.front());
        QVERIFY(categories);
        QStringList expected = data.categories;
        if (horizontal)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(categories->categories(), expected);
    }
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void firstPageListsAttentionAndOpensTheRecord()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        QTemporaryDir settingsDir;
        QSettings store(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&store);
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗公安局");
        u.contactPerson = QStringLiteral("联系人");
        u.contactPhone = QStringLiteral("0000-0000000");
        const UnitId police = t.ws->units().create(u).value();
        const ProblemId late = addProblem(t, police, QStringLiteral("未告知听证权利"), QDate(2022, 9, 10), 2);
        addProblem(t, police, QStringLiteral("罚款未开具票据"), QDate(2022, 10, 30), 3);

        MainWindow window(t.ws->campaigns(), t.ws->units(), t.ws->supervision(), t.ws->clock(), settings);
        window.addLedgerPage(t.ws->ledger(), t.ws->units());
        window.addDashboardPage(*t.ws);
        window.resize(1366, 768);
        window.show();
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        DashboardPage *page = window.dashboardPage();
        QVERIFY(page);
        QCOMPARE(stack->currentWidget(), page);
        QCOMPARE(nav->currentRow(), 0);
        QCOMPARE(stack->indexOf(page), 0);
        QCOMPARE(stack->indexOf(window.ledgerPage()), nav->count() - 1); // the lists stay in step

        QTreeWidget *list = page->attentionList();
        QCOMPARE(list->topLevelItemCount(), int(page->attention().size()));
        QVERIFY(list->topLevelItemCount() > 0);
        int problemRow = -1;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(4).contains(QStringLiteral("未告知听证权利")))
                problemRow = i;
        QVERIFY(problemRow >= 0);
        // The far-off problem is not listed.
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QVERIFY(!list->topLevelItem(i)->text(4).contains(QStringLiteral("罚款未开具票据")));

        QTreeWidgetItem *row = list->topLevelItem(problemRow);
        const QRect r = list->visualItemRect(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(stack->currentWidget(), window.ledgerPage());
        QCOMPARE(nav->currentRow(), stack->indexOf(window.ledgerPage()));
        QCOMPARE(window.ledgerPage()->selectedProblems(), std::vector<ProblemId>{late});

        // The charts follow a change in the ledger: a new problem in area 5 appears in the area chart.
        const int before = page->figures().problems;
        addProblem(t, police, QStringLiteral("执法文书编号不连续"), QDate(2022, 9, 30), 5);
        QTRY_COMPARE(page->figures().problems, before + 1);
        const std::vector<ChartData> charts = ChartData::of(page->figures());
        QCOMPARE(page->chartViews().size(), 4);
        for (int i = 0; i < 4; ++i)
            compareSeries(page->chartViews()[i]->chart(), charts[size_t(i)], charts[size_t(i)].categories.size() > 4);
        QCOMPARE(charts[1].series[3].values[4], 1); // area 5, open
    }

    void chartSeriesEqualTheCoreFigures()
    {
        CampaignFigures f;
        ItemFigures form;
        form.item = QStringLiteral("附件1");
        form.accepted = 3;
        form.received = 2;
        form.returned = 1;
        form.missing = 34;
        f.items.push_back(form);
        AreaFigures area;
        area.number = 2;
        area.byStatus = {5, 4, 3, 20};
        f.areas.push_back(area);
        UnitFigures unit;
        unit.name = QStringLiteral("旗公安局");
        unit.problems = 9;
        unit.problemsClosed = 4;
        f.units.push_back(unit);
        f.grades = {10, 20, 25, 5};
        const std::vector<ChartData> charts = ChartData::of(f);
        for (const ChartData &data : charts) {
            std::unique_ptr<QChart> chart(buildChart(data));
            compareSeries(chart.get(), data);
            std::unique_ptr<QChart> lying(buildChart(data, true));
            compareSeries(lying.get(), data, true);
        }
        // And the data is the figures: accepted first, the closed problems, closed/open per unit, grades.
        QCOMPARE(charts[0].series[0].values, QList<int>{3});
        QCOMPARE(charts[0].series[3].values, QList<int>{34});
        QCOMPARE(charts[1].series[0].values, QList<int>{20}); // closed
        QCOMPARE(charts[1].series[3].values, QList<int>{5});  // open
        QCOMPARE(charts[2].series[0].values, QList<int>{4});
        QCOMPARE(charts[2].series[1].values, QList<int>{5});
        QCOMPARE(charts[3].series[0].values, (QList<int>{10, 20, 25, 5}));
    }

    void reminderTurnsOffForTheDay()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        QTemporaryDir settingsDir;
        QSettings store(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&store);
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("青龙山镇"); // no contact: overdue since 04-02
        QVERIFY(t.ws->units().create(u).ok());
        DashboardPage page(*t.ws, settings);
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        QVERIFY(needsReminder(page.attention()));

        bool sawList = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ReminderDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawList = dialog->list()->topLevelItemCount() > 0;
            dialog->findChild<QCheckBox *>(QStringLiteral("reminderOffToday"))->setChecked(true);
            dialog->reject();
        });
        QVERIFY(page.remindIfDue());
        QVERIFY(sawList);
        QCOMPARE(settings.reminderOffOn(), QDate(2022, 9, 16));
        QVERIFY(!page.remindIfDue()); // off for today: no dialog
    }

    void summaryReportIsWritten()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        QTemporaryDir settingsDir;
        QSettings store(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&store);
        DashboardPage page(*t.ws, settings);
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        const QString pdf = t.dir.filePath(QStringLiteral("summary.pdf"));
        const QString xlsx = t.dir.filePath(QStringLiteral("summary.xlsx"));
        QVERIFY(page.exportPdf(pdf));
        QVERIFY(page.exportXlsx(xlsx));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == "%PDF");
        QVERIFY(QFileInfo(xlsx).size() > 0);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
