#include "attentiontree.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTreeWidget>

#include <algorithm>

namespace oversight {

namespace {

const QColor overdueColor(0xc6, 0x28, 0x28);
const QColor soonColor(0xb4, 0x5f, 0x06);

enum Column
{
    SeverityColumn,
    DueColumn,
    DaysColumn,
    UnitColumn,
    WhatColumn,
    ColumnCount
};

QStringList headers()
{
    return {QCoreApplication::translate("oversight::DashboardPage", "Severity"),
            QCoreApplication::translate("oversight::DashboardPage", "Due"),
            QCoreApplication::translate("oversight::DashboardPage", "Days"),
            QCoreApplication::translate("oversight::DashboardPage", "Unit"),
            QCoreApplication::translate("oversight::DashboardPage", "What needs attention")};
}

/// The part of the day an item belongs to: what to do today first (due within 7 days, or overdue for at
/// most 7 days), then what has been overdue longer, then what is only to note.
enum class Band
{
    Today,
    LongOverdue,
    ToNote
};

Band bandOf(const AttentionItem &a)
{
    if (a.severity == AttentionItem::Severity::DueSoon ||
        (a.severity == AttentionItem::Severity::Overdue && a.days >= -attentionDueSoonDays))
        return Band::Today;
    return a.severity == AttentionItem::Severity::Overdue ? Band::LongOverdue : Band::ToNote;
}

QString bandTitle(Band band, int count)
{
    switch (band) {
    case Band::Today:
        return QCoreApplication::translate("oversight::DashboardPage",
                                           "Today: due within 7 days or newly overdue (%1)")
            .arg(count);
    case Band::LongOverdue:
        return QCoreApplication::translate("oversight::DashboardPage", "Overdue for more than 7 days (%1)")
            .arg(count);
    case Band::ToNote:
        break;
    }
    return QCoreApplication::translate("oversight::DashboardPage", "To note (%1)").arg(count);
}

/// A line of an item (its index in the data role) under `parent`.
QTreeWidgetItem *itemLine(const AttentionItem &a, size_t index, QTreeWidgetItem *parent)
{
    auto *row = new QTreeWidgetItem(parent);
    row->setText(SeverityColumn, AttentionText::severityLabel(a.severity));
    row->setText(DueColumn, a.due.isValid() ? a.due.toString(Qt::ISODate) : QString());
    row->setText(DaysColumn, a.daysText());
    row->setText(UnitColumn, a.unitName);
    row->setText(WhatColumn, a.text);
    row->setToolTip(WhatColumn, a.text);
    row->setToolTip(UnitColumn, a.unitName);
    row->setData(0, Qt::UserRole, qulonglong(index));
    const QColor c = a.severity == AttentionItem::Severity::Overdue   ? overdueColor
                     : a.severity == AttentionItem::Severity::DueSoon ? soonColor
                                                                      : QColor();
    if (c.isValid())
        for (const int col : {SeverityColumn, DaysColumn})
            row->setForeground(col, c);
    return row;
}

/// A group's heading line across the columns (no record: the data role stays empty).
QTreeWidgetItem *groupLine(const QString &title, QTreeWidgetItem *parent)
{
    auto *row = new QTreeWidgetItem(parent);
    row->setText(SeverityColumn, title);
    row->setFirstColumnSpanned(true);
    QFont f = row->font(SeverityColumn);
    f.setBold(true);
    row->setFont(SeverityColumn, f);
    return row;
}

} // namespace

void fillAttentionTree(QTreeWidget *list, const std::vector<AttentionItem> &items,
                       const std::function<bool(const AttentionItem &)> &keep)
{
    list->clear();
    for (const Band band : {Band::Today, Band::LongOverdue, Band::ToNote}) {
        std::vector<size_t> chosen;
        for (size_t i = 0; i < items.size(); ++i)
            if (bandOf(items[i]) == band && keep(items[i]))
                chosen.push_back(i);
        if (chosen.empty())
            continue;
        auto *bandRow = groupLine(bandTitle(band, int(chosen.size())), nullptr);
        list->addTopLevelItem(bandRow);
        bandRow->setFirstColumnSpanned(true); // only takes once the line is in the view
        // Kinds and, inside, units in order of first appearance (the most urgent line first).
        QList<AttentionItem::Kind> kinds;
        for (const size_t i : chosen)
            if (!kinds.contains(items[i].kind))
                kinds.append(items[i].kind);
        for (const AttentionItem::Kind kind : kinds) {
            std::vector<size_t> ofKind;
            for (const size_t i : chosen)
                if (items[i].kind == kind)
                    ofKind.push_back(i);
            auto *kindRow = groupLine(
                QStringLiteral("%1 (%2)").arg(AttentionText::kindLabel(kind)).arg(ofKind.size()), bandRow);
            QStringList units;
            for (const size_t i : ofKind)
                if (!units.contains(items[i].unitName))
                    units.append(items[i].unitName);
            for (const QString &unit : units) {
                std::vector<size_t> ofUnit;
                for (const size_t i : ofKind)
                    if (items[i].unitName == unit)
                        ofUnit.push_back(i);
                // One line of a unit, or a line of the campaign as a whole, needs no heading of its own.
                QTreeWidgetItem *parent = kindRow;
                if (!unit.isEmpty() && ofUnit.size() > 1)
                    parent = groupLine(QStringLiteral("%1 (%2)").arg(unit).arg(ofUnit.size()), kindRow);
                for (const size_t i : ofUnit)
                    itemLine(items[i], i, parent);
            }
            if (band == Band::Today)
                list->expandItem(kindRow);
            for (int c = 0; c < kindRow->childCount(); ++c)
                if (band == Band::Today)
                    list->expandItem(kindRow->child(c));
        }
        list->expandItem(bandRow);
    }
    for (const int c : {DueColumn, DaysColumn, UnitColumn})
        list->resizeColumnToContents(c);
    list->setColumnWidth(SeverityColumn,
                         list->fontMetrics().horizontalAdvance(QStringLiteral("即将到期")) + 48);
    // A long unit name is elided (its tooltip is whole) rather than pushing "what" out of sight.
    list->setColumnWidth(
        UnitColumn, std::min(list->columnWidth(UnitColumn),
                             list->fontMetrics().horizontalAdvance(QStringLiteral("旗市场监督管理局")) + 16));
}

QTreeWidget *attentionTree(QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setColumnCount(ColumnCount);
    list->setHeaderLabels(headers());
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    list->setColumnWidth(UnitColumn,
                         list->fontMetrics().horizontalAdvance(QStringLiteral("旗市场监督管理局")) + 12);
    return list;
}

} // namespace oversight
