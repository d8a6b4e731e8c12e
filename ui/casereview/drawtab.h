#pragma once

#include "documents/reviewprinter.h"
#include "domain/campaign.h"
#include "domain/casefile.h"
#include "domain/drawrecord.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace oversight {

class CaseReviewService;
class Clock;

/// The 抽取与评查 tab of the case review: the draw records (seed, pool, quotas, warnings, set aside) and the
/// files each drew, with their reviewers, scores and 附件7 upload ticks. Draws, sets aside, verifies and
/// prints a draw; opens a file's scoring sheet and puts its findings into the ledger.
class DrawTab final : public QWidget
{
    Q_OBJECT
public:
    DrawTab(CaseReviewService &service, const Clock &clock, const ReviewPrinter &printer, QWidget *parent);

    /// Shows the campaign's draws, keeping the one shown; `catalogue` is what a new draw picks from.
    void showDraws(const Campaign &campaign, std::vector<CatalogueSummary> catalogue);

    [[nodiscard]] QComboBox *drawCombo() const { return m_drawCombo; }
    [[nodiscard]] QTableWidget *drawnTable() const { return m_drawn; }
    /// The drawn file of the selected row.
    [[nodiscard]] std::optional<DrawnFile> selectedDrawnFile() const;

public Q_SLOTS:
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

Q_SIGNALS:
    /// A new draw was stored and is shown.
    void drawMade();

private:
    void showDrawnFiles();
    [[nodiscard]] std::optional<DrawRecord> currentDraw() const;

    CaseReviewService &m_service;
    const Clock &m_clock;
    ReviewPrinter m_printer;
    Campaign m_campaign;
    std::vector<CatalogueSummary> m_catalogue;
    std::vector<DrawRecord> m_draws;
    std::vector<DrawnFile> m_drawnFiles;

    QComboBox *m_drawCombo = nullptr;
    QLabel *m_drawInfo = nullptr;
    QPushButton *m_voidButton = nullptr;
    QTableWidget *m_drawn = nullptr;
};

} // namespace oversight
