#include "campaignpage.h"

#include "services/unitservice.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace oversight {

CampaignPage::CampaignPage(UnitService &units, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_units(units), m_clock(clock)
{
}

void CampaignPage::setCampaign(const Campaign &campaign)
{
    m_campaign = campaign;
    campaignChanged();
}

void CampaignPage::followUnitRegister(const std::function<void()> &refresh)
{
    connect(&m_units, &UnitService::unitAdded, this, refresh);
    connect(&m_units, &UnitService::unitChanged, this, refresh);
    connect(&m_units, &UnitService::unitRemoved, this, refresh);
    connect(&m_units, &UnitService::unitsImported, this, refresh);
}

std::vector<Unit> CampaignPage::campaignUnits() const
{
    auto units = m_units.units(m_campaign.id);
    return units ? std::move(units).value() : std::vector<Unit>();
}

QList<std::pair<UnitId, QString>> CampaignPage::unitChoices() const
{
    QList<std::pair<UnitId, QString>> out;
    for (const Unit &u : campaignUnits())
        out.append({u.id, u.name});
    return out;
}

void CampaignPage::refillUnitFilter(QComboBox *filter, const QString &all, const std::vector<Unit> &units)
{
    const qint64 chosen = filter->currentData().toLongLong();
    const QSignalBlocker blocker(filter);
    filter->clear();
    filter->addItem(all, qint64(0));
    for (const Unit &u : units)
        filter->addItem(u.name, u.id.value);
    filter->setCurrentIndex(std::max(0, filter->findData(chosen)));
}

} // namespace oversight
