#include "recordtable.h"

#include "tablecopy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>

namespace oversight {

QTableWidget *recordTable(const QStringList &headers, QAnyStringView objectName, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    TableCopy::enable(t);
    t->setObjectName(objectName.toString());
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QTableView *recordView(QAbstractItemModel *model, QAnyStringView objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    TableCopy::enable(view);
    view->setObjectName(objectName.toString());
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    return view;
}

QModelIndex shownIndex(const QSortFilterProxyModel *proxy, int sourceRow)
{
    if (sourceRow < 0)
        return {};
    return proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
}

QLineEdit *searchBox(const QString &placeholder, QAnyStringView objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName.toString());
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLabel *pageHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QPushButton *namedButton(const QString &text, QAnyStringView objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName.toString());
    return b;
}

QComboBox *choiceFilter(const QString &all, const QList<std::pair<QString, int>> &choices,
                        QAnyStringView objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName.toString());
    combo->addItem(all, -1);
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    return combo;
}

QHBoxLayout *buttonRow(const QList<QWidget *> &left, const QList<QWidget *> &right)
{
    auto *row = new QHBoxLayout;
    for (QWidget *w : left)
        row->addWidget(w);
    row->addStretch(1);
    for (QWidget *w : right)
        row->addWidget(w);
    return row;
}

} // namespace oversight
