#pragma once

#include <QAnyStringView>
#include <QList>
#include <QPushButton>
#include <QStringList>

#include <utility>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QModelIndex;
class QSortFilterProxyModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QWidget;

namespace oversight {

/// A read-only table of records that a page fills by hand: whole rows, one at a time, copyable as text
/// (TableCopy), no row numbers, a header that does not light up with the selection.
QTableWidget *recordTable(const QStringList &headers, QAnyStringView objectName, QWidget *parent);

/// A page's view of its records (a model behind a filter proxy): whole rows selected, no row numbers, one
/// line a row, copyable as text (TableCopy). The page adds its selection mode, sorting and column widths.
QTableView *recordView(QAbstractItemModel *model, QAnyStringView objectName, QWidget *parent);

/// Where source row `sourceRow` stands in `proxy` (column 0): invalid when the row is -1 (not found) or
/// the filters hide it.
QModelIndex shownIndex(const QSortFilterProxyModel *proxy, int sourceRow);

/// The search box of a page's filters: `placeholder` says what it searches; a button clears it.
QLineEdit *searchBox(const QString &placeholder, QAnyStringView objectName, QWidget *parent);

/// The heading at the top of a page: its name, bold and a quarter larger than the text.
QLabel *pageHeading(const QString &text, QWidget *parent);

/// A push button with the object name tests and the window's checks find it by.
QPushButton *namedButton(const QString &text, QAnyStringView objectName, QWidget *parent);

/// The same, running `slot` of `receiver` (a member function or a lambda) when clicked.
template <typename Receiver, typename Slot>
QPushButton *namedButton(const QString &text, QAnyStringView objectName, QWidget *parent,
                         const Receiver *receiver, Slot slot)
{
    QPushButton *button = namedButton(text, objectName, parent);
    QObject::connect(button, &QPushButton::clicked, receiver, std::move(slot));
    return button;
}

/// A filter's choice: `all` first (data -1), then each choice's text (data: its number).
QComboBox *choiceFilter(const QString &all, const QList<std::pair<QString, int>> &choices,
                        QAnyStringView objectName, QWidget *parent);

/// A filter's choice of one value of an enum: `all` first (data -1), then each of `values` under
/// `label(value)` (data: the value as a number).
template <typename E, typename Label>
QComboBox *enumFilter(const QString &all, const QList<E> &values, Label label, QAnyStringView objectName,
                      QWidget *parent)
{
    QList<std::pair<QString, int>> choices;
    for (E value : values)
        choices.append({label(value), int(value)});
    return choiceFilter(all, choices, objectName, parent);
}

/// A page's row of buttons: `left` from the left edge, `right` at the right edge, the room between them
/// empty.
QHBoxLayout *buttonRow(const QList<QWidget *> &left, const QList<QWidget *> &right = {});

} // namespace oversight
