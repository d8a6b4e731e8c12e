#pragma once

#include "documents/reviewprinter.h"
#include "domain/casefile.h"
#include "domain/drawrecord.h"
#include "widgets/campaignpage.h"

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace oversight {

class CaseReviewService;

/// 案卷评查: the units' catalogues with totals and the 30% marker; the reviewer pool; the draws with their
/// files, reviewers, scoring sheets and 附件7 upload ticks; the results by unit. Prints the draw record and
/// the results (PDF, XLSX).
class CaseReviewPage final : public CampaignPage
{
    Q_OBJECT
public:
    CaseReviewPage(CaseReviewService &service, UnitService &units, const Clock &clock,
                   QWidget *parent = nullptr);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QTableWidget *catalogueTable() const { return m_catalogue; }
    [[nodiscard]] QTableWidget *caseTable() const { return m_cases; }
    [[nodiscard]] QTableWidget *drawnTable() const { return m_drawn; }
    [[nodiscard]] QTableWidget *resultsTable() const { return m_results; }
    [[nodiscard]] QTableWidget *reviewerTable() const { return m_reviewers; }
    [[nodiscard]] QComboBox *drawCombo() const { return m_drawCombo; }
    [[nodiscard]] QLabel *totalsLabel() const { return m_totals; }
    /// The drawn file of the selected row of the draw tab.
    [[nodiscard]] std::optional<DrawnFile> selectedDrawnFile() const;

public Q_SLOTS:
    void reload() override;
    void importCatalogue(const QString &path = {});
    void addCaseFile();
    void editCaseFile();
    void deleteCaseFile();
    void toggleNoCases();
    void newDraw();
    /// Sets the shown draw aside after a confirmation; asks for the reason when none is given.
    void voidDraw(const QString &reason = {});
    void drawReviewers();
    void verifyDraw();
    void printDrawRecord();
    void exportDrawRecordPdf(const QString &path = {});
    /// Opens the scoring sheet of the selected drawn file.
    void scoreSelected();
    void toggleUploaded();
    /// The selected file's findings become rectification-ledger problems.
    void raiseProblems();
    void addReviewer();
    void deleteReviewer();
    void exportResultsPdf(const QString &path = {});
    void exportResultsXlsx(const QString &path = {});

private:
    QWidget *buildCatalogueTab();
    QWidget *buildDrawTab();
    QWidget *buildReviewerTab();
    QWidget *buildResultsTab();
    void showCasesOfSelectedUnit();
    void showDrawnFiles();
    [[nodiscard]] std::optional<CatalogueSummary> selectedUnit() const;
    [[nodiscard]] std::optional<DrawRecord> currentDraw() const;
    [[nodiscard]] QString askPath(const QString &title, const QString &name, const QString &filter);
    /// What a results export writes: the file (asked for unless given) and the results read for it.
    struct ResultsExport
    {
        QString path;
        std::vector<UnitReviewResult> units;
        std::vector<DrawnFile> files;
    };
    /// Asks for the file unless `given`, then reads the results; nothing when the clerk cancels or the
    /// results cannot be read (said in a message).
    [[nodiscard]] std::optional<ResultsExport> resultsExport(const QString &given, const QString &title,
                                                             const QString &name, const QString &filter);

    CaseReviewService &m_service;
    ReviewPrinter m_printer;
    std::vector<CatalogueSummary> m_summaries;
    std::vector<CaseFile> m_unitCases;
    std::vector<DrawRecord> m_draws;
    std::vector<DrawnFile> m_drawnFiles;

    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_catalogue = nullptr;
    QTableWidget *m_cases = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_noCases = nullptr;
    QComboBox *m_drawCombo = nullptr;
    QLabel *m_drawInfo = nullptr;
    QPushButton *m_voidButton = nullptr;
    QTableWidget *m_drawn = nullptr;
    QTableWidget *m_reviewers = nullptr;
    QTableWidget *m_results = nullptr;
};

} // namespace oversight
