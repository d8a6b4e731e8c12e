#include "dashboardpage.h"

#include "attentiontree.h"
#include "chartbuilder.h"
#include "documents/documentfonts.h"
#include "documents/summaryreport.h"
#include "messagebox.h"
#include "reminderdialog.h"
#include "services/casereviewservice.h"
#include "services/ledgerservice.h"
#include "services/normativeservice.h"
#include "services/submissionservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "settings.h"
#include "timelinewidget.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"
#include "widgets/outputmenu.h"

#include <QChart>
#include <QChartView>
#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace oversight {

DashboardPage::DashboardPage(Workspace &workspace, Settings &settings, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_settings(settings)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_timeline = new TimelineWidget(this);
    layout->addWidget(m_timeline);

    auto *top = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_headline->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_headline);
    texts->addWidget(m_summary);
    top->addLayout(texts, 1);
    m_reportButtons = OutputMenu::buttons(
        this, {{tr("Summary report (PDF)…"), QStringLiteral("summaryPdfButton"), [this] { exportPdf(); }},
               {tr("Figures (XLSX)…"), QStringLiteral("summaryXlsxButton"), [this] { exportXlsx(); }},
               {tr("Print preview…"), QStringLiteral("summaryPreviewButton"), [this] { printPreview(); }}});
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : std::as_const(m_reportButtons))
        buttons->addWidget(b);
    buttons->addStretch();
    top->addLayout(buttons);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_body = splitter;
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_kindFilter = new QComboBox(listPane);
    m_kindFilter->setObjectName(QStringLiteral("attentionKindFilter"));
    m_unitFilter = new QComboBox(listPane);
    m_unitFilter->setObjectName(QStringLiteral("attentionUnitFilter"));
    m_unitFilter->setMinimumContentsLength(12);
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(new QLabel(tr("Kind:"), listPane));
    filters->addWidget(m_kindFilter, 1);
    filters->addWidget(new QLabel(tr("Unit:"), listPane));
    filters->addWidget(m_unitFilter, 1);
    listLayout->addLayout(filters);
    m_checklist = new QLabel(listPane);
    m_checklist->setObjectName(QStringLiteral("firstRunChecklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setTextFormat(Qt::RichText);
    m_checklist->setFrameShape(QFrame::StyledPanel);
    m_checklist->setMargin(fontMetrics().height() / 2);
    m_checklist->hide();
    listLayout->addWidget(m_checklist);
    m_list = attentionTree(listPane);
    m_list->setObjectName(QStringLiteral("attentionList"));
    m_list->setRootIsDecorated(true);
    m_list->setToolTip(tr("Double-click a line (or press Enter) to open its record."));
    m_list->setMinimumWidth(420);
    // Opened on activation only: a single click that switched pages let a double-click's second click
    // land on the page just shown (and open whatever was under the mouse there).
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        const QVariant index = row->data(0, Qt::UserRole);
        if (!index.isValid()) {
            row->setExpanded(!row->isExpanded());
            return;
        }
        const size_t i = size_t(index.toULongLong());
        if (i < m_attention.size())
            Q_EMIT openTarget(m_attention[i].target);
    });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &DashboardPage::fillList);
    connect(m_unitFilter, &QComboBox::currentIndexChanged, this, &DashboardPage::fillList);
    listLayout->addWidget(m_list, 1);
    splitter->addWidget(listPane);

    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("chartsArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Wide enough for a chart's legend and its turned labels; the list takes the rest.
    scroll->setMinimumWidth(420);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *charts = new QWidget(scroll);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (int i = 0; i < 4; ++i) {
        auto *view = new QChartView(charts);
        view->setObjectName(QStringLiteral("chart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        m_chartViews.append(view);
    }
    // One column, so that each chart has the pane's width for its legend and labels: the forms first, then
    // the areas, the grades and the units' progress (tall: one bar a unit).
    grid->addWidget(m_chartViews[0], 0, 0);
    grid->addWidget(m_chartViews[1], 1, 0);
    grid->addWidget(m_chartViews[3], 2, 0);
    grid->addWidget(m_chartViews[2], 3, 0);
    scroll->setWidget(charts);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &DashboardPage::reload);
    m_watcher = new QFutureWatcher<Counted>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DashboardPage::countFinished);

    // Follow the data: any write in any room recounts (a burst of signals, as in an import, once).
    UnitService &units = workspace.units();
    connect(&units, &UnitService::unitAdded, this, &DashboardPage::scheduleReload);
    connect(&units, &UnitService::unitChanged, this, &DashboardPage::scheduleReload);
    connect(&units, &UnitService::unitRemoved, this, &DashboardPage::scheduleReload);
    connect(&units, &UnitService::unitsImported, this, &DashboardPage::scheduleReload);
    SupervisionService &supervision = workspace.supervision();
    connect(&supervision, &SupervisionService::complaintAdded, this, &DashboardPage::scheduleReload);
    connect(&supervision, &SupervisionService::complaintChanged, this, &DashboardPage::scheduleReload);
    connect(&workspace.submissions(), &SubmissionService::submissionChanged, this,
            &DashboardPage::scheduleReload);
    CaseReviewService &review = workspace.caseReview();
    connect(&review, &CaseReviewService::catalogueChanged, this, &DashboardPage::scheduleReload);
    connect(&review, &CaseReviewService::drawStored, this, &DashboardPage::scheduleReload);
    connect(&review, &CaseReviewService::sheetSaved, this, &DashboardPage::scheduleReload);
    LedgerService &ledger = workspace.ledger();
    connect(&ledger, &LedgerService::problemAdded, this, &DashboardPage::scheduleReload);
    connect(&ledger, &LedgerService::problemChanged, this, &DashboardPage::scheduleReload);
    connect(&ledger, &LedgerService::problemRemoved, this, &DashboardPage::scheduleReload);
    connect(&ledger, &LedgerService::ledgerChanged, this, &DashboardPage::scheduleReload);
    NormativeService &normative = workspace.normative();
    connect(&normative, &NormativeService::documentsChanged, this, &DashboardPage::scheduleReload);
    connect(&normative, &NormativeService::zeroReportsChanged, this, &DashboardPage::scheduleReload);
}

