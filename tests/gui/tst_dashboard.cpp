// The dashboard offscreen: it is the first page, says it is counting until its figures (counted off the GUI
// thread) are shown, and they are the core's; a reload while counting ends with the latest figures only; it
// lists what needs attention, a click on a line opens the record's page (a problem selected in the ledger),
// the charts' series carry the core figures and follow a change in the data, the reminder turns off for the
// day, and the summary report is written.
#include "dashboard/chartbuilder.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/reminderdialog.h"
#include "dashboard/timelinewidget.h"
#include "ledger/ledgerpage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "normative/normativepage.h"
#include "services/ledgerservice.h"
#include "services/normativeservice.h"
#include "services/unitservice.h"
#include "settings.h"
#include "supervision/supervisionpage.h"
#include "tempworkspace.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>
#include <memory>

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

/// The item lines of the grouped list (headings left out), top to bottom.
QList<QTreeWidgetItem *> itemLines(QTreeWidget *list)
{
    QList<QTreeWidgetItem *> out;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        if (item->data(0, Qt::UserRole).isValid())
            out.append(item);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        walk(list->topLevelItem(i));
    return out;
}

/// A file on 2022-09-16 with one unit (the police, no contact named yet) and its problem six days overdue,
/// the program's settings and a dashboard not yet given the campaign.
struct OneUnit
{
    TempWorkspace t{QDate(2022, 9, 16)};
    QTemporaryDir settingsDir;
    QSettings store{settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Settings settings{&store};
    UnitId police;
    std::unique_ptr<DashboardPage> page;

    OneUnit()
    {
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗公安局");
        police = t.ws->units().create(u).value();
        addProblem(t, police, QStringLiteral("未告知听证权利"), QDate(2022, 9, 10), 2);
        page = std::make_unique<DashboardPage>(*t.ws, settings);
    }
    [[nodiscard]] Campaign campaign() const { return t.ws->campaigns().campaign(t.campaign).value(); }
};

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
        QVERIFY(page->isCounting()); // the window is up; the figures follow
        QTRY_VERIFY(!page->isCounting());
        QCOMPARE(stack->currentWidget(), page);
        QCOMPARE(nav->currentRow(), 0);
        QCOMPARE(stack->indexOf(page), 0);
        QCOMPARE(stack->indexOf(window.ledgerPage()), nav->count() - 1); // the lists stay in step

        QTreeWidget *list = page->attentionList();
        const QList<QTreeWidgetItem *> lines = itemLines(list);
        QCOMPARE(lines.size(), qsizetype(page->attention().size()));
        QVERIFY(!lines.isEmpty());
        QTreeWidgetItem *row = nullptr;
        for (QTreeWidgetItem *line : lines)
            if (line->text(4).contains(QStringLiteral("未告知听证权利")))
                row = line;
        QVERIFY(row);
        // Six days overdue: in today's band, under its kind.
        QTreeWidgetItem *band = row;
        while (band->parent())
            band = band->parent();
        QVERIFY2(band->text(0).startsWith(QStringLiteral("Today")), qPrintable(band->text(0)));
        QVERIFY(row->parent()->text(0).contains(AttentionText::kindLabel(AttentionItem::Kind::Problem)));
        // The far-off problem is not listed.
        for (QTreeWidgetItem *line : lines)
            QVERIFY(!line->text(4).contains(QStringLiteral("罚款未开具票据")));

