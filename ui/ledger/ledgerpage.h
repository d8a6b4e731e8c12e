#pragma once

#include "documents/ledgerrenderer.h"
#include "domain/problem.h"
#include "ledgeroutput.h"
#include "widgets/campaignpage.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPrinter;
class QPushButton;
class QStatusBar;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace oversight {

class EvidenceDropArea;
class ImportDialog;
class LedgerService;
class ProblemFilterProxy;
class ProblemTableModel;

/// The rectification ledger (整改台账): problems with filters (unit, area, source, status, overdue) and an
/// instant keyword search, the selected problem's history and evidence (files dropped on the page), the
/// workflow's steps (bulk status change with one note; close, reopen, extend), counts in the page's status
/// line, and the ledger printed, previewed or saved as PDF or Excel, as the filters show it.
class LedgerPage final : public CampaignPage
{
    Q_OBJECT
public:
    LedgerPage(LedgerService &ledger, UnitService &units, const Clock &clock, QWidget *parent = nullptr);

    /// Overdue is a matter of the day: re-marks rows and counts.
    void refreshDay();

    [[nodiscard]] ProblemTableModel *model() const { return m_model; }
    [[nodiscard]] ProblemFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QString countsText() const;
    /// The problems selected in the table, in display order.
    [[nodiscard]] std::vector<ProblemId> selectedProblems() const;
    void selectProblem(ProblemId id);
    /// The ledger as the filters show it (the unit's own title when one unit is chosen).
    [[nodiscard]] LedgerDocument currentLedger() const;
    /// Runs the keyword search now (the box waits a moment after each key).
    void searchNow();
    /// Attaches files to the selected problem (what a drop does); returns how many were stored.
    int attachFiles(const QStringList &paths);

public:
    /// The import dialog on `path`, checked and open (window-modal); Import writes the problems.
    ImportDialog *openImportDialog(const QString &path);

public Q_SLOTS:
    void addProblem();
    void editSelected();
    /// Deletes the selected problem after asking (one entered by mistake: the service decides).
    void deleteSelected();
    void closeSelected();
    void reopenSelected();
    void extendSelected();
    void addEvidenceFile();
    void addStatement();
    void importProblems();
    void previewLedger();
    void printLedger();
    void savePdf(const QString &path = {});
    void saveXlsx(const QString &path = {});

private:
    void campaignChanged() override;
    void reload() override;
    void reloadUnits();
    void applyFilters();
    void updateActions();
    void updateDetail();
    void updateCounts();
    void changeStatus(Problem::Status to);
    /// The unit chosen in the unit filter, if any.
    [[nodiscard]] std::optional<Unit> filteredUnit() const;
    /// What the filters show, for the ledger's outputs.
    [[nodiscard]] LedgerOutput::Shown shown() const;
    [[nodiscard]] std::vector<Problem> visibleProblems() const;
    [[nodiscard]] const Problem *single() const;

    LedgerService &m_ledger;
    std::vector<Unit> m_unitList;
    ProblemTableModel *m_model;
    ProblemFilterProxy *m_proxy;
    LedgerRenderer m_renderer;

    QComboBox *m_unitFilter = nullptr;
    QComboBox *m_areaFilter = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    EvidenceDropArea *m_dropArea = nullptr;
    QStatusBar *m_status = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QToolButton *m_statusButton = nullptr;
    QMenu *m_statusMenu = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QPushButton *m_extendButton = nullptr;
    QToolButton *m_evidenceButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QToolButton *m_outputButton = nullptr;
};

} // namespace oversight