DashboardPage::~DashboardPage()
{
    // The count holds nothing of the page, but it is stopped and waited for, so that its connection to the
    // file is closed with the window.
    if (m_counting) {
        m_countAgain = false;
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void DashboardPage::setCampaign(const Campaign &campaign)
{
    m_campaign = campaign;
    reload();
}

void DashboardPage::refreshDay()
{
    reload();
}

void DashboardPage::scheduleReload()
{
    m_reloadTimer->start();
}

void DashboardPage::reload()
{
    m_reloadTimer->stop();
    m_timeline->setCampaign(m_campaign, m_workspace.clock().today());
    showCounting();
    if (m_counting) {
        // The count under way read the file before this change (or another campaign or day): it stops,
        // its figures are dropped and a new count starts when it has.
        m_countAgain = true;
        m_watcher->cancel();
        return;
    }
    startCount();
}

void DashboardPage::showCounting()
{
    m_headline->setText(tr("Counting the campaign's figures…"));
    m_summary->setEnabled(false);
    m_body->setEnabled(false);
    for (QPushButton *button : std::as_const(m_reportButtons))
        button->setEnabled(false);
}

void DashboardPage::startCount()
{
    m_counting = true;
    m_countAgain = false;
    auto promise = std::make_shared<QPromise<Counted>>();
    m_watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, path = m_workspace.database().path(),
                                          campaign = m_campaign.id, today = m_workspace.clock().today()] {
        promise->start();
        Counted counted;
        if (campaign.isValid()) {
            const Result<CampaignData> loaded = CampaignData::loadOnOwnConnection(
                path, campaign, today, [&promise] { return promise->isCanceled(); });
            if (loaded) {
                counted.attention = attentionItems(*loaded);
                counted.figures = CampaignFigures::count(*loaded);
            } else {
                counted.error = loaded.error().message;
            }
        }
        promise->addResult(std::move(counted));
        promise->finish();
    });
}

void DashboardPage::countFinished()
{
    // A count already shown by waitForCount() still announces its end; a stale announcement finds the next
    // count running.
    if (!m_counting || !m_watcher->isFinished())
        return;
    m_counting = false;
    const QFuture<Counted> future = m_watcher->future();
    if (m_countAgain || future.resultCount() < 1) {
        startCount();
        return;
    }
    Counted counted = future.result();
    m_attention = std::move(counted.attention);
    m_figures = std::move(counted.figures);
    m_body->setEnabled(true);
    m_summary->setEnabled(true);
    for (QPushButton *button : std::as_const(m_reportButtons))
        button->setEnabled(true);
    fillFilters();
    fillList();
    fillChecklist();
    fillSummary();
    fillCharts();
    if (!counted.error.isEmpty()) {
        // Nothing counted: the reason, not figures of nothing.
        m_headline->setText(counted.error);
        m_summary->clear();
    }
    Q_EMIT figuresShown();
}

