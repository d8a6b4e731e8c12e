#include "mainwindow.h"

#include "arearecords/arearecordspage.h"
#include "audit/auditpage.h"
#include "casereview/casereviewpage.h"
#include "dashboard/dashboardpage.h"
#include "documents/documentspage.h"
#include "language.h"
#include "ledger/ledgerpage.h"
#include "messagebox.h"
#include "normative/normativepage.h"
#include "safety/safetyactions.h"
#include "services/acceptanceservice.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/clock.h"
#include "services/documentservice.h"
#include "services/safetyservice.h"
#include "services/submissionservice.h"
#include "services/supervisionnoticesource.h"
#include "services/workspace.h"
#include "settings.h"
#include "submissions/submissionspage.h"
#include "supervision/supervisionpage.h"
#include "units/unitspage.h"
#include "widgets/filedialogs.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace oversight {

namespace {
/// A page's own icon from the resources (resources/icons/pages), one for each page.
QIcon pageIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/pages/%1.svg").arg(QLatin1String(name)));
}
} // namespace

template <typename Page>
void MainWindow::takesCampaign(Page *page)
{
    m_campaignSetters.insert(page, [page](const Campaign &campaign) { page->setCampaign(campaign); });
}

template <typename Page, typename... Args>
bool MainWindow::addCampaignPage(Page *&page, const char *icon, const QString &title, Args &...args)
{
    if (page)
        return false;
    page = new Page(args..., m_pages);
    addPage(pageIcon(icon), title, page);
    takesCampaign(page);
    m_pending.insert(page);
    return true;
}

template <typename Page>
Page *MainWindow::withCampaign(Page *page) const
{
    applyCampaign(page);
    return page;
}

MainWindow::MainWindow(CampaignService &campaigns, UnitService &units, SupervisionService &supervision,
                       const Clock &clock, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_campaigns(campaigns), m_clock(clock), m_settings(settings), m_units(units),
      m_supervision(supervision)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Oversight Desk"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (isVisible())
            applyCampaign(m_pages->widget(index));
    });

    addCampaignPage(m_unitsPage, "units", tr("Enforcement units"), units, settings);
    addCampaignPage(m_supervisionPage, "supervision", tr("Complaints and supervision"), supervision, units,
                    clock);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    createToolBar();

    m_phaseLabel = new QLabel(this);
    m_phaseLabel->setObjectName(QStringLiteral("phaseLabel"));
    m_deadlineLabel = new QLabel(this);
    m_deadlineLabel->setObjectName(QStringLiteral("deadlineLabel"));
    m_deadlineSeparator = new QFrame(this);
    m_deadlineSeparator->setFrameShape(QFrame::VLine);
    m_deadlineSeparator->setFrameShadow(QFrame::Sunken);
    statusBar()->addWidget(m_phaseLabel);
    statusBar()->addWidget(m_deadlineSeparator);
    statusBar()->addWidget(m_deadlineLabel, 1);

    // First start: most of the screen, since the register is a wide table; later the clerk's own geometry.
    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.9);
        move(available.center() - rect().center());
    }
    restoreState(m_settings.windowState());

    connect(&m_campaigns, &CampaignService::currentChanged, this, &MainWindow::reloadCampaign);
    connect(&m_campaigns, &CampaignService::campaignsChanged, this, &MainWindow::fillCampaignCombo);

    // A clerk leaves the program open for days; the phase and "days left" must follow the calendar.
    auto *dayTimer = new QTimer(this);
    connect(dayTimer, &QTimer::timeout, this, [this] {
        if (m_clock.today() != m_calendarDay)
            updateCalendar();
    });
    dayTimer->start(60 * 1000);

    fillCampaignCombo();
    reloadCampaign();
}

