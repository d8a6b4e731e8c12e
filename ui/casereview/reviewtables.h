#pragma once

#include "domain/result.h"
#include "widgets/recordtable.h"

#include <QLayout>
#include <QTableWidget>
#include <QVBoxLayout>

#include <initializer_list>
#include <optional>
#include <vector>

/// The table and layout helpers the case review's tabs share.
namespace oversight::reviewtables {

/// Fills `table` with one row per record, each row's cells set by `fill(row, record)`; empties it when the
/// records could not be read. True when they were read.
template <typename Record, typename Fill>
inline bool fillRows(QTableWidget *table, const Result<std::vector<Record>> &records, Fill fill)
{
    table->setRowCount(0);
    if (!records)
        return false;
    table->setRowCount(int(records->size()));
    for (int i = 0; i < int(records->size()); ++i)
        fill(i, (*records)[size_t(i)]);
    return true;
}

/// Lays out a tab from top to bottom: what stands above (labels, rows of controls), the body that takes the
/// height, the button row below. Returns the tab.
inline QWidget *stacked(QWidget *tab, std::initializer_list<QObject *> above, QWidget *body, QLayout *below)
{
    auto *layout = new QVBoxLayout(tab);
    for (QObject *item : above) {
        if (auto *inner = qobject_cast<QLayout *>(item))
            layout->addLayout(inner);
        else
            layout->addWidget(qobject_cast<QWidget *>(item));
    }
    layout->addWidget(body, 1);
    layout->addLayout(below);
    return tab;
}
inline QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    QTableWidget *t = recordTable(headers, name, parent);
    t->setAlternatingRowColors(true);
    return t;
}

/// A read-only cell.
inline QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

/// A number, right-aligned.
inline QTableWidgetItem *number(int n)
{
    return cell(QString::number(n), Qt::AlignRight | Qt::AlignVCenter);
}

/// The record shown in `table`'s current row, when that row is one of `records` (the rows in order).
template <typename Record>
std::optional<Record> currentRecord(const QTableWidget *table, const std::vector<Record> &records)
{
    const int row = table->currentRow();
    if (row < 0 || row >= int(records.size()))
        return std::nullopt;
    return records[size_t(row)];
}

} // namespace oversight::reviewtables
