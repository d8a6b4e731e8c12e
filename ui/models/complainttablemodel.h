#pragma once

#include "domain/complaint.h"
#include "domain/result.h"
#include "recordrowsmodel.h"

#include <QHash>

#include <vector>

namespace oversight {

class Clock;
class SupervisionService;
class UnitService;

/// The supervision cases of one campaign as a table: a snapshot read from SupervisionService, kept current by
/// its signals with exact row insertions and dataChanged (a reset only when the campaign changes). The
/// complainant shows masked; overdue cases are marked in the deadline column. Read-only.
class ComplaintTableModel final : public RecordRowsModel<Complaint>
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        Received,
        Channel,
        Unit,
        Enterprise,
        Complainant,
        Status,
        Deadline,
        Summary, ///< 反映问题, the complainant's name and contact masked out
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the row's ComplaintId
        OverdueRole,               ///< bool
        SortRole,                  ///< a value that sorts the column right (ISO dates, status order)
    };

    ComplaintTableModel(SupervisionService &service, UnitService &units, const Clock &clock,
                        QObject *parent = nullptr);

    [[nodiscard]] Result<void> setCampaign(CampaignId campaign);
    [[nodiscard]] CampaignId campaign() const { return m_campaign; }
    [[nodiscard]] const Complaint &complaintAt(int row) const { return m_rows.at(size_t(row)); }
    [[nodiscard]] QString unitName(UnitId id) const { return m_unitNames.value(id); }
    [[nodiscard]] QDate today() const;
    /// Tells the views that every row's deadline marks may have changed (a new day began).
    void refreshDay();
    /// Re-reads the unit names (after the register changed).
    void reloadUnitNames();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList headers() const override;
    void onAdded(ComplaintId id, CampaignId campaign);
    void onChanged(ComplaintId id);

    SupervisionService &m_service;
    UnitService &m_units;
    const Clock &m_clock;
    CampaignId m_campaign;
    QHash<UnitId, QString> m_unitNames;
};

} // namespace oversight