void MainWindow::addDocumentsPage(DocumentService &documents, UnitService &units)
{
    if (!addCampaignPage(m_documentsPage, "documents", tr("Official documents"), documents, units, m_clock))
        return;
    connect(m_supervisionPage, &SupervisionPage::supervisionNoticeRequested, this, [this](ComplaintId id) {
        const auto content = supervisionNoticeContent(m_supervision, m_units, id);
        if (!content) {
            MessageBox::warning(this, tr("Supervision notice"), content.error().message,
                                content.error().detail);
            return;
        }
        applyCampaign(m_documentsPage);
        if (m_documentsPage->draftSupervisionNotice(*content))
            m_navigation->setCurrentRow(m_pages->indexOf(m_documentsPage));
    });
    connect(&documents, &DocumentService::caseNoticeIssued, m_supervisionPage, &SupervisionPage::refreshCase);
}

void MainWindow::addSubmissionsPage(SubmissionService &submissions)
{
    addCampaignPage(m_submissionsPage, "submissions", tr("Forms and submissions"), submissions, m_units,
                    m_clock);
}

void MainWindow::addCaseReviewPage(CaseReviewService &review, UnitService &units)
{
    if (!addCampaignPage(m_caseReviewPage, "casereview", tr("Case-file review"), review, units, m_clock))
        return;
    if (m_documentsPage)
        m_documentsPage->setSpotCheckSource([&review](CampaignId campaign) {
            const auto results = review.spotCheckResults(campaign);
            return results ? *results : SpotCheckResults{};
        });
}

void MainWindow::addLedgerPage(LedgerService &ledger, UnitService &units)
{
    addCampaignPage(m_ledgerPage, "ledger", tr("Rectification ledger"), ledger, units, m_clock);
}

void MainWindow::addNormativePage(NormativeService &normative, UnitService &units)
{
    addCampaignPage(m_normativePage, "normative", tr("Normative documents"), normative, units, m_clock);
}

void MainWindow::showPage(int row)
{
    if (row >= 0 && row < m_navigation->count())
        m_navigation->setCurrentRow(row);
}

void MainWindow::addAreaRecordsPage(AreaRecordService &records, UnitService &units)
{
    addCampaignPage(m_areaRecordsPage, "arearecords", tr("Training and reform records"), records, units,
                    m_clock);
}

void MainWindow::addSafety(SafetyService &safety)
{
    if (m_auditPage)
        return;
    FileDialogs::setDatabasePath(safety.databasePath());
    m_auditPage = new AuditPage(safety, m_campaigns, m_units, m_pages);
    addPage(pageIcon("audit"), tr("Audit log"), m_auditPage);
    m_safetyActions = new SafetyActions(safety, m_settings, this);
    m_fileMenu->insertAction(m_quitAction, m_safetyActions->backUpAction());
    m_fileMenu->insertAction(m_quitAction, m_safetyActions->restoreAction());
    m_fileMenu->insertSeparator(m_quitAction);
    m_settingsMenu->addAction(m_safetyActions->keepAction());
    connect(m_safetyActions, &SafetyActions::restoreRequested, this, [this](const QString &file) {
        Q_EMIT restoreRequested(file);
        close();
    });
}

void MainWindow::addDashboardPage(Workspace &workspace)
{
    m_unitsPage->setAcceptance(&workspace.acceptance(), &workspace.clock());
    if (m_dashboardPage)
        return;
    m_dashboardPage = new DashboardPage(workspace, m_settings, m_pages);
    // First in the list: what the clerk sees on opening the program.
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->insertItem(0, new QListWidgetItem(pageIcon("dashboard"), tr("Dashboard")));
        m_pages->insertWidget(0, m_dashboardPage);
    }
    takesCampaign(m_dashboardPage);
    fitNavigation();
    m_pending.insert(m_dashboardPage);
    m_navigation->setCurrentRow(0);
    m_pages->setCurrentIndex(0);
    // Reminders and critical notices count from the same data as the dashboard and `status`.
    if (m_documentsPage)
        m_documentsPage->setDataSource([&workspace](CampaignId campaign, QDate day) {
            return CampaignData::load(workspace, campaign, day);
        });
    connect(m_dashboardPage, &DashboardPage::openTarget, this, &MainWindow::showTarget);
}

