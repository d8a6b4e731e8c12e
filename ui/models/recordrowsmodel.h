#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace oversight {

/// What the table models of records kept in step with a service share: the rows (records `T`, each with its
/// `id`), the row of an id, a record appended, replaced or taken out with the exact notifications the views
/// need (one row inserted, one row's cells changed, one row removed) rather than a reset, and the header
/// (the columns' titles the model gives).
template <typename T>
class RecordRowsModel : public QAbstractTableModel
{
public:
    using Id = decltype(T::id);
    using QAbstractTableModel::QAbstractTableModel;

    /// The row of record `id`, or -1.
    [[nodiscard]] int rowOf(Id id) const
    {
        for (size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return int(i);
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        const QStringList titles = headers();
        return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
    }

protected:
    /// The columns' titles, in column order.
    [[nodiscard]] virtual QStringList headers() const = 0;

    void appendRow(T record)
    {
        const int row = rowCount();
        beginInsertRows({}, row, row);
        m_rows.push_back(std::move(record));
        endInsertRows();
    }
    /// Puts `record` in row `row`: every cell of the row changes.
    void replaceRow(int row, T record)
    {
        m_rows[size_t(row)] = std::move(record);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    /// Takes record `id` out, if it is there.
    void eraseRow(Id id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }

    std::vector<T> m_rows;
};

} // namespace oversight
