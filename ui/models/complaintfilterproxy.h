#pragma once

#include "domain/complaintfilter.h"

#include <QSortFilterProxyModel>

namespace oversight {

class ComplaintTableModel;

/// The supervision cases as the clerk narrows them: ComplaintFilter decides which rows show, on the model's
/// today; columns sort by ComplaintTableModel::SortRole.
class ComplaintFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ComplaintFilterProxy(QObject *parent = nullptr);

    /// The source must be a ComplaintTableModel.
    void setSourceModel(QAbstractItemModel *model) override;

    [[nodiscard]] const ComplaintFilter &filter() const { return m_filter; }
    void setFilter(const ComplaintFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ComplaintFilter m_filter;
};

} // namespace oversight
