#include "unitfilterproxy.h"

#include "unittablemodel.h"

#include <QLocale>

namespace oversight {

UnitFilterProxy::UnitFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    // The register's names are Chinese whatever the UI language, so collate as Chinese: pinyin order, the
    // order of a printed register, rather than code-point order.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
}

void UnitFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    Q_ASSERT(!model || qobject_cast<UnitTableModel *>(model));
    QSortFilterProxyModel::setSourceModel(model);
}

const UnitTableModel *UnitFilterProxy::units() const
{
    return static_cast<const UnitTableModel *>(sourceModel());
}

void UnitFilterProxy::setFilter(const UnitFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

void UnitFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    invalidateFilter();
}

void UnitFilterProxy::setCategoryFilter(std::optional<Unit::Category> category)
{
    if (category == m_filter.category)
        return;
    m_filter.category = category;
    invalidateFilter();
}

void UnitFilterProxy::setOnlyWithoutContact(bool on)
{
    if (on == m_filter.onlyWithoutContact)
        return;
    m_filter.onlyWithoutContact = on;
    invalidateFilter();
}

bool UnitFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !units())
        return false;
    return m_filter.matches(units()->unitAt(sourceRow));
}

bool UnitFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString a = left.data(Qt::DisplayRole).toString();
    const QString b = right.data(Qt::DisplayRole).toString();
    // Empty cells (no contact yet) go last in ascending order, where they do not push the named ones away.
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    if (const int byColumn = m_collator.compare(a, b); byColumn != 0)
        return byColumn < 0;
    // Ties (same category, same contact) fall back to the unit name, so the order is stable and useful.
    const QString nameA = units()->unitAt(left.row()).name;
    const QString nameB = units()->unitAt(right.row()).name;
    return m_collator.compare(nameA, nameB) < 0;
}

} // namespace oversight
