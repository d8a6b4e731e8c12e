#pragma once

#include "domain/campaign.h"
#include "domain/problem.h"
#include "domain/unit.h"
#include "widgets/recorddialog.h"
#include "widgets/recordform.h"

#include <vector>

class QDateEdit;
class QPlainTextEdit;
class QPushButton;

namespace oversight {

class LedgerService;

/// Adds or edits a problem of the ledger. A new problem's deadline defaults to the campaign's rectification
/// end; an existing one's deadline is shown but moves only by an extension.
class ProblemDialog final : public RecordDialog
{
    Q_OBJECT
public:
    ProblemDialog(LedgerService &ledger, const Campaign &campaign, const std::vector<Unit> &units,
                  Problem problem, QWidget *parent = nullptr);
    [[nodiscard]] ProblemId savedId() const { return m_form.record().id; }

public Q_SLOTS:
    void accept() override;

private:
    LedgerService &m_ledger;
    RecordForm<Problem> m_form;
};

/// One workflow step of one or more problems: a status change with one note (bulk), close (date, verification
/// note, optional written statement), reopen (reason) or extend (new deadline, reason). The service decides;
/// its refusal shows in the dialog.
class LedgerStepDialog final : public RecordDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Status,
        Close,
        Reopen,
        Extend,
    };
    LedgerStepDialog(LedgerService &ledger, Kind kind, std::vector<ProblemId> problems, Problem::Status to,
                     QDate suggested, QWidget *parent = nullptr);

    /// For tests: fill in and accept.
    [[nodiscard]] QPlainTextEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QPlainTextEdit *statementEdit() const { return m_statement; }
    [[nodiscard]] QDateEdit *dateEdit() const { return m_date; }
    /// Closing: the button that adds evidence files, shown once the close was refused for want of them.
    [[nodiscard]] QPushButton *addEvidenceButton() const { return m_addEvidence; }
    /// Adds `paths` as the problem's evidence; the number stored (a refusal is shown in the dialog).
    int attachEvidence(const QStringList &paths);

public Q_SLOTS:
    void accept() override;

private:
    LedgerService &m_ledger;
    Kind m_kind;
    std::vector<ProblemId> m_problems;
    Problem::Status m_to;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPlainTextEdit *m_statement = nullptr;
    QPushButton *m_addEvidence = nullptr;
};

} // namespace oversight
