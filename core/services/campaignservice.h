#pragma once

#include "domain/campaign.h"
#include "domain/result.h"
#include "services/servicesfwd.h"
#include "storage/campaignrepository.h"

#include <QHash>
#include <QObject>

namespace oversight {

/// The campaigns in the open file: adding a definition, cloning it to a new year, and which one is current.
/// The only writer of the campaigns table.
class CampaignService final : public QObject
{
    Q_OBJECT
public:
    CampaignService(Database &db, const Clock &clock, QString actor, QObject *parent = nullptr);

    [[nodiscard]] Result<std::vector<CampaignRow>> list() const;
    /// The parsed definition with its row id set.
    [[nodiscard]] Result<Campaign> campaign(CampaignId id) const;
    [[nodiscard]] Result<QByteArray> definition(CampaignId id) const;
    /// The clerk's current campaign; the newest one when none was chosen. Invalid when the file has none.
    [[nodiscard]] Result<CampaignId> current() const;
    [[nodiscard]] Result<void> setCurrent(CampaignId id);

    /// Stores a checked definition. The first campaign in a file becomes the current one.
    [[nodiscard]] Result<CampaignId> add(const QByteArray &definition);
    /// Copies a campaign to `year` with every date moved by whole years, and the units register with it
    /// (names, categories and notes; each year's contacts are named anew).
    [[nodiscard]] Result<CampaignId> clone(CampaignId from, int year);
    /// Loads the shipped 2022 plan into a file that has no campaign yet; returns the current campaign.
    [[nodiscard]] Result<CampaignId> ensureDefault();

Q_SIGNALS:
    void campaignsChanged();
    void currentChanged(oversight::CampaignId id);

private:
    Database &m_db;
    const Clock &m_clock;
    QString m_actor;
    mutable QHash<qint64, Campaign> m_cache;
};

} // namespace oversight