void DashboardPage::waitForCount()
{
    while (m_counting) {
        m_watcher->waitForFinished();
        countFinished(); // shows the figures, or starts the count again after a reload
    }
}

void DashboardPage::fillFilters()
{
    const int kind = m_kindFilter->currentData().isValid() ? m_kindFilter->currentData().toInt() : -1;
    const QString unit = m_unitFilter->currentData().toString();
    const QSignalBlocker quietKinds(m_kindFilter);
    const QSignalBlocker quietUnits(m_unitFilter);
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("All kinds"));
    QList<int> kinds;
    QStringList units;
    for (const AttentionItem &a : m_attention) {
        if (!kinds.contains(int(a.kind)))
            kinds.append(int(a.kind));
        if (!a.unitName.isEmpty() && !units.contains(a.unitName))
            units.append(a.unitName);
    }
    std::sort(kinds.begin(), kinds.end());
    for (const int k : kinds)
        m_kindFilter->addItem(AttentionText::kindLabel(AttentionItem::Kind(k)), k);
    m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(kind)));
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(units.begin(), units.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"));
    for (const QString &u : units)
        m_unitFilter->addItem(u, u);
    m_unitFilter->setCurrentIndex(unit.isEmpty() ? 0 : std::max(0, m_unitFilter->findData(unit)));
}

void DashboardPage::fillList()
{
    const QVariant kind = m_kindFilter->currentData();
    const QString unit = m_unitFilter->currentData().toString();
    fillAttentionTree(m_list, m_attention, [&kind, &unit](const AttentionItem &a) {
        return (!kind.isValid() || int(a.kind) == kind.toInt()) && (unit.isEmpty() || a.unitName == unit);
    });
    if (kind.isValid() || !unit.isEmpty())
        m_list->expandAll(); // a narrowed list is short: every line in sight
}

void DashboardPage::fillChecklist()
{
    // A new, empty file: what to do first, instead of a list that says nothing needs attention.
    const bool empty = m_campaign.id.isValid() && m_figures.units.empty();
    m_checklist->setVisible(empty);
    if (!empty)
        return;
    m_checklist->setText(
        QStringLiteral("<b>%1</b><ol><li>%2</li><li>%3</li><li>%4</li></ol>")
            .arg(tr("Getting started with a new file").toHtmlEscaped(),
                 tr("Add the enforcement units, or import them from a spreadsheet: Enforcement units → "
                    "Import….")
                     .toHtmlEscaped(),
                 tr("Name each unit's campaign contact person and phone.").toHtmlEscaped(),
                 tr("Check the campaign's phases and deadlines in the timeline above; the deadlines of "
                    "the forms follow them.")
                     .toHtmlEscaped()));
}

void DashboardPage::fillSummary()
{
    int overdue = 0, soon = 0;
    for (const AttentionItem &i : m_attention) {
        overdue += i.severity == AttentionItem::Severity::Overdue;
        soon += i.severity == AttentionItem::Severity::DueSoon;
    }
    if (m_attention.empty())
        m_headline->setText(tr("Nothing needs attention today."));
    else
        m_headline->setText(tr("%1 overdue · %2 due within 7 days · %3 to note")
                                .arg(overdue)
                                .arg(soon)
                                .arg(int(m_attention.size()) - overdue - soon));
    const CampaignFigures &f = m_figures;
    const int in = f.itemsOnTime() + f.itemsLate();
    int overdueItems = 0;
    for (const UnitFigures &u : f.units)
        overdueItems += u.itemsOverdue;
    QStringList parts;
    parts << tr("Forms and reports: %1 of %2 in (%3 on time, %4 late), %5 overdue")
                 .arg(in)
                 .arg(f.itemsExpected())
                 .arg(f.itemsOnTime())
                 .arg(f.itemsLate())
                 .arg(overdueItems)
          << tr("self-check share met by %1 of %2 reporting units")
                 .arg(f.unitsSelfCheckOk)
                 .arg(f.unitsSelfCheckReported)
          << tr("spot check: %1 of %2 files scored").arg(f.filesReviewed).arg(f.filesRequired)
          << tr("rectification: %1 of %2 problems closed, %3 overdue")
                 .arg(f.problemsClosed)
                 .arg(f.problems)
                 .arg(f.problemsOverdue)
          << tr("complaints: %1 of %2 closed, %3 overdue")
                 .arg(f.complaintsClosed)
                 .arg(f.complaints)
                 .arg(f.complaintsOverdue);
    m_summary->setText(parts.join(tr("; ")));
}

