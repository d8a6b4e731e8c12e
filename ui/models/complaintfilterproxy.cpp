#include "complaintfilterproxy.h"

#include "complainttablemodel.h"

namespace oversight {

ComplaintFilterProxy::ComplaintFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ComplaintTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ComplaintFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    Q_ASSERT(!model || qobject_cast<ComplaintTableModel *>(model));
    QSortFilterProxyModel::setSourceModel(model);
}

void ComplaintFilterProxy::setFilter(const ComplaintFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ComplaintFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = static_cast<const ComplaintTableModel *>(sourceModel());
    if (sourceParent.isValid() || !model)
        return false;
    return m_filter.matches(model->complaintAt(sourceRow), model->today());
}

} // namespace oversight
