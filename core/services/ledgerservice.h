#pragma once

#include "domain/complaint.h"
#include "domain/problem.h"
#include "domain/result.h"
#include "services/servicesfwd.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <vector>

namespace oversight {

/// A problem another room's record raises in the ledger (a scoring-sheet deduction, a filing review, a
/// supervision finding): whose it is, what the ledger says, and which record it came from (kept on the
/// problem as its origin, so the record and the problem find each other).
struct ProblemOrigin
{
    CampaignId campaign;
    UnitId unit;
    int area = 0;
    Problem::Source source = Problem::Source::Supervision;
    QString description; ///< the ledger's text, in the record's own words
    QString measure;
    QDate deadline; ///< empty: the campaign's rectification end
    QString kind;   ///< the origin record's kind ("review_finding", "normative_document", …)
    qint64 id = 0;  ///< the origin record's id
};

/// The only writer of the rectification ledger (整改台账): problems, their workflow, extensions, evidence.
/// Every write is checked first, runs in one transaction together with the problem's history entry and the
/// audit entry, and is announced by a precise signal after it committed.
///
/// The workflow: open → in_progress → awaiting_verification → closed. Closing needs a verification note and
/// at least one piece of evidence (a file copied into `attachments/` under its SHA-256, or a written
/// statement); reopening needs a reason; a deadline moves only by an extension with a reason, kept in the
/// history. Overdue is derived (Problem::isOverdue).
class LedgerService final : public QObject
{
    Q_OBJECT
public:
    LedgerService(Database &db, const Clock &clock, CampaignService &campaigns, QString actor,
                  QObject *parent = nullptr);

    /// The campaign's problems that pass `filter`, overdue judged on the clock's today; ledger order.
    /// Every reader (page, ledger PDF and XLSX, exports) gets a problem taken over from a complaint with that
    /// complainant masked, also in text stored before masking existed (maskComplainants()).
    [[nodiscard]] Result<std::vector<Problem>> problems(CampaignId campaign,
                                                        const ProblemFilter &filter = {}) const;
    [[nodiscard]] Result<Problem> problem(ProblemId id) const;
    [[nodiscard]] Result<std::vector<ProblemEvent>> history(ProblemId id) const;
    [[nodiscard]] Result<std::vector<ProblemEvidence>> evidence(ProblemId id) const;
    /// Where an evidence file's stored copy lives.
    [[nodiscard]] QString evidencePath(const ProblemEvidence &evidence) const;
    /// Ids of the problems whose description or measure contains every word of `keywords`.
    [[nodiscard]] Result<std::vector<qint64>> search(CampaignId campaign, const QString &keywords) const;
    /// The campaign's rectification end (its plan's rule), the deadline of a problem that names none.
    [[nodiscard]] Result<QDate> defaultDeadline(CampaignId campaign) const;
    [[nodiscard]] QDate today() const;
    /// The audit chain's head now ("ENTRIES:HASH"; empty when unreadable): the audit anchor a printed ledger
    /// or report carries in its file.
    [[nodiscard]] QString auditHead() const;

    /// Trims the texts as the service stores them.
    [[nodiscard]] static Problem normalized(Problem problem);
    /// Everything add() would refuse, without writing (the deadline may be empty: it gets the default).
    [[nodiscard]] Result<void> check(const Problem &problem) const;

    /// Adds a problem (status as given: an imported ledger may hold problems in progress; a closed one
    /// needs its verification note and evidence, so imports cannot add closed problems). An empty deadline
    /// becomes the campaign's rectification end.
    [[nodiscard]] Result<ProblemId> add(Problem problem);
    /// Several problems in one transaction: all are added or none (imports).
    [[nodiscard]] Result<std::vector<ProblemId>> addAll(std::vector<Problem> problems);
    /// Saves edited fields: unit, area, source, description, measure, responsible person, progress. The
    /// deadline moves only by extend(), the status only by the workflow.
    [[nodiscard]] Result<void> update(Problem problem);
    /// Deletes a problem entered by mistake: not closed, holding no evidence, and made by hand or imported
    /// (one made of a supervision finding is removed with its finding).
    [[nodiscard]] Result<void> remove(ProblemId id);