void MainWindow::showTarget(const AttentionTarget &target)
{
    QWidget *page = nullptr;
    switch (target.page) {
    case AttentionTarget::Page::Units:
        page = m_unitsPage;
        break;
    case AttentionTarget::Page::Submissions:
        page = m_submissionsPage;
        break;
    case AttentionTarget::Page::CaseReview:
        page = m_caseReviewPage;
        break;
    case AttentionTarget::Page::Ledger:
        page = m_ledgerPage;
        break;
    case AttentionTarget::Page::Supervision:
        page = m_supervisionPage;
        break;
    case AttentionTarget::Page::Normative:
        page = m_normativePage;
        break;
    }
    if (!page || m_pages->indexOf(page) < 0)
        return;
    applyCampaign(page);
    m_navigation->setCurrentRow(m_pages->indexOf(page));
    if (page == m_unitsPage && target.unit.isValid())
        m_unitsPage->selectUnit(target.unit);
    else if (page == m_ledgerPage && target.record > 0)
        m_ledgerPage->selectProblem(ProblemId(target.record));
    else if (page == m_supervisionPage && target.record > 0)
        m_supervisionPage->selectCase(ComplaintId(target.record));
    else if (page == m_normativePage && target.record > 0)
        m_normativePage->selectDocument(NormativeDocumentId(target.record));
    else if (page == m_normativePage && target.unit.isValid())
        m_normativePage->showZeroReports(target.unit);
}

void MainWindow::addPage(const QIcon &icon, const QString &title, QWidget *page)
{
    new QListWidgetItem(icon, title, m_navigation);
    m_pages->addWidget(page);
    fitNavigation();
}

void MainWindow::fitNavigation()
{
    // As wide as the longest entry in the running language, so no page name is cut. Measured from the texts,
    // not sizeHintForColumn(): before the window is shown that sees only the rows in the default viewport.
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(row)->text()));
    const int margins = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_navigation) +
                        4 * m_navigation->spacing() + 2 * m_navigation->frameWidth();
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + margins + metrics.height());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_quitAction = quit;

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_settingsMenu = settingsMenu;
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    for (const QString &language : availableLanguages()) {
        // Each language is named in itself, so a clerk who cannot read the current one still finds hers.
        const QString name = language.startsWith(QLatin1String("en"))
                                 ? QStringLiteral("English")
                                 : QLocale(language).nativeLanguageName();
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(language == m_settings.language());
        action->setData(language);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Oversight Desk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Campaign"));
    bar->setObjectName(QStringLiteral("campaignToolBar"));
    bar->setMovable(false);
    auto *label = new QLabel(tr("Campaign:"), bar);
    label->setContentsMargins(fontMetrics().height() / 2, 0, fontMetrics().height() / 4, 0);
    bar->addWidget(label);
    m_campaignCombo = new QComboBox(bar);
    m_campaignCombo->setObjectName(QStringLiteral("campaignCombo"));
    m_campaignCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_campaignCombo);
    bar->addWidget(m_campaignCombo);
    connect(m_campaignCombo, &QComboBox::activated, this, &MainWindow::switchCampaign);
}

void MainWindow::fillCampaignCombo()
{
    const QSignalBlocker blocker(m_campaignCombo);
    m_campaignCombo->clear();
    const auto rows = m_campaigns.list();
    if (!rows) {
        MessageBox::warning(this, tr("Campaigns"), rows.error().message, rows.error().detail);
        return;
    }
    for (const CampaignRow &row : *rows) {
        // The short title the plan gives itself reads best; the stored title is the fallback.
        const auto parsed = m_campaigns.campaign(row.id);
        const QString name = parsed ? parsed->displayName() : row.title;
        m_campaignCombo->addItem(name, row.id.value);
    }
    m_campaignCombo->setCurrentIndex(m_campaignCombo->findData(m_campaign.id.value));
}

