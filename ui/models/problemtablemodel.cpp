#include "problemtablemodel.h"

#include <QBrush>
#include <QColor>

namespace oversight {

ProblemTableModel::ProblemTableModel(QObject *parent) : RecordRowsModel(parent) {}

void ProblemTableModel::setCampaign(const Campaign &campaign)
{
    beginResetModel();
    m_campaign = campaign;
    endResetModel();
}

void ProblemTableModel::setUnits(const std::vector<Unit> &units)
{
    beginResetModel();
    m_unitNames.clear();
    for (const Unit &u : units)
        m_unitNames.insert(u.id.value, u.name);
    endResetModel();
}

void ProblemTableModel::setProblems(std::vector<Problem> problems)
{
    beginResetModel();
    m_rows = std::move(problems);
    endResetModel();
}

void ProblemTableModel::upsert(const Problem &problem)
{
    if (const int row = rowOf(problem.id); row >= 0)
        replaceRow(row, problem);
    else
        appendRow(problem);
}

void ProblemTableModel::removeProblem(ProblemId id)
{
    eraseRow(id);
}

void ProblemTableModel::setToday(QDate today)
{
    if (today == m_today)
        return; // a reload on the same day resets once, with its problems
    beginResetModel();
    m_today = today;
    endResetModel();
}

const Problem *ProblemTableModel::problemAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

int ProblemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemTableModel::data(const QModelIndex &index, int role) const
{
    const Problem *p = problemAt(index.row());
    if (!p)
        return {};
    if (role == IdRole)
        return p->id.value;
    const bool overdue = p->isOverdue(m_today);
    if (role == Qt::ForegroundRole) {
        if (overdue && (index.column() == DeadlineColumn || index.column() == StatusColumn))
            return QBrush(QColor(190, 0, 0));
        if (p->isClosed())
            return QBrush(QColor(90, 90, 90));
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case NumberColumn:
        case SourceColumn:
        case OwnerColumn:
        case DeadlineColumn:
        case StatusColumn:
            return int(Qt::AlignCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return role == Qt::EditRole ? QVariant(p->id.value) : QVariant(QString::number(p->id.value));
    case UnitColumn:
        return m_unitNames.value(p->unit.value);
    case AreaColumn: {
        const Area *a = m_campaign.area(p->area);
        return a ? QStringLiteral("%1. %2").arg(p->area).arg(a->title) : QString::number(p->area);
    }
    case SourceColumn:
        return problemSourceText(*p);
    case DescriptionColumn:
        return p->description;
    case MeasureColumn:
        return p->measure;
    case OwnerColumn:
        return p->owner;
    case DeadlineColumn:
        return p->deadline.toString(Qt::ISODate);
    case StatusColumn:
        return overdue ? tr("%1 (overdue)").arg(problemStatusLabel(p->status))
                       : problemStatusLabel(p->status);
    case ProgressColumn:
        if (p->isClosed())
            return tr("Closed %1: %2").arg(p->closedOn.toString(Qt::ISODate), p->verificationNote);
        return p->progress;
    default:
        return {};
    }
}

QStringList ProblemTableModel::headers() const
{
    return {tr("No."),     tr("Unit"),        tr("Reform area"), tr("Source"), tr("Problem"),
            tr("Measure"), tr("Responsible"), tr("Deadline"),    tr("Status"), tr("Progress")};
}

ProblemFilterProxy::ProblemFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
}

void ProblemFilterProxy::setUnit(UnitId unit)
{
    m_unit = unit;
    invalidateFilter();
}

void ProblemFilterProxy::setArea(int area)
{
    m_area = area;
    invalidateFilter();
}

void ProblemFilterProxy::setSource(std::optional<Problem::Source> source)
{
    m_source = source;
    invalidateFilter();
}

void ProblemFilterProxy::setStatus(std::optional<Problem::Status> status)
{
    m_status = status;
    invalidateFilter();
}

void ProblemFilterProxy::setOverdueOnly(bool on)
{
    m_overdueOnly = on;
    invalidateFilter();
}

void ProblemFilterProxy::setMatches(std::optional<QSet<qint64>> ids)
{
    m_matches = std::move(ids);
    invalidateFilter();
}

bool ProblemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const ProblemTableModel *>(sourceModel());
    const Problem *p = model->problemAt(sourceRow);
    if (!p)
        return false;
    if (m_unit.isValid() && p->unit != m_unit)
        return false;
    if (m_area > 0 && p->area != m_area)
        return false;
    if (m_source && p->source != *m_source)
        return false;
    if (m_status && p->status != *m_status)
        return false;
    if (m_overdueOnly && !p->isOverdue(model->today()))
        return false;
    if (m_matches && !m_matches->contains(p->id.value))
        return false;
    return true;
}

bool ProblemFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == ProblemTableModel::NumberColumn)
        return left.data(Qt::EditRole).toLongLong() < right.data(Qt::EditRole).toLongLong();
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace oversight
