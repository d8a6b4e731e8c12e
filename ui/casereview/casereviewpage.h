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
class DrawTab;

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
    [[nodiscard]] QTableWidget *drawnTable() const;
    [[nodiscard]] QTableWidget *resultsTable() const { return m_results; }
    [[nodiscard]] QTableWidget *reviewerTable() const { return m_reviewers; }
    [[nodiscard]] QComboBox *drawCombo() const;
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
    /// Sets the draw shown on the draw tab aside (DrawTab::voidDraw).
    void voidDraw(const QString &reason = {});
    void addReviewer();
    void deleteReviewer();
    void exportResultsPdf(const QString &path = {});
    void exportResultsXlsx(const QString &path = {});

private:
    QWidget *buildCatalogueTab();
    QWidget *buildReviewerTab();
    QWidget *buildResultsTab();
    void showCasesOfSelectedUnit();
    [[nodiscard]] std::optional<CatalogueSummary> selectedUnit() const;
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

    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_catalogue = nullptr;
    QTableWidget *m_cases = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_noCases = nullptr;
    DrawTab *m_drawTab = nullptr;
    QTableWidget *m_reviewers = nullptr;
    QTableWidget *m_results = nullptr;
};

} // namespace oversight