void MainWindow::switchCampaign(int comboIndex)
{
    const CampaignId id(m_campaignCombo->itemData(comboIndex).toLongLong());
    if (!id.isValid() || id == m_campaign.id)
        return;
    if (auto switched = m_campaigns.setCurrent(id); !switched) {
        MessageBox::warning(this, tr("Campaigns"), switched.error().message, switched.error().detail);
        m_campaignCombo->setCurrentIndex(m_campaignCombo->findData(m_campaign.id.value));
        return;
    }
    // setCurrent() announces the change; reloadCampaign() runs from that signal.
}

void MainWindow::reloadCampaign()
{
    m_campaign = Campaign();
    const auto current = m_campaigns.current();
    if (!current) {
        MessageBox::warning(this, tr("Campaigns"), current.error().message, current.error().detail);
    } else if (current->isValid()) {
        auto loaded = m_campaigns.campaign(*current);
        if (loaded)
            m_campaign = std::move(loaded).value();
        else
            MessageBox::warning(this, tr("Campaigns"), loaded.error().message, loaded.error().detail);
    }
    {
        const QSignalBlocker blocker(m_campaignCombo);
        m_campaignCombo->setCurrentIndex(m_campaignCombo->findData(m_campaign.id.value));
    }
    campaignChangedForAllPages();
    updateCalendar();
}

void MainWindow::campaignChangedForAllPages()
{
    // Every page that takes the campaign (the training and reform records page was missing from a list
    // written out here, and kept showing the campaign it was first given).
    for (auto it = m_campaignSetters.cbegin(); it != m_campaignSetters.cend(); ++it)
        m_pending.insert(it.key());
    if (isVisible())
        applyCampaign(m_pages->currentWidget());
}

UnitsPage *MainWindow::unitsPage() const
{
    return withCampaign(m_unitsPage);
}

SupervisionPage *MainWindow::supervisionPage() const
{
    return withCampaign(m_supervisionPage);
}

DocumentsPage *MainWindow::documentsPage() const
{
    return withCampaign(m_documentsPage);
}

SubmissionsPage *MainWindow::submissionsPage() const
{
    return withCampaign(m_submissionsPage);
}

CaseReviewPage *MainWindow::caseReviewPage() const
{
    return withCampaign(m_caseReviewPage);
}

LedgerPage *MainWindow::ledgerPage() const
{
    return withCampaign(m_ledgerPage);
}

NormativePage *MainWindow::normativePage() const
{
    return withCampaign(m_normativePage);
}

AreaRecordsPage *MainWindow::areaRecordsPage() const
{
    return withCampaign(m_areaRecordsPage);
}

DashboardPage *MainWindow::dashboardPage() const
{
    return withCampaign(m_dashboardPage);
}

void MainWindow::applyCampaign(QWidget *page) const
{
    if (!m_pending.remove(page))
        return;
    if (const auto setter = m_campaignSetters.constFind(page); setter != m_campaignSetters.cend())
        (*setter)(m_campaign);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Before the first paint: only the page the clerk sees loads; the others when first shown.
    applyCampaign(m_pages->currentWidget());
    QMainWindow::showEvent(event);
}

QString MainWindow::shortDate(QDate date) const
{
    //: A QLocale date format for a day in the status bar; in Chinese write M月d日.
    return QLocale().toString(date, tr("MMM d"));
}