void DashboardPage::fillCharts()
{
    const std::vector<ChartData> charts = ChartData::of(m_figures);
    for (int i = 0; i < m_chartViews.size() && size_t(i) < charts.size(); ++i) {
        QChartView *view = m_chartViews[i];
        QChart *old = view->chart();
        // The pane is narrow: every chart but the four grades lies, one bar a line.
        const ChartData chart = ChartText::onScreen(charts[size_t(i)], m_campaign);
        const bool lying = chart.categories.size() > 4;
        view->setChart(buildChart(chart, lying));
        delete old;
        view->setMinimumHeight(lying ? std::max(260, 100 + 20 * int(chart.categories.size())) : 260);
    }
}

void DashboardPage::remindWhenCounted()
{
    if (!m_counting) {
        remindIfDue();
        return;
    }
    connect(this, &DashboardPage::figuresShown, this, &DashboardPage::remindIfDue, Qt::SingleShotConnection);
}

bool DashboardPage::remindIfDue()
{
    waitForCount();
    const QDate today = m_workspace.clock().today();
    if (!needsReminder(m_attention) || m_settings.reminderOffOn() == today)
        return false;
    ReminderDialog dialog(m_attention, this);
    const int result = dialog.exec();
    if (dialog.offForToday()) {
        m_settings.setReminderOffOn(today);
        m_settings.sync();
    }
    if (result == QDialog::Accepted && dialog.chosen())
        Q_EMIT openTarget(dialog.chosen()->target);
    return true;
}

bool DashboardPage::exportPdf(const QString &given)
{
    waitForCount();
    QString path = given;
    if (path.isEmpty()) {
        path = FileDialogs::save(this, tr("Save the summary report"), tr("summary-report.pdf"),
                                 tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    const SummaryReport report(DocumentFonts::resolve());
    return LongWork::run(
               this, tr("Summary report"), tr("Writing the summary report…"),
               [report, figures = m_figures, head = m_workspace.ledger().auditHead(),
                path](LongWork::Control &control) -> Result<QString> {
                   const Result<QByteArray> bytes = report.pdf(figures, head);
                   if (!bytes)
                       return bytes.error();
                   return LongWork::save(
                       path, *bytes, control,
                       tr("The summary report is written to %1.").arg(QDir::toNativeSeparators(path)));
               }) == LongWork::Outcome::Done;
}

bool DashboardPage::exportXlsx(const QString &given)
{
    waitForCount();
    QString path = given;
    if (path.isEmpty()) {
        path = FileDialogs::save(this, tr("Save the summary figures"), tr("summary-figures.xlsx"),
                                 tr("Excel workbooks (*.xlsx)"));
        if (path.isEmpty())
            return false;
    }
    return LongWork::run(
               this, tr("Summary figures"), tr("Writing the summary figures…"),
               [figures = m_figures, head = m_workspace.ledger().auditHead(),
                path](LongWork::Control &control) -> Result<QString> {
                   XlsxWorkbook book = SummaryReport::workbook(figures);
                   book.auditHead = head;
                   if (control.cancelled())
                       return LongWork::cancelledError();
                   if (auto r = writeXlsx(path, book); !r)
                       return r.error();
                   return tr("The summary figures are written to %1.").arg(QDir::toNativeSeparators(path));
               }) == LongWork::Outcome::Done;
}

void DashboardPage::paintOn(QPagedPaintDevice *device)
{
    const SummaryReport report(DocumentFonts::resolve());
    if (auto r = report.paint(m_figures, *device); !r)
        MessageBox::warning(this, tr("Summary report"), r.error().message, r.error().detail);
}

void DashboardPage::printPreview()
{
    waitForCount();
    OutputMenu::preview(this, {QPageLayout::Landscape, QSize(1200, 900)}, [this](QPrinter *p) { paintOn(p); });
}

} // namespace oversight