    /// One workflow step other than closing and reopening; `note` is kept in the history.
    [[nodiscard]] Result<void> moveTo(ProblemId id, Problem::Status to, const QString &note = {});
    /// The same step for several problems with one note, all or none.
    [[nodiscard]] Result<void> moveAll(const std::vector<ProblemId> &ids, Problem::Status to,
                                       const QString &note = {});
    /// Closes (销号) a problem awaiting verification. `statement`, when given, is added as written evidence
    /// first, in the same transaction.
    [[nodiscard]] Result<void> close(ProblemId id, QDate on, const QString &verificationNote,
                                     const QString &statement = {});
    /// Reopens a closed problem (back to open); the reason is required and kept in the history.
    [[nodiscard]] Result<void> reopen(ProblemId id, const QString &reason);
    /// Moves the deadline later, with the reason, kept in the history (old and new deadline).
    [[nodiscard]] Result<void> extend(ProblemId id, QDate newDeadline, const QString &reason);

    /// Copies a file into the attachments folder (by SHA-256) and lists it as evidence. The same content
    /// twice is listed once.
    [[nodiscard]] Result<ProblemEvidence> addEvidenceFile(ProblemId id, const QString &filePath);
    [[nodiscard]] Result<ProblemEvidence> addStatement(ProblemId id, const QString &statement);

    /// The one entry point for another service whose write raises a problem (a scoring-sheet deduction, a
    /// filing, a supervision finding): adds the problem `origin` describes inside the caller's write `scope`,
    /// with its history and audit entry; problemAdded follows the caller's commit. The caller keeps the
    /// returned id in its own problem_id column.
    [[nodiscard]] Result<ProblemId> raise(WriteScope &scope, const ProblemOrigin &origin);
    /// What a supervision finding raises: its area, source and texts, the finding as the origin.
    [[nodiscard]] static ProblemOrigin originOf(const ComplaintFinding &finding, qint64 findingId);
    // The problem of a supervision finding follows it. Both run inside the finding's write `scope`, write the
    // problem's history and audit entry, and announce after its commit.
    [[nodiscard]] Result<void> followFinding(WriteScope &scope, const ComplaintFinding &finding);
    /// Removes the problem of a finding that is being removed; refused once work on it has begun.
    [[nodiscard]] Result<void> dropFinding(WriteScope &scope, const ComplaintFinding &finding);

Q_SIGNALS:
    void problemAdded(oversight::ProblemId id, oversight::CampaignId campaign);
    void problemChanged(oversight::ProblemId id);
    void problemRemoved(oversight::ProblemId id);
    /// Many problems at once (an import, a bulk status change).
    void ledgerChanged(oversight::CampaignId campaign);

private:
    /// Problems taken over from a complaint before masking existed hold the complainant's name or number in
    /// clear. The stored text stays as written (the audit chain covers what was written); what is read
    /// is masked with that complaint's ComplainantMask.
    [[nodiscard]] Result<void> maskComplainants(std::vector<Problem> &problems) const;
    using Mutation = std::function<Result<void>(Problem &)>;
    [[nodiscard]] Result<void> step(WriteScope &scope, ProblemId id, Problem::Status to,
                                    const QString &action, const QString &note, const Mutation &mutate);
    /// step() in a write of its own, announced as a change of the problem.
    [[nodiscard]] Result<void> stepAlone(ProblemId id, Problem::Status to, const QString &action,
                                         const QString &note, const Mutation &mutate);
    [[nodiscard]] Result<ProblemId> insertProblem(WriteScope &scope, Problem problem, const QString &action,
                                                  const QString &note);
    /// Writes an edit of a stored problem in `scope`: the row, its "edit" history event and the audit entry.
    [[nodiscard]] Result<void> saveEdit(WriteScope &scope, const Problem &problem);
    [[nodiscard]] Result<void> checkUnit(const Problem &problem) const;
    /// Stores a file's or a statement's evidence with its history event and audit entry; evidence the
    /// problem already holds (the same file) is left as it is.
    [[nodiscard]] Result<ProblemEvidence>
    recordEvidence(const ProblemEvidence &evidence, const QString &eventNote, const QJsonObject &changes);

    Database &m_db;
    const Clock &m_clock;
    CampaignService &m_campaigns;
    QString m_actor;
};

} // namespace oversight