void MainWindow::updateCalendar()
{
    m_calendarDay = m_clock.today();
    // A page still waiting for its campaign reads the day with it.
    if (!m_pending.contains(m_supervisionPage))
        m_supervisionPage->refreshDay();
    if (m_ledgerPage && !m_pending.contains(m_ledgerPage))
        m_ledgerPage->refreshDay();
    if (m_normativePage && !m_pending.contains(m_normativePage))
        m_normativePage->refreshDay();
    if (m_dashboardPage && !m_pending.contains(m_dashboardPage))
        m_dashboardPage->refreshDay();
    if (m_campaign.phases.empty()) {
        m_phaseLabel->setText(tr("No campaign"));
        m_deadlineLabel->clear();
        return;
    }

    const PhaseStatus status = phaseOn(m_campaign, m_calendarDay);
    m_phaseLabel->setToolTip(status.current ? status.current->description : QString());
    switch (status.where) {
    case PhaseStatus::Where::InPhase:
        m_phaseLabel->setText(
            tr("Current phase: %1 (%2 – %3)")
                .arg(status.current->name, shortDate(status.current->from), shortDate(status.current->to)));
        break;
    case PhaseStatus::Where::BetweenPhases:
        m_phaseLabel->setText(
            tr("Between phases; next phase: %1").arg(status.next ? status.next->name : QString()));
        break;
    case PhaseStatus::Where::NotStarted:
        m_phaseLabel->setText(
            tr("Not started; %1 begins %2").arg(status.next->name, shortDate(status.next->from)));
        break;
    case PhaseStatus::Where::Finished:
        m_phaseLabel->setText(
            tr("Finished; the last phase ended %1").arg(shortDate(m_campaign.phases.back().to)));
        break;
    }

    const Deadline *next = nextDeadline(m_campaign, m_calendarDay);
    const bool campaignRunning = status.where != PhaseStatus::Where::Finished;
    m_deadlineLabel->setVisible(campaignRunning);
    m_deadlineSeparator->setVisible(campaignRunning);
    if (!next) {
        m_deadlineLabel->setText(tr("No deadline ahead"));
        m_deadlineLabel->setToolTip({});
        return;
    }
    const int daysLeft = int(m_calendarDay.daysTo(next->due));
    // Three sentences rather than one "%n day(s)": the English UI loads no translation file to pick plurals.
    QString text;
    if (daysLeft == 0)
        text = tr("Next deadline: %1 %2 (due today)").arg(next->title, shortDate(next->due));
    else if (daysLeft == 1)
        text = tr("Next deadline: %1 %2 (1 day left)").arg(next->title, shortDate(next->due));
    else
        text = tr("Next deadline: %1 %2 (%3 days left)")
                   .arg(next->title, shortDate(next->due), QString::number(daysLeft));
    m_deadlineLabel->setText(text);
    m_deadlineLabel->setToolTip(next->forms.join(tr(", ")));
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == m_settings.language())
        return;
    m_settings.setLanguage(language);
    m_settings.sync();
    MessageBox::information(this, tr("Language"),
                            tr("The new language takes effect when you start Oversight Desk again."));
}

void MainWindow::showAbout()
{
    QString text =
        QStringLiteral("<h3>%1</h3>").arg(tr("Oversight Desk").toHtmlEscaped()) +
        QStringLiteral("<p>%1</p>").arg(tr("Version %1").arg(QCoreApplication::applicationVersion())) +
        QStringLiteral("<p>%1</p>")
            .arg(tr("The legal affairs section's desk for the campaign to standardize administrative law "
                    "enforcement."));
    if (m_campaign.id.isValid())
        text += QStringLiteral("<p>%1</p>")
                    .arg(m_campaign.documentNumber.isEmpty()
                             ? tr("Current campaign: %1").arg(m_campaign.displayName().toHtmlEscaped())
                             : tr("Current campaign: %1 (%2)")
                                   .arg(m_campaign.displayName().toHtmlEscaped(),
                                        m_campaign.documentNumber.toHtmlEscaped()));
    text += QStringLiteral("<p>%1</p>")
                .arg(tr("Built with Qt %1, running on Qt %2.")
                         .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    MessageBox::about(this, tr("About Oversight Desk"), text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_unitsPage->saveState();
    m_settings.sync();
    event->accept();
}

} // namespace oversight
