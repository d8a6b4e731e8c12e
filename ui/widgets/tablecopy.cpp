#include "tablecopy.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <set>

namespace oversight {

namespace {
QString cell(QString text)
{
    // One cell stays one cell: tabs and line breaks inside it become spaces.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.remove(QLatin1Char('\r'));
    return text;
}

QHeaderView *columnsOf(const QAbstractItemView *view)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

class CopyFilter final : public QObject
{
public:
    explicit CopyFilter(QAbstractItemView *view) : QObject(view), m_view(view) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
            const QString text = TableCopy::text(m_view);
            if (!text.isEmpty())
                QGuiApplication::clipboard()->setText(text);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
};
} // namespace

void TableCopy::enable(QAbstractItemView *view)
{
    view->installEventFilter(new CopyFilter(view));
}

QString TableCopy::text(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    const QItemSelectionModel *selection = view->selectionModel();
    if (!model || !selection)
        return {};
    std::set<int> rows;
    for (const QModelIndex &i : selection->selectedIndexes())
        if (!i.parent().isValid())
            rows.insert(i.row());
    if (rows.empty())
        return {};

    QList<int> columns;
    const QHeaderView *header = columnsOf(view);
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical >= 0 && !(header && header->isSectionHidden(logical)))
            columns.append(logical);
    }
    QStringList lines;
    QStringList cells;
    for (int c : columns)
        cells.append(cell(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
    lines.append(cells.join(QLatin1Char('\t')));
    for (int row : rows) {
        cells.clear();
        for (int c : columns)
            cells.append(cell(model->index(row, c).data(Qt::DisplayRole).toString()));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace oversight
