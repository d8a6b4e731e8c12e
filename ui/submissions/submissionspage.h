#pragma once

#include "domain/submission.h"
#include "widgets/campaignpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace oversight {

class SubmissionService;

/// The submissions room: a matrix of units × forms (and the two written reports) with each cell's status in
/// colour and its late days, filters by status and unit, counts per form; double-click opens the unit's form.
/// A second tab lists officers (附件5-2) and bodies (附件5-1) across units with what needs attention.
class SubmissionsPage final : public CampaignPage
{
    Q_OBJECT
public:
    SubmissionsPage(SubmissionService &submissions, UnitService &units, const Clock &clock,
                    QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *matrix() const { return m_matrix; }
    /// Opens the dialog of one cell (row = unit, column = item); runs it modally unless `modal` is false,
    /// in which case the dialog is returned open (for tests).
    QDialog *openCell(int row, int column, bool modal = true);

public Q_SLOTS:
    void reload() override;

private:
    void fillMatrix();
    void fillCrossUnit();
    /// The matrix's contact cell of a unit: the day received (and days late), named, or missing.
    [[nodiscard]] QTableWidgetItem *contactCell(const Unit &u) const;
    void printSubmission(const Submission &s, bool toPdf);
    [[nodiscard]] QStringList items() const;

    SubmissionService &m_service;
    std::vector<Unit> m_unitList;
    std::vector<Submission> m_submissions;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_unitFilter = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_matrix = nullptr;
    QTableWidget *m_officers = nullptr;
    QTableWidget *m_bodies = nullptr;
};

} // namespace oversight
