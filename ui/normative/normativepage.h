#pragma once

#include "domain/campaign.h"
#include "domain/normative.h"
#include "normativedialogs.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace oversight {

class Clock;
class ImportDialog;
class NormativeService;
class UnitService;

/// Normative-document filing supervision (规范性文件备案监督): the filing register with filters (unit, late,
/// review result, clean-up round), the selected document's details with its materials checklist, review
/// and correction; the zero reports of every unit and period; and the clean-up rounds with their decisions
/// and the summary table to print or save as PDF or XLSX. Writes go through dialogs and NormativeService.
class NormativePage final : public QWidget
{
    Q_OBJECT
public:
    NormativePage(NormativeService &service, UnitService &units, const Clock &clock,
                  QWidget *parent = nullptr);

    void setCampaign(const Campaign &campaign);
    /// Late days and missing zero reports depend on the day.
    void refreshDay();

    [[nodiscard]] QTableWidget *filings() const { return m_filings; }
    [[nodiscard]] QTableWidget *periods() const { return m_periods; }
    [[nodiscard]] QTableWidget *roundItems() const { return m_items; }
    [[nodiscard]] QTextBrowser *detail() const { return m_detail; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] NormativeDocumentId selectedDocument() const;
    void selectDocument(NormativeDocumentId id);
    /// The zero-report tab, at the unit's first missing period (what a zero-report attention line opens).
    void showZeroReports(UnitId unit);
    [[nodiscard]] CleanupRoundId selectedRound() const;
    void selectRound(CleanupRoundId id);
    /// The import dialog on `path`, already checking it (open, not modal); for tests and importFilings().
    ImportDialog *openImportDialog(const QString &path);
    /// Writes the selected round's summary table to `path` (.pdf or .xlsx); asks for a path when empty.
    bool exportRound(const QString &path = {});

public Q_SLOTS:
    void registerFiling();
    void recordUnfiled();
    void editSelected();
    void fileSelected();
    void reviewSelected();
    void correctSelected();
    void raiseProblem();
    /// Deletes the selected document (entered by mistake), after asking.
    void removeSelected();
    void importFilings();
    void saveTemplate();
    void recordZeroReport();
    /// Withdraws the zero report of the selected cell (recorded by mistake), after asking.
    void removeZeroReport();
    void newRound();
    void editRound();
    void addRoundDocument();
    void decideRoundDocument();
    void removeRoundDocument();
    void printRound();
    void previewRound();

private:
    void buildFilingsTab(QWidget *tab);
    void buildZeroTab(QWidget *tab);
    void buildRoundsTab(QWidget *tab);
    void reloadFilings();
    void fillFilings();
    void fillFilters();
    void reloadPeriods();
    void reloadRounds();
    void fillItems();
    void updateDetail();
    void updateActions();
    void paintRound(QPrinter *printer);
    [[nodiscard]] UnitChoices unitChoices() const;
    [[nodiscard]] QString unitName(UnitId id) const;
    [[nodiscard]] int filingDays() const { return m_campaign.rules.filingDeadlineDays; }

    NormativeService &m_service;
    UnitService &m_units;
    const Clock &m_clock;
    Campaign m_campaign;
    std::vector<NormativeDocument> m_documents;
    std::vector<CleanupRound> m_rounds;
    std::vector<CleanupItem> m_roundItems;
    QHash<qint64, QString> m_unitNames;

    QTabWidget *m_tabs = nullptr;
    // Filings
    QComboBox *m_unitFilter = nullptr;
    QComboBox *m_resultFilter = nullptr;
    QComboBox *m_roundFilter = nullptr;
    QCheckBox *m_lateCheck = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableWidget *m_filings = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_fileButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_correctButton = nullptr;
    QPushButton *m_ledgerButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    // Zero reports
    QTableWidget *m_periods = nullptr;
    QLabel *m_zeroLabel = nullptr;
    QPushButton *m_zeroRemoveButton = nullptr;
    // Clean-up rounds
    QComboBox *m_roundCombo = nullptr;
    QLabel *m_roundLabel = nullptr;
    QTableWidget *m_items = nullptr;
    QLabel *m_roundCounts = nullptr;
    QPushButton *m_editRoundButton = nullptr;
    QPushButton *m_addItemButton = nullptr;
    QPushButton *m_decideButton = nullptr;
    QPushButton *m_removeItemButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_xlsxButton = nullptr;
};

} // namespace oversight
