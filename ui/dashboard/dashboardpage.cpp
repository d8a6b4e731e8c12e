#include "dashboardpage.h"

#include "chartbuilder.h"
#include "documents/documentfonts.h"
#include "documents/summaryreport.h"
#include "messagebox.h"
#include "services/casereviewservice.h"
#include "services/ledgerservice.h"
#include "services/normativeservice.h"
#include "services/submissionservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "settings.h"
#include "timelinewidget.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oversight {

namespace {

const QColor overdueColor(0xc6, 0x28, 0x28);
const QColor soonColor(0xb4, 0x5f, 0x06);

enum Column
{
    SeverityColumn,
    DueColumn,
    DaysColumn,
    UnitColumn,
    WhatColumn,
    ColumnCount
};

QStringList headers()
{
    return {DashboardPage::tr("Severity"), DashboardPage::tr("Due"), DashboardPage::tr("Days"),
            DashboardPage::tr("Unit"), DashboardPage::tr("What needs attention")};
}

/// Fills `list` with `items`, each line's data role holding its index.
void fillTree(QTreeWidget *list, const std::vector<AttentionItem> &items)
{
    list->clear();
    QList<QTreeWidgetItem *> rows;
    for (size_t i = 0; i < items.size(); ++i) {
        const AttentionItem &a = items[i];
        auto *row = new QTreeWidgetItem;
        row->setText(SeverityColumn, AttentionText::severityLabel(a.severity));
        row->setText(DueColumn, a.due.isValid() ? a.due.toString(Qt::ISODate) : QString());
        row->setText(DaysColumn, a.daysText());
        row->setText(UnitColumn, a.unitName);
        row->setText(WhatColumn, a.text);
        row->setToolTip(WhatColumn, a.text);
        row->setToolTip(UnitColumn, a.unitName);
        row->setData(0, Qt::UserRole, qulonglong(i));
        const QColor c = a.severity == AttentionItem::Severity::Overdue   ? overdueColor
                         : a.severity == AttentionItem::Severity::DueSoon ? soonColor
                                                                          : QColor();
        if (c.isValid())
            for (const int col : {SeverityColumn, DaysColumn})
                row->setForeground(col, c);
        rows.append(row);
    }
    list->addTopLevelItems(rows);
    for (const int c : {SeverityColumn, DueColumn, DaysColumn, UnitColumn})
        list->resizeColumnToContents(c);
    // A long unit name is elided (its tooltip is whole) rather than pushing "what" out of sight.
    list->setColumnWidth(UnitColumn, std::min(list->columnWidth(UnitColumn),
                                              list->fontMetrics().horizontalAdvance(QStringLiteral("旗市场监督管理局")) + 16));
}

QTreeWidget *makeTree(QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setColumnCount(ColumnCount);
    list->setHeaderLabels(headers());
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    list->setColumnWidth(UnitColumn, list->fontMetrics().horizontalAdvance(QStringLiteral("旗市场监督管理局")) + 12);
    return list;
}

} // namespace

ReminderDialog::ReminderDialog(const std::vector<AttentionItem> &items, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(tr("What is due"));
    for (const AttentionItem &i : items)
        if (i.severity != AttentionItem::Severity::Info)
            m_items.push_back(i);
    auto *layout = new QVBoxLayout(this);
    int overdue = 0;
    for (const AttentionItem &i : m_items)
        overdue += i.severity == AttentionItem::Severity::Overdue;
    auto *intro = new QLabel(tr("%1 overdue, %2 due within 7 days. Double-click a line to open it.")
                                 .arg(overdue)
                                 .arg(int(m_items.size()) - overdue),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = makeTree(this);
    m_list->setObjectName(QStringLiteral("reminderList"));
    fillTree(m_list, m_items);
    layout->addWidget(m_list, 1);
    m_off = new QCheckBox(tr("Don't remind me again today"), this);
    m_off->setObjectName(QStringLiteral("reminderOffToday"));
    layout->addWidget(m_off);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    const auto choose = [this] {
        QTreeWidgetItem *row = m_list->currentItem();
        if (!row)
            return;
        m_chosen = &m_items[size_t(row->data(0, Qt::UserRole).toULongLong())];
        accept();
    };
    connect(open, &QPushButton::clicked, this, choose);
    connect(m_list, &QTreeWidget::itemActivated, this, choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QRect screen = parent && parent->screen() ? parent->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1000, screen.width() * 9 / 10), std::min(520, screen.height() * 8 / 10));
}

