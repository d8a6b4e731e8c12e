#pragma once

#include "domain/drawrecord.h"
#include "domain/reviewsheet.h"
#include "widgets/recorddialog.h"
#include "widgets/recordform.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace oversight {

class CaseReviewService;

/// The scoring sheet (评查表) of one drawn file: veto items, then the five groups with their defect lines
/// (tick a line, write its note), the reviewers and the date; score and grade follow every tick.
class ScoringSheetDialog final : public RecordDialog
{
    Q_OBJECT
public:
    ScoringSheetDialog(CaseReviewService &service, ScoringSpec spec, DrawnFile file, QDate today,
                       QWidget *parent = nullptr);

    [[nodiscard]] ReviewSheet sheet() const;
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QLabel *scoreLabel() const { return m_score; }
    /// Ticks the line with `key` (a veto item or a deduction) and writes its note.
    void tick(const QString &key, const QString &note = {});
    void setReviewers(const QString &names);

public Q_SLOTS:
    void accept() override;

private:
    void updateScore();

    CaseReviewService &m_service;
    ScoringSpec m_spec;
    DrawnFile m_file;
    RecordForm<ReviewSheet> m_form; ///< the sheet as stored; its reviewers, date and conclusion
    QLineEdit *m_reviewers = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_score = nullptr;
};

} // namespace oversight
