#pragma once

#include "domain/campaign.h"
#include "domain/unit.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <utility>
#include <vector>

class QComboBox;

namespace oversight {

class Clock;
class UnitService;

/// What a page of the campaign's work shares: the unit register and the clock it reads, the campaign it
/// shows (the main window gives it through setCampaign()), and that campaign's units.
class CampaignPage : public QWidget
{
    Q_OBJECT
public:
    /// Keeps the campaign and shows it (campaignChanged()).
    void setCampaign(const Campaign &campaign);

protected:
    CampaignPage(UnitService &units, const Clock &clock, QWidget *parent);

    /// Fills the page for the campaign set.
    virtual void reload() = 0;
    /// The campaign was just set: by default the page reloads. A page that keeps choices of the campaign's
    /// units or areas fills them first.
    virtual void campaignChanged() { reload(); }

    /// Runs `refresh` whenever the register changes: a unit added, changed or removed, or units imported.
    void followUnitRegister(const std::function<void()> &refresh);

    /// The campaign's units (none when the register cannot be read).
    [[nodiscard]] std::vector<Unit> campaignUnits() const;
    /// The campaign's units as the choices of an editor's unit field: id and name.
    [[nodiscard]] QList<std::pair<UnitId, QString>> unitChoices() const;
    /// Refills a unit filter: `all` (id 0), then `units`, keeping the unit chosen while it is listed; quietly
    /// (no currentIndexChanged).
    static void refillUnitFilter(QComboBox *filter, const QString &all, const std::vector<Unit> &units);

    UnitService &m_units;
    const Clock &m_clock;
    Campaign m_campaign;
};

} // namespace oversight