bool ReminderDialog::offForToday() const
{
    return m_off->isChecked();
}

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
    auto *pdf = new QPushButton(tr("Summary report (PDF)…"), this);
    pdf->setObjectName(QStringLiteral("summaryPdfButton"));
    auto *xlsx = new QPushButton(tr("Figures (XLSX)…"), this);
    xlsx->setObjectName(QStringLiteral("summaryXlsxButton"));
    auto *preview = new QPushButton(tr("Print preview…"), this);
    preview->setObjectName(QStringLiteral("summaryPreviewButton"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(pdf);
    buttons->addWidget(xlsx);
    buttons->addWidget(preview);
    buttons->addStretch();
    top->addLayout(buttons);
    layout->addLayout(top);
    connect(pdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(xlsx, &QPushButton::clicked, this, [this] { exportXlsx(); });
    connect(preview, &QPushButton::clicked, this, &DashboardPage::printPreview);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->setChildrenCollapsible(false);
    m_list = makeTree(splitter);
    m_list->setObjectName(QStringLiteral("attentionList"));
    m_list->setToolTip(tr("Click a line to open its record."));
    m_list->setMinimumWidth(420);
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *row) {
        const size_t i = size_t(row->data(0, Qt::UserRole).toULongLong());
        if (i < m_attention.size())
            Q_EMIT openTarget(m_attention[i].target);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        const size_t i = size_t(row->data(0, Qt::UserRole).toULongLong());
        if (i < m_attention.size())
            Q_EMIT openTarget(m_attention[i].target);
    });
    splitter->addWidget(m_list);

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
    const QDate today = m_workspace.clock().today();
    m_timeline->setCampaign(m_campaign, today);
    m_attention.clear();
    m_figures = CampaignFigures();
    if (m_campaign.id.isValid()) {
        const Result<CampaignData> loaded = CampaignData::load(m_workspace, m_campaign.id, today);
        if (loaded) {
            m_attention = attentionItems(*loaded);
            m_figures = CampaignFigures::count(*loaded);
        } else {
            m_headline->setText(loaded.error().message);
        }
    }
    fillList();
    fillSummary();
    fillCharts();
}

void DashboardPage::fillList()
{
    fillTree(m_list, m_attention);
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
          << tr("self-check share met by %1 of %2 reporting units").arg(f.unitsSelfCheckOk).arg(f.unitsSelfCheckReported)
          << tr("spot check: %1 of %2 files scored").arg(f.filesReviewed).arg(f.filesRequired)
          << tr("rectification: %1 of %2 problems closed, %3 overdue")
                 .arg(f.problemsClosed)
                 .arg(f.problems)
                 .arg(f.problemsOverdue)
          << tr("complaints: %1 of %2 closed, %3 overdue").arg(f.complaintsClosed).arg(f.complaints).arg(f.complaintsOverdue);
    m_summary->setText(parts.join(tr("; ")));
}

void DashboardPage::fillCharts()
{
    const std::vector<ChartData> charts = ChartData::of(m_figures);
    for (int i = 0; i < m_chartViews.size() && size_t(i) < charts.size(); ++i) {
        QChartView *view = m_chartViews[i];
        QChart *old = view->chart();
        // The pane is narrow: every chart but the four grades lies, one bar a line.
        const ChartData &chart = charts[size_t(i)];
        const bool lying = chart.categories.size() > 4;
        view->setChart(buildChart(chart, lying));
        delete old;
        view->setMinimumHeight(lying ? std::max(260, 100 + 20 * int(chart.categories.size())) : 260);
    }
}

bool DashboardPage::remindIfDue()
{
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
    QString path = given;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Save the summary report"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("summary-report.pdf")),
            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    const SummaryReport report(DocumentFonts::resolve());
    const Result<QByteArray> bytes = report.pdf(m_figures);
    if (!bytes) {
        MessageBox::warning(this, tr("Summary report"), bytes.error().message, bytes.error().detail);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        MessageBox::warning(this, tr("Summary report"),
                            tr("%1 cannot be written (%2); choose another folder.")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool DashboardPage::exportXlsx(const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Save the summary figures"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("summary-figures.xlsx")),
            tr("Excel workbooks (*.xlsx)"));
        if (path.isEmpty())
            return false;
    }
    if (auto r = writeXlsx(path, SummaryReport::workbook(m_figures)); !r) {
        MessageBox::warning(this, tr("Summary figures"), r.error().message, r.error().detail);
        return false;
    }
    return true;
}

void DashboardPage::paintOn(QPagedPaintDevice *device)
{
    const SummaryReport report(DocumentFonts::resolve());
    if (auto r = report.paint(m_figures, *device); !r)
        MessageBox::warning(this, tr("Summary report"), r.error().message, r.error().detail);
}

void DashboardPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { paintOn(p); });
    const QRect screen = this->screen()->availableGeometry();
    dialog.resize(std::min(1200, screen.width()), std::min(900, screen.height() * 9 / 10));
    dialog.exec();
}

} // namespace oversight
