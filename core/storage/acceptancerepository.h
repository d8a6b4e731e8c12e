#pragma once

#include "domain/acceptance.h"
#include "domain/result.h"
#include "recordrepository.h"

#include <vector>

namespace oversight {

/// SQL for unit_acceptance (migration 14): one conclusion per unit of a campaign.
class AcceptanceRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(oversight::AcceptanceRepository)
public:
    using Repository::Repository;

    [[nodiscard]] Result<std::vector<Acceptance>> listByCampaign(CampaignId campaign) const;
    /// Inserts or replaces the unit's conclusion; returns its row id.
    [[nodiscard]] Result<qint64> save(const Acceptance &a, const QDateTime &now);
};

} // namespace oversight
