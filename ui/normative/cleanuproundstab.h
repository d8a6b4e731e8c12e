#pragma once

#include "domain/normative.h"
#include "normativetab.h"

#include <vector>

class QComboBox;
class QLabel;
class QPrinter;
class QTableWidget;

namespace oversight {

class NormativeFilingsTab;

/// The clean-up rounds (规范性文件清理): a round's documents with their decisions, and its summary table to
/// print or save as PDF or XLSX. A document is taken into a round from the filing register.
class CleanupRoundsTab final : public NormativeTab
{
    Q_OBJECT
public:
    /// `filings` gives the register's documents and the unit it filters on (what a new item starts with).
    CleanupRoundsTab(NormativeService &service, UnitService &units, const Clock &clock,
                     const NormativeFilingsTab &filings, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *items() const { return m_items; }
    [[nodiscard]] CleanupRoundId selectedRound() const;
    void selectRound(CleanupRoundId id);
    /// Writes the selected round's summary table to `path` (.pdf or .xlsx); asks for a path when empty.
    bool exportRound(const QString &path = {});

public Q_SLOTS:
    void newRound();
    void editRound();
    void addRoundDocument();
    void decideRoundDocument();
    void removeRoundDocument();
    void printRound();
    void previewRound();

private:
    void reload() override;
    void reloadRounds();
    void fillItems();
    void updateActions();
    void paintRound(QPrinter *printer);
    void saveXlsx();

    const NormativeFilingsTab &m_filings;
    std::vector<CleanupRound> m_rounds;
    std::vector<CleanupItem> m_roundItems;

    QComboBox *m_roundCombo = nullptr;
    QLabel *m_roundLabel = nullptr;
    QTableWidget *m_items = nullptr;
    QLabel *m_roundCounts = nullptr;
    QPushButton *m_editRoundButton = nullptr;
    QPushButton *m_addItemButton = nullptr;
    QPushButton *m_decideButton = nullptr;
    QPushButton *m_removeItemButton = nullptr;
    QList<QPushButton *> m_outputButtons; // preview, print, PDF, XLSX
};

} // namespace oversight
