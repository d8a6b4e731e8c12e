#pragma once

#include "domain/unitfilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace oversight {

class UnitTableModel;

/// The units register as the clerk narrows it: UnitFilter decides which rows show; text columns sort in
/// Chinese collation order (pinyin for Han characters), digits in numeric order.
class UnitFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UnitFilterProxy(QObject *parent = nullptr);

    /// The source must be a UnitTableModel.
    void setSourceModel(QAbstractItemModel *model) override;

    [[nodiscard]] const UnitFilter &filter() const { return m_filter; }
    void setFilter(const UnitFilter &filter);
    void setFilterText(const QString &text);
    void setCategoryFilter(std::optional<Unit::Category> category);
    void setOnlyWithoutContact(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] const UnitTableModel *units() const;

    UnitFilter m_filter;
    QCollator m_collator;
};

} // namespace oversight
