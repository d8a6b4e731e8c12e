#pragma once

#include "domain/acceptance.h"
#include "domain/result.h"
#include "services/servicesfwd.h"

#include <QObject>

#include <vector>

namespace oversight {

/// The only writer of the acceptance conclusions (总结验收): one per unit, set and changed with an audit
/// entry in the same transaction.
class AcceptanceService final : public QObject
{
    Q_OBJECT
public:
    AcceptanceService(Database &db, const Clock &clock, QString actor, QObject *parent = nullptr);

    [[nodiscard]] Result<std::vector<Acceptance>> conclusions(CampaignId campaign) const;
    /// Sets (or changes) the unit's conclusion; a missing decidedOn is today. Refused with a message naming
    /// the field: reasons missing for 基本合格 / 不合格, a unit of another campaign, a day after today.
    [[nodiscard]] Result<void> set(Acceptance acceptance);

Q_SIGNALS:
    void conclusionChanged(oversight::CampaignId campaign, oversight::UnitId unit);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace oversight
