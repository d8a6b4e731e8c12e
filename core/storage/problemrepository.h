#pragma once

#include "domain/problem.h"
#include "domain/result.h"
#include "recordrepository.h"

#include <optional>
#include <vector>

class QSqlQuery;

namespace oversight {

/// SQL for the rectification ledger: problems, their history and evidence, and the keyword search. The one
/// place that knows those columns. The keyword index (problem_text, problem_chars) is kept in step by the
/// schema's triggers on every insert, edit and delete of a problem.
class ProblemRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ProblemRepository)
public:
    using Repository::Repository;

    /// The campaign's problems that pass `filter` (overdue judged on `today`), in ledger order: unit, then
    /// id.
    [[nodiscard]] Result<std::vector<Problem>> list(CampaignId campaign, const ProblemFilter &filter = {},
                                                    QDate today = {}) const;
    [[nodiscard]] Result<Problem> get(ProblemId id) const;
    /// The problem made of a record elsewhere (origin kind and id), if any.
    [[nodiscard]] Result<std::optional<Problem>> byOrigin(const QString &kind, qint64 id) const;
    [[nodiscard]] Result<ProblemId> insert(const Problem &problem, const QDateTime &now);
    /// Writes every column of the problem (matched by id).
    [[nodiscard]] Result<void> update(const Problem &problem, const QDateTime &now);
    [[nodiscard]] Result<void> remove(ProblemId id);

    [[nodiscard]] Result<std::vector<ProblemEvent>> events(ProblemId id) const;
    [[nodiscard]] Result<void> appendEvent(const ProblemEvent &event);

    [[nodiscard]] Result<std::vector<ProblemEvidence>> evidence(ProblemId id) const;
    /// Adds the evidence row; false when the problem already holds a file of that content.
    [[nodiscard]] Result<bool> insertEvidence(const ProblemEvidence &evidence);

    /// Ids of the campaign's problems whose description or measure contains `keyword` (one word, no white
    /// space), ascending. Three characters or more: the trigram index; one or two: the one-character index,
    /// as a phrase; a keyword of characters neither index holds (punctuation only): a plain scan.
    [[nodiscard]] Result<std::vector<qint64>> search(CampaignId campaign, const QString &keyword) const;
    /// Ids of the problems that contain every white-space separated word of `keywords`, ascending.
    [[nodiscard]] Result<std::vector<qint64>> searchAll(CampaignId campaign, const QString &keywords) const;

private:
    static Problem fromQuery(const QSqlQuery &q);
    [[nodiscard]] Result<std::vector<Problem>> select(const QString &where, const QVariantList &values) const;
};

} // namespace oversight
