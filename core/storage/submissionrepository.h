#pragma once

#include "domain/result.h"
#include "domain/submission.h"
#include "recordrepository.h"

#include <vector>

class QSqlQuery;

namespace oversight {

/// SQL for the submissions and their history. The one place that knows their columns. Reading needs the
/// campaign: a form's stored content is read against its definition.
class SubmissionRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(oversight::SubmissionRepository)
public:
    using Repository::Repository;

    [[nodiscard]] Result<std::vector<Submission>> listByCampaign(const Campaign &campaign) const;
    [[nodiscard]] Result<Submission> get(const Campaign &campaign, SubmissionId id) const;
    /// The campaign a submission belongs to (to read it whole, get() needs the campaign's forms).
    [[nodiscard]] Result<CampaignId> campaignOf(SubmissionId id) const;
    /// The unit's row for `item`, or a Missing submission (no id) when nothing was received.
    [[nodiscard]] Result<Submission> find(const Campaign &campaign, UnitId unit, const QString &item) const;
    [[nodiscard]] Result<SubmissionId> insert(const Campaign &campaign, const Submission &s,
                                              const QDateTime &now);
    [[nodiscard]] Result<void> update(const Campaign &campaign, const Submission &s, const QDateTime &now);
    [[nodiscard]] Result<void> appendEvent(const SubmissionEvent &event);
    [[nodiscard]] Result<std::vector<SubmissionEvent>> events(SubmissionId id) const;

private:
    static Submission fromQuery(const Campaign &campaign, const QSqlQuery &q);
};

} // namespace oversight