        // A single click only selects; a double-click opens the exact record.
        list->scrollToItem(row);
        const QRect r = list->visualItemRect(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(stack->currentWidget(), page);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, r.center());
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
            compareSeries(page->chartViews()[i]->chart(),
                          ChartText::onScreen(charts[size_t(i)], window.campaign()),
                          charts[size_t(i)].categories.size() > 4);
        // Areas by their titles, not "领域5".
        QVERIFY(ChartText::onScreen(charts[1], window.campaign())
                    .categories.contains(QStringLiteral("5. 完善行政执法制度机制")));
        QCOMPARE(charts[1].series[3].values[4], 1); // area 5, open
    }

    /// "What today": due within 7 days and newly overdue first, then what is overdue longer; by kind, then
    /// by unit (a unit with one line needs no heading); the filters narrow by kind and unit; a zero-report
    /// line opens the zero-report tab, never a unit's dialog.
    void todayFirstGroupedAndFiltered()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        QTemporaryDir settingsDir;
        QSettings store(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&store);
        UnitId ids[2];
        const QString names[2] = {QStringLiteral("旗公安局"), QStringLiteral("旗交通运输局")};
        for (int i = 0; i < 2; ++i) {
            Unit u;
            u.campaign = t.campaign;
            u.name = names[i];
            u.contactPerson = QStringLiteral("联系人");
            u.contactPhone = QStringLiteral("0000-0000000");
            ids[i] = t.ws->units().create(u).value();
        }
        addProblem(t, ids[0], QStringLiteral("久拖未改"), QDate(2022, 8, 17), 1);   // 30 days overdue
        addProblem(t, ids[0], QStringLiteral("新近逾期"), QDate(2022, 9, 13), 2);   // 3 days overdue
        addProblem(t, ids[0], QStringLiteral("五日内到期"), QDate(2022, 9, 21), 3); // 5 days left
        addProblem(t, ids[1], QStringLiteral("两日内到期"), QDate(2022, 9, 18), 4); // 2 days left

        MainWindow window(t.ws->campaigns(), t.ws->units(), t.ws->supervision(), t.ws->clock(), settings);
        window.addLedgerPage(t.ws->ledger(), t.ws->units());
        window.addNormativePage(t.ws->normative(), t.ws->units());
        window.addDashboardPage(*t.ws);
        window.resize(1366, 768);
        window.show();
        DashboardPage *page = window.dashboardPage();
        QTRY_VERIFY(!page->isCounting());
        QTreeWidget *list = page->attentionList();
        const auto lineOf = [&](const QString &text) -> QTreeWidgetItem * {
            for (QTreeWidgetItem *line : itemLines(list))
                if (line->text(4).contains(text))
                    return line;
            return nullptr;
        };
        const auto bandOf = [](QTreeWidgetItem *item) {
            while (item->parent())
                item = item->parent();
            return item->text(0);
        };
        QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("Today")));
        for (const QString &today :
             {QStringLiteral("新近逾期"), QStringLiteral("五日内到期"), QStringLiteral("两日内到期")}) {
            QVERIFY2(lineOf(today), qPrintable(today));
            QVERIFY(bandOf(lineOf(today)).startsWith(QStringLiteral("Today")));
        }
        QVERIFY(bandOf(lineOf(QStringLiteral("久拖未改"))).startsWith(QStringLiteral("Overdue for more")));
        // Today's problems: the police's two under its heading, the transport bureau's one line directly.
        QTreeWidgetItem *police = lineOf(QStringLiteral("新近逾期"))->parent();
        QCOMPARE(police->text(0), QStringLiteral("旗公安局 (2)"));
        QCOMPARE(police->child(1)->text(4), lineOf(QStringLiteral("五日内到期"))->text(4));
        QCOMPARE(lineOf(QStringLiteral("两日内到期"))->parent(), police->parent());
        QVERIFY(police->parent()->text(0).startsWith(AttentionText::kindLabel(AttentionItem::Kind::Problem)));
        QVERIFY(police->isExpanded());

        // The filters: one unit, then one kind.
        page->unitFilter()->setCurrentIndex(page->unitFilter()->findData(names[1]));
        for (QTreeWidgetItem *line : itemLines(list))
            QCOMPARE(line->text(3), names[1]);
        QVERIFY(lineOf(QStringLiteral("两日内到期")));
        page->unitFilter()->setCurrentIndex(0);
        page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(int(AttentionItem::Kind::Problem)));
        QCOMPARE(itemLines(list).size(), 4);

        // What a zero-report line opens (the normative page without a record, with its unit): the
        // zero-report tab, never a unit's dialog.
        AttentionTarget zero;
        zero.page = AttentionTarget::Page::Normative;
        zero.unit = ids[0];
        Q_EMIT page->openTarget(zero);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pageStack"))->currentWidget(),
                 window.normativePage());
        QCOMPARE(window.normativePage()->tabs()->currentIndex(), 1);
        QVERIFY(!QApplication::activeModalWidget());
    }

    /// A new file with no units: a first-run checklist instead of a bare list; gone with the first unit.
    void firstRunChecklistOnAnEmptyFile()
    {
        TempWorkspace t(QDate(2022, 4, 5));
        QTemporaryDir settingsDir;
        QSettings store(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&store);
        DashboardPage page(*t.ws, settings);
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        page.show();
        QVERIFY(page.isCounting());
        QVERIFY(!page.checklist()->isVisible()); // not before the count says the file is empty
        QTRY_VERIFY(!page.isCounting());
        QVERIFY(page.checklist()->isVisible());
        QVERIFY(page.checklist()->text().contains(QStringLiteral("Import")));
        // On 04-05 the 04-02 contacts deadline has passed, units or none: not "nothing needs attention".
        const auto *headline = page.findChild<QLabel *>(QStringLiteral("dashboardHeadline"));
        QVERIFY(headline);
        QVERIFY2(headline->text().startsWith(QStringLiteral("1 overdue")), qPrintable(headline->text()));
        QCOMPARE(page.attention().size(), size_t(2)); // and the implementation plan of 04-10, near
        QCOMPARE(page.attention().front().due, QDate(2022, 4, 2));
        QCOMPARE(page.attention().back().due, QDate(2022, 4, 10));
        QCOMPARE(page.attention().front().target.page, AttentionTarget::Page::Units);
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("青龙山镇");
        QVERIFY(t.ws->units().create(u).ok());
        page.reload();
        QTRY_VERIFY(!page.isCounting());
        QVERIFY(!page.checklist()->isVisible());
    }

    /// Right after setCampaign() the page says it is counting, with nothing counted shown as final (no
    /// lines, the list and the reports disabled); then it shows exactly what the core counts on the
    /// window's own connection, once.
    void countsOffTheGuiThreadThenShowsTheCoreFigures()
    {
        OneUnit file;
        TempWorkspace &t = file.t;
        const UnitId police = file.police;
        DashboardPage &page = *file.page;
        addProblem(t, police, QStringLiteral("罚款未开具票据"), QDate(2022, 9, 20), 3);
        const auto data = CampaignData::load(*t.ws, t.campaign, QDate(2022, 9, 16));
        QVERIFY(data.ok());
        const CampaignFigures expected = CampaignFigures::count(*data);
        const std::vector<AttentionItem> expectedItems = attentionItems(*data);
        QVERIFY(expectedItems.size() >= 3); // the contact, the two problems

        QSignalSpy shown(&page, &DashboardPage::figuresShown);
        page.setCampaign(file.campaign());
        page.show();
        QVERIFY(page.isCounting());
        const auto *headline = page.findChild<QLabel *>(QStringLiteral("dashboardHeadline"));
        QVERIFY(headline);
        QCOMPARE(headline->text(), DashboardPage::tr("Counting the campaign's figures…"));
        QVERIFY(page.attention().empty());
        QCOMPARE(page.attentionList()->topLevelItemCount(), 0);
        QVERIFY(!page.attentionList()->isEnabled());
        for (const char *name : {"summaryPdfButton", "summaryXlsxButton", "summaryPreviewButton"})
            QVERIFY(!page.findChild<QPushButton *>(QLatin1String(name))->isEnabled());

        QTRY_VERIFY(!page.isCounting());
        QCOMPARE(shown.count(), 1);
        QVERIFY(page.attentionList()->isEnabled());
        for (const char *name : {"summaryPdfButton", "summaryXlsxButton", "summaryPreviewButton"})
            QVERIFY(page.findChild<QPushButton *>(QLatin1String(name))->isEnabled());
        int overdue = 0;
        for (const AttentionItem &a : expectedItems)
            overdue += a.severity == AttentionItem::Severity::Overdue;
        QVERIFY2(headline->text().startsWith(QStringLiteral("%1 overdue").arg(overdue)),
                 qPrintable(headline->text()));
        QCOMPARE(itemLines(page.attentionList()).size(), qsizetype(expectedItems.size()));
        QCOMPARE(page.attention().size(), expectedItems.size());
        for (size_t i = 0; i < expectedItems.size(); ++i) {
            QCOMPARE(page.attention()[i].text, expectedItems[i].text);
            QCOMPARE(page.attention()[i].due, expectedItems[i].due);
            QCOMPARE(int(page.attention()[i].severity), int(expectedItems[i].severity));
        }
        const CampaignFigures &f = page.figures();
        QCOMPARE(f.today, QDate(2022, 9, 16));
        QCOMPARE(f.units.size(), expected.units.size());
        QCOMPARE(f.problems, expected.problems);
        QCOMPARE(f.problems, 2);
        QCOMPARE(f.problemsOverdue, expected.problemsOverdue);
        QCOMPARE(f.problemsClosed, expected.problemsClosed);
        QCOMPARE(f.complaints, expected.complaints);
        QCOMPARE(f.itemsExpected(), expected.itemsExpected());
        QCOMPARE(f.itemsOnTime(), expected.itemsOnTime());
        QCOMPARE(f.filesRequired, expected.filesRequired);
        QCOMPARE(f.areas.size(), expected.areas.size());
        for (size_t i = 0; i < f.areas.size(); ++i)
            QCOMPARE(f.areas[i].byStatus, expected.areas[i].byStatus);
        QCOMPARE(shown.count(), 1);
    }

    /// A change while a count runs: that count's figures are never shown; the page counts again and shows
    /// only the latest (one announcement, the new problem in it). A campaign set twice in a row likewise.
    void reloadWhileCountingEndsWithTheLatestFigures()
    {
        OneUnit file;
        TempWorkspace &t = file.t;
        const UnitId police = file.police;
        DashboardPage &page = *file.page;

        QSignalSpy shown(&page, &DashboardPage::figuresShown);
        const Campaign campaign = file.campaign();
        page.setCampaign(campaign);
        QVERIFY(page.isCounting());
        // Written while the first count may already have read the problems.
        addProblem(t, police, QStringLiteral("执法文书编号不连续"), QDate(2022, 9, 12), 5);
        page.reload();
        QVERIFY(page.isCounting());
        QTRY_VERIFY(!page.isCounting());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(page.figures().problems, 2);
        int lines = 0;
        for (const AttentionItem &a : page.attention())
            lines += a.kind == AttentionItem::Kind::Problem;
        QCOMPARE(lines, 2);

        // Three reloads in a burst while counting: still one announcement, with the third problem.
        addProblem(t, police, QStringLiteral("罚没款未及时上缴"), QDate(2022, 9, 14), 6);
        page.setCampaign(campaign);
        page.refreshDay();
        page.reload();
        QTRY_VERIFY(!page.isCounting());
        QCOMPARE(shown.count(), 2);
        QCOMPARE(page.figures().problems, 3);
        // Nothing else arrives later (no stale count announces itself after the latest).
        QTest::qWait(300);
        QCOMPARE(shown.count(), 2);
        QCOMPARE(page.figures().problems, 3);
    }

    /// A report asked for while counting waits for the count: it is written from the counted figures,
    /// never from an empty or earlier count.
    void aReportWhileCountingWaitsForTheFigures()
    {
        OneUnit file;
        DashboardPage &page = *file.page;
        page.setCampaign(file.campaign());
        QVERIFY(page.isCounting());
        QVERIFY(page.exportXlsx(file.t.dir.filePath(QStringLiteral("figures.xlsx"))));
        QVERIFY(!page.isCounting());
        QCOMPARE(page.figures().problems, 1);
        QCOMPARE(page.figures().units.size(), size_t(1));
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

    /// The band's deadline texts read whole (no "…") at the width the band has at 1366×768, in both the
    /// days-left and the overdue wording, the widget growing a line where needed; only a window narrower than
    /// a text elides it.
    void timelineTextsReadWholeAtTheClerksWidth()
    {
        for (const QDate today : {QDate(2022, 3, 25), QDate(2022, 9, 12), QDate(2022, 12, 30)}) {
            TempWorkspace t(today);
            TimelineWidget band;
            band.setCampaign(t.ws->campaigns().campaign(t.campaign).value(), today);
            for (const int width : {1050, 1300, 1800})
                QVERIFY2(
                    band.textsReadWhole(width),
                    qPrintable(QStringLiteral("%1 at %2 px").arg(today.toString(Qt::ISODate)).arg(width)));
            band.resize(1050, band.sizeHint().height());
            const int at1050 = band.sizeHint().height();
            band.resize(1800, band.sizeHint().height());
            QVERIFY(band.sizeHint().height() <= at1050); // fewer lines when wider
            QVERIFY(!band.textsReadWhole(200));
        }
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
        QTRY_VERIFY(!page.isCounting());
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
