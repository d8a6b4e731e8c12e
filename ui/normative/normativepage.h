#pragma once

#include "domain/campaign.h"
#include "domain/normative.h"

#include <QWidget>

class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace oversight {

class CleanupRoundsTab;
class Clock;
class ImportDialog;
class NormativeFilingsTab;
class NormativeService;
class UnitService;
class ZeroReportsTab;

/// Normative-document filing supervision (规范性文件备案监督), in three tabs: the filing register
/// (NormativeFilingsTab), the zero reports of every unit and period (ZeroReportsTab) and the clean-up
/// rounds (CleanupRoundsTab). Writes go through dialogs and NormativeService.
class NormativePage final : public QWidget
{
    Q_OBJECT
public:
    NormativePage(NormativeService &service, UnitService &units, const Clock &clock,
                  QWidget *parent = nullptr);

    void setCampaign(const Campaign &campaign);
    /// Late days and missing zero reports depend on the day.
    void refreshDay();

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] NormativeFilingsTab *filingsTab() const { return m_filingsTab; }
    [[nodiscard]] ZeroReportsTab *zeroReportsTab() const { return m_zeroTab; }
    [[nodiscard]] CleanupRoundsTab *roundsTab() const { return m_roundsTab; }

    [[nodiscard]] QTableWidget *filings() const;
    [[nodiscard]] QTableWidget *periods() const;
    [[nodiscard]] QTableWidget *roundItems() const;
    [[nodiscard]] QTextBrowser *detail() const;
    [[nodiscard]] NormativeDocumentId selectedDocument() const;
    /// The filings tab, at the document.
    void selectDocument(NormativeDocumentId id);
    /// The zero-report tab, at the unit's first missing period (what a zero-report attention line opens).
    void showZeroReports(UnitId unit);
    [[nodiscard]] CleanupRoundId selectedRound() const;
    void selectRound(CleanupRoundId id);
    /// The import dialog on `path`, already checking it (open, not modal).
    ImportDialog *openImportDialog(const QString &path);
    /// Writes the selected round's summary table to `path` (.pdf or .xlsx); asks for a path when empty.
    bool exportRound(const QString &path = {});

public Q_SLOTS:
    /// Deletes the selected document (entered by mistake), after asking.
    void removeSelected();
    /// Withdraws the zero report of the selected cell (recorded by mistake), after asking.
    void removeZeroReport();

private:
    QTabWidget *m_tabs = nullptr;
    NormativeFilingsTab *m_filingsTab = nullptr;
    ZeroReportsTab *m_zeroTab = nullptr;
    CleanupRoundsTab *m_roundsTab = nullptr;
};

} // namespace oversight
