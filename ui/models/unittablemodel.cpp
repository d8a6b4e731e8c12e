#include "unittablemodel.h"

#include "services/unitservice.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace oversight {

namespace {
/// Unit `id` as stored; none, with a warning, when it cannot be read (`which`: the new or the changed one).
std::optional<Unit> storedUnit(const UnitService &service, UnitId id, const char *which)
{
    auto unit = service.unit(id);
    if (!unit) {
        qWarning("UnitTableModel: cannot read the %s unit %lld: %s", which, id.value,
                 qPrintable(unit.error().fullText()));
        return std::nullopt;
    }
    return std::move(unit).value();
}
} // namespace

UnitTableModel::UnitTableModel(UnitService &units, QObject *parent)
    : RecordRowsModel(parent), m_service(units)
{
    connect(&m_service, &UnitService::unitAdded, this, &UnitTableModel::onUnitAdded);
    connect(&m_service, &UnitService::unitChanged, this, &UnitTableModel::onUnitChanged);
    connect(&m_service, &UnitService::unitRemoved, this, &UnitTableModel::onUnitRemoved);
    // An import adds or changes many units at once: one reset instead of thousands of row signals.
    connect(&m_service, &UnitService::unitsImported, this, [this](CampaignId campaign) {
        if (campaign == m_campaign)
            (void)setCampaign(campaign);
    });
}

Result<void> UnitTableModel::setCampaign(CampaignId campaign)
{
    auto loaded = m_service.units(campaign);
    beginResetModel();
    m_campaign = campaign;
    m_rows.clear();
    if (loaded)
        m_rows = std::move(loaded).value();
    endResetModel();
    if (!loaded)
        return loaded.error();
    return {};
}

void UnitTableModel::setContactsDue(QDate due)
{
    if (due == m_contactsDue)
        return;
    m_contactsDue = due;
    // Only the tooltip of the contact cells mentions the date.
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ContactPerson), index(rowCount() - 1, ContactPhone), {Qt::ToolTipRole});
}

int UnitTableModel::withoutContactCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Unit &u) { return !u.hasContact(); }));
}

int UnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Unit &unit = unitAt(index.row());
    const bool contactCell = index.column() == ContactPerson || index.column() == ContactPhone;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case Name:
            return unit.name;
        case Category:
            return categoryLabel(unit.category);
        case ContactPerson:
            return unit.contactPerson;
        case ContactPhone:
            return unit.contactPhone;
        case Notes:
            // One line in the table; the full text is in the tooltip and the dialog.
            return QString(unit.notes).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (contactCell && !unit.hasContact())
            return noContactToolTip();
        if (index.column() == Notes && !unit.notes.isEmpty())
            return unit.notes;
        return {};
    case Qt::DecorationRole:
        // The marker sits on the first contact cell only; two icons in a row read as two problems.
        if (index.column() == ContactPerson && !unit.hasContact())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole:
        if (contactCell && !unit.hasContact())
            return QColor(0xff, 0xf0, 0xd0);
        return {};
    case Qt::ForegroundRole:
        // Dark text on the pale marker, also under a dark palette.
        if (contactCell && !unit.hasContact())
            return QColor(0x40, 0x30, 0x00);
        return {};
    case IdRole:
        return QVariant::fromValue(unit.id);
    case HasContactRole:
        return unit.hasContact();
    default:
        return {};
    }
}

QStringList UnitTableModel::headers() const
{
    return {tr("Unit name"), tr("Category"), tr("Contact person"), tr("Contact phone"), tr("Notes")};
}

QString UnitTableModel::noContactToolTip() const
{
    if (m_contactsDue.isValid())
        return tr("No campaign contact with a phone number yet; the plan asks each unit to name one by %1.")
            //: Date format of the deadline in this tooltip (Qt QDate format): Chinese "yyyy年M月d日".
            .arg(QLocale().toString(m_contactsDue, tr("MMMM d, yyyy")));
    return tr("No campaign contact with a phone number yet; the plan asks each unit to name one.");
}

void UnitTableModel::onUnitAdded(UnitId id, CampaignId campaign)
{
    if (campaign != m_campaign || rowOf(id) >= 0)
        return;
    // Appended: the snapshot keeps the service's order (by id); the proxy sorts.
    if (auto unit = storedUnit(m_service, id, "new"))
        appendRow(std::move(*unit));
}

void UnitTableModel::onUnitChanged(UnitId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (auto unit = storedUnit(m_service, id, "changed"))
        replaceRow(row, std::move(*unit));
}

void UnitTableModel::onUnitRemoved(UnitId id, CampaignId campaign)
{
    if (campaign == m_campaign)
        eraseRow(id);
}

} // namespace oversight
