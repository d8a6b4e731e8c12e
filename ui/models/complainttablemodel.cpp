#include "complainttablemodel.h"

#include "domain/privacymask.h"
#include "services/clock.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace oversight {

ComplaintTableModel::ComplaintTableModel(SupervisionService &service, UnitService &units, const Clock &clock,
                                         QObject *parent)
    : RecordRowsModel(parent), m_service(service), m_units(units), m_clock(clock)
{
    connect(&m_service, &SupervisionService::complaintAdded, this, &ComplaintTableModel::onAdded);
    connect(&m_service, &SupervisionService::complaintChanged, this, &ComplaintTableModel::onChanged);
    connect(&m_units, &UnitService::unitChanged, this, &ComplaintTableModel::reloadUnitNames);
    connect(&m_units, &UnitService::unitAdded, this, &ComplaintTableModel::reloadUnitNames);
}

QDate ComplaintTableModel::today() const
{
    return m_clock.today();
}

Result<void> ComplaintTableModel::setCampaign(CampaignId campaign)
{
    beginResetModel();
    m_campaign = campaign;
    m_rows.clear();
    Result<std::vector<Complaint>> rows = m_service.complaints(campaign);
    if (rows)
        m_rows = std::move(rows).value();
    m_unitNames.clear();
    if (auto units = m_units.units(campaign)) {
        for (const oversight::Unit &u : *units)
            m_unitNames.insert(u.id, u.name);
    }
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

void ComplaintTableModel::reloadUnitNames()
{
    if (auto units = m_units.units(m_campaign)) {
        m_unitNames.clear();
        for (const oversight::Unit &u : *units)
            m_unitNames.insert(u.id, u.name);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, Unit), index(rowCount() - 1, Unit));
    }
}

void ComplaintTableModel::refreshDay()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ComplaintTableModel::onAdded(ComplaintId id, CampaignId campaign)
{
    if (campaign != m_campaign || rowOf(id) >= 0)
        return;
    if (const Result<Complaint> c = m_service.complaint(id))
        appendRow(*c);
}

void ComplaintTableModel::onChanged(ComplaintId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (const Result<Complaint> c = m_service.complaint(id))
        replaceRow(row, *c);
}

int ComplaintTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Complaint &c = m_rows[size_t(index.row())];
    // Today only where a role needs it: the system clock's date costs a time-zone check each time, and a
    // view asks every cell for many roles (sizing 5,000 rows' columns asked it tens of thousands of times).
    const auto overdue = [&] { return c.isOverdue(today()); };
    if (role == IdRole)
        return QVariant::fromValue(c.id);
    if (role == OverdueRole)
        return overdue();
    if (role == SortRole) {
        switch (index.column()) {
        case Received:
            return c.receivedOn.toString(Qt::ISODate);
        case Status:
            return int(c.status);
        case Deadline:
            return c.currentDeadline().isValid() ? c.currentDeadline().toString(Qt::ISODate)
                                                 : QStringLiteral("9");
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference:
            return c.reference;
        case Received:
            return c.receivedOn.toString(Qt::ISODate);
        case Channel:
            return channelLabel(c.channel);
        case Unit:
            return m_unitNames.value(c.unit);
        case Enterprise:
            // An enterprise named after the complainant (李秘密商贸) would name them in the list.
            return ComplainantMask(c).apply(c.enterpriseName);
        case Complainant:
            // Masked everywhere in lists; the full name is only in the case's edit dialog.
            return maskName(c.complainantName);
        case Status:
            return statusLabel(c.status);
        case Deadline: {
            const QDate due = c.currentDeadline();
            if (!due.isValid())
                return QString();
            if (const QDate now = today(); c.isOverdue(now))
                return tr("%1 (%2 days overdue)").arg(due.toString(Qt::ISODate)).arg(due.daysTo(now));
            return due.toString(Qt::ISODate);
        }
        case Summary:
            return redactComplainant(c.summary, c).simplified();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Deadline && c.currentDeadline().isValid())
            return c.status == Complaint::Status::NoticeIssued
                       ? tr("The unit's written reply is due by this day.")
                       : tr("The case is to be handled by this day.");
        if (index.column() == Enterprise || index.column() == Reference || index.column() == Summary)
            return redactComplainant(c.summary, c);
        return {};
    }
    if (role == Qt::ForegroundRole && (index.column() == Deadline || index.column() == Reference) &&
        overdue())
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::FontRole && index.column() == Deadline && overdue()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QStringList ComplaintTableModel::headers() const
{
    return {tr("Case no."),    tr("Received"), tr("Channel"),  tr("Unit concerned"), tr("Enterprise"),
            tr("Complainant"), tr("Status"),   tr("Deadline"), tr("Matter reported")};
}

} // namespace oversight
