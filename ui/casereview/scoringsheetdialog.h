#pragma once

#include "domain/drawrecord.h"
#include "domain/reviewsheet.h"

#include "widgets/editordialog.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace oversight {

class CaseReviewService;

/// The scoring sheet (评查表) of one drawn file: veto items, then the five groups with their defect lines
/// (tick a line, write its note), the reviewers and the date; score and grade follow every tick.
class ScoringSheetDialog final : public EditorDialog
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
    ReviewSheet m_loaded;
    QLineEdit *m_reviewers = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_noLegalReview = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_conclusion = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace oversight
