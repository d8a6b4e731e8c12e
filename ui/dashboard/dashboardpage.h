#pragma once

#include "domain/campaign.h"
#include "services/attention.h"
#include "services/campaignfigures.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QChartView;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace oversight {

class Settings;
class TimelineWidget;
class Workspace;

/// 工作台: the first page. The campaign's timeline with today and the deadlines, what needs attention (each
/// line opens its record), the figures in a line and the four charts, all following the data as it
/// changes; and the summary report (总结验收) as PDF, XLSX or printed.
///
/// The figures are counted off the GUI thread, through a read-only connection of the count's own, so that
/// the window paints at once on a file of five years: from a reload until the count's figures are shown
/// the page says it is counting, greys what it showed before (not yet replaced) and the reports wait. A
/// reload while a count runs stops that count and counts again; only the latest count's figures are shown.
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(Workspace &workspace, Settings &settings, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setCampaign(const Campaign &campaign);
    /// The day changed (or the clock was moved): recount.
    void refreshDay();
    /// Shows the startup reminder when something is overdue or due soon and the clerk has not turned it off
    /// today. Returns whether it was shown. While counting, it waits for the count first.
    bool remindIfDue();
    /// The startup reminder once the figures being counted are shown (at once when none are being
    /// counted): what main() asks for, so that the window paints before the count ends.
    void remindWhenCounted();
    /// True from a reload until its figures are shown; attention() and figures() are then the previous
    /// count's (empty before the first).
    [[nodiscard]] bool isCounting() const { return m_counting; }

    [[nodiscard]] const std::vector<AttentionItem> &attention() const { return m_attention; }
    [[nodiscard]] const CampaignFigures &figures() const { return m_figures; }
    /// The attention lines grouped: the day's bands, then kinds, then units (a line's data role holds its
    /// index in attention(); a heading's is empty).
    [[nodiscard]] QTreeWidget *attentionList() const { return m_list; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kindFilter; }
    [[nodiscard]] QComboBox *unitFilter() const { return m_unitFilter; }
    /// The first-run checklist, shown while the file has no units.
    [[nodiscard]] QLabel *checklist() const { return m_checklist; }
    [[nodiscard]] QList<QChartView *> chartViews() const { return m_chartViews; }

public Q_SLOTS:
    /// Reads the data again now (services' change signals call it, debounced).
    void reload();
    bool exportPdf(const QString &path = {});
    bool exportXlsx(const QString &path = {});
    void printPreview();

Q_SIGNALS:
    /// The clerk activated an attention line: the main window shows its page and record.
    void openTarget(const oversight::AttentionTarget &target);
    /// A count ended and its figures are on the page (list, summary, checklist and charts).
    void figuresShown();

private:
    /// What a count hands back to the GUI thread.
    struct Counted
    {
        std::vector<AttentionItem> attention;
        CampaignFigures figures;
        QString error; ///< why the data could not be read (the figures are then empty)
    };

    void scheduleReload();
    /// Starts counting the current campaign on the current day on a thread of the pool.
    void startCount();
    /// The count ended: a reload came meanwhile, so count again; else show its figures.
    void countFinished();
    /// Blocks until the latest count's figures are shown (for the reports asked for while counting).
    void waitForCount();
    /// "Counting…": what is shown is greyed and the reports wait.
    void showCounting();
    /// The kind and unit filters offer what the list holds; the clerk's choice stays when still there.
    void fillFilters();
    void fillList();
    void fillChecklist();
    void fillSummary();
    void fillCharts();
    void paintOn(QPagedPaintDevice *device);

    Workspace &m_workspace;
    Settings &m_settings;
    Campaign m_campaign;
    std::vector<AttentionItem> m_attention;
    CampaignFigures m_figures;
    TimelineWidget *m_timeline = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_unitFilter = nullptr;
    QLabel *m_checklist = nullptr;
    QList<QChartView *> m_chartViews;
    QTimer *m_reloadTimer = nullptr;
    QWidget *m_body = nullptr; ///< the filters, the list and the charts: greyed while counting
    QList<QPushButton *> m_reportButtons;
    QFutureWatcher<Counted> *m_watcher = nullptr;
    bool m_counting = false;   ///< a count runs whose figures are not shown yet
    bool m_countAgain = false; ///< a reload came while counting: the running count's result is stale
};

} // namespace oversight
