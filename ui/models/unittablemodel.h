#pragma once

#include "domain/result.h"
#include "domain/unit.h"
#include "recordrowsmodel.h"

#include <QDate>

#include <vector>

namespace oversight {

class UnitService;

/// The units register of one campaign as a table: a snapshot read from UnitService, kept current by the
/// service's change signals with exact row insertions, removals and dataChanged (a reset only when the
/// campaign changes). Read-only: edits go through UnitDialog and the service.
class UnitTableModel final : public RecordRowsModel<Unit>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Category,
        ContactPerson,
        ContactPhone,
        Notes,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the row's UnitId
        HasContactRole,            ///< bool: Unit::hasContact()
    };

    explicit UnitTableModel(UnitService &units, QObject *parent = nullptr);

    /// Reloads the snapshot for `campaign` (a model reset). On an error the model is left empty.
    [[nodiscard]] Result<void> setCampaign(CampaignId campaign);
    [[nodiscard]] CampaignId campaign() const { return m_campaign; }
    /// The plan's deadline for naming contacts, quoted in the "no contact" tooltip; may be invalid.
    void setContactsDue(QDate due);

    [[nodiscard]] const Unit &unitAt(int row) const { return m_rows.at(size_t(row)); }
    [[nodiscard]] int withoutContactCount() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList headers() const override;
    void onUnitAdded(UnitId id, CampaignId campaign);
    void onUnitChanged(UnitId id);
    void onUnitRemoved(UnitId id, CampaignId campaign);
    [[nodiscard]] QString noContactToolTip() const;

    UnitService &m_service;
    CampaignId m_campaign;
    QDate m_contactsDue;
};

} // namespace oversight
