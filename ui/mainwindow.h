#pragma once

#include "domain/campaign.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;

namespace oversight {

class CampaignService;
class DashboardPage;
class Workspace;
struct AttentionTarget;
class CaseReviewPage;
class CaseReviewService;
class Clock;
class DocumentService;
class DocumentsPage;
class LedgerPage;
class LedgerService;
class NormativePage;
class AreaRecordsPage;
class AreaRecordService;
class NormativeService;
class SafetyActions;
class SafetyService;
class AuditPage;
class Settings;
class SubmissionService;
class SubmissionsPage;
class SupervisionPage;
class SupervisionService;
class UnitService;
class UnitsPage;

/// The shell: navigation on the left, one page per area of work, the campaign switcher, and the campaign
/// calendar (today's phase, the next deadline) in the status bar. Pages do the work; this only wires them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// The services, clock and settings must outlive the window.
    MainWindow(CampaignService &campaigns, UnitService &units, SupervisionService &supervision,
               const Clock &clock, Settings &settings, QWidget *parent = nullptr);

    [[nodiscard]] UnitsPage *unitsPage() const;
    [[nodiscard]] SupervisionPage *supervisionPage() const;
    /// Adds the official documents page (issued and draft documents); main() calls it once.
    /// Adds the documents page; a supervision notice asked for on the supervision page is drafted there.
    void addDocumentsPage(DocumentService &documents, UnitService &units);
    [[nodiscard]] DocumentsPage *documentsPage() const;
    /// Adds the submissions page (forms 附件1–7 and written reports by unit); main() calls it once.
    void addSubmissionsPage(SubmissionService &submissions);
    [[nodiscard]] SubmissionsPage *submissionsPage() const;
    /// 案卷评查: catalogues, draws, scoring sheets and results (after the documents page, if any, whose
    /// spot-check notice then takes its figures from the results).
    void addCaseReviewPage(CaseReviewService &review, UnitService &units);
    [[nodiscard]] CaseReviewPage *caseReviewPage() const;
    /// Adds the rectification ledger page; main() calls it once.
    void addLedgerPage(LedgerService &ledger, UnitService &units);
    [[nodiscard]] LedgerPage *ledgerPage() const;
    /// Adds the normative-document filing page (规范性文件备案监督); once.
    void addNormativePage(NormativeService &normative, UnitService &units);
    [[nodiscard]] NormativePage *normativePage() const;
    /// Adds the page of the area-7 and area-10 records (training, exams, meetings, major-penalty filings,
    /// guiding cases); once.
    void addAreaRecordsPage(AreaRecordService &records, UnitService &units);
    [[nodiscard]] AreaRecordsPage *areaRecordsPage() const;
    /// Adds the audit log page and the backup and restore commands; main() calls it once. A confirmed
    /// restore is announced by restoreRequested().
    void addSafety(SafetyService &safety);
    [[nodiscard]] AuditPage *auditPage() const { return m_auditPage; }
    [[nodiscard]] SafetyActions *safetyActions() const { return m_safetyActions; }
    /// Adds the dashboard (工作台) as the first page and shows it; main() calls it once, after the other
    /// pages, so that its lines can open them.
    void addDashboardPage(Workspace &workspace);
    [[nodiscard]] DashboardPage *dashboardPage() const;
    /// Shows the page of `target` and, where the page can, selects its record (else its unit).
    void showTarget(const oversight::AttentionTarget &target);
    /// Shows the page in row `row` of the navigation (0 is the first); nothing when there is none.
    void showPage(int row);
    /// The campaign the pages show (empty when the file has none).
    [[nodiscard]] const Campaign &campaign() const { return m_campaign; }

public Q_SLOTS:
    /// Re-reads the current campaign from the database and shows it on every page.
    void reloadCampaign();
    /// Refreshes the phase and deadline in the status bar (also run when the date changes).
    void updateCalendar();

Q_SIGNALS:
    /// The clerk confirmed restoring `backupFile`: main() closes this window and the database, restores and
    /// opens it again.
    void restoreRequested(const QString &backupFile);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Pages load the campaign when first shown (or first asked for: the accessors above), not all before
    /// the first paint: a page whose campaign is pending gets it here.
    void applyCampaign(QWidget *page) const;
    /// Marks every page's campaign pending and gives it to the shown page (once the window is visible).
    void campaignChangedForAllPages();
    void createMenus();
    void createToolBar();
    void addPage(const QIcon &icon, const QString &title, QWidget *page);
    /// Makes `page` from `args` (and the page stack, its parent) unless it is made already, and adds it as
    /// a page that shows the campaign: it is given it (through its setCampaign()) when first shown. False
    /// when the page was there already.
    template <typename Page, typename... Args>
    bool addCampaignPage(Page *&page, const char *icon, const QString &title, Args &...args);
    /// Remembers how `page` is given the campaign (applyCampaign()).
    template <typename Page>
    void takesCampaign(Page *page);
    /// `page`, after giving it the campaign if that is pending: what the page accessors return.
    template <typename Page>
    Page *withCampaign(Page *page) const;
    void fitNavigation();
    void fillCampaignCombo();
    void switchCampaign(int comboIndex);
    void chooseLanguage(const QString &language);
    void showAbout();
    [[nodiscard]] QString shortDate(QDate date) const;

    CampaignService &m_campaigns;
    const Clock &m_clock;
    Settings &m_settings;
    Campaign m_campaign;
    QDate m_calendarDay;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_campaignCombo = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QFrame *m_deadlineSeparator = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    UnitService &m_units;
    SupervisionService &m_supervision;
    UnitsPage *m_unitsPage = nullptr;
    SupervisionPage *m_supervisionPage = nullptr;
    DocumentsPage *m_documentsPage = nullptr;
    SubmissionsPage *m_submissionsPage = nullptr;
    CaseReviewPage *m_caseReviewPage = nullptr;
    LedgerPage *m_ledgerPage = nullptr;
    NormativePage *m_normativePage = nullptr;
    AreaRecordsPage *m_areaRecordsPage = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_settingsMenu = nullptr;
    AuditPage *m_auditPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    SafetyActions *m_safetyActions = nullptr;
    mutable QSet<QWidget *> m_pending; ///< pages that have not yet been given the current campaign
    QHash<QWidget *, std::function<void(const Campaign &)>> m_campaignSetters; ///< one a campaign page
};

} // namespace oversight
