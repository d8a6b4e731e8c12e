#pragma once

#include <QAnyStringView>
#include <QStringList>

class QPushButton;
class QTableWidget;
class QWidget;

namespace oversight {

/// A read-only table of records that a page fills by hand: whole rows, one at a time, copyable as text
/// (TableCopy), no row numbers, a header that does not light up with the selection.
QTableWidget *recordTable(const QStringList &headers, QAnyStringView objectName, QWidget *parent);

/// A push button with the object name tests and the window's checks find it by.
QPushButton *namedButton(const QString &text, QAnyStringView objectName, QWidget *parent);

} // namespace oversight
