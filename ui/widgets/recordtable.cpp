#include "recordtable.h"

#include "tablecopy.h"

#include <QHeaderView>
#include <QPushButton>
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

QPushButton *namedButton(const QString &text, QAnyStringView objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName.toString());
    return b;
}

} // namespace oversight
