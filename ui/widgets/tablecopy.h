#pragma once

#include <QString>

class QAbstractItemView;

namespace oversight {

/// Ctrl+C in a table copies the selected rows, not the one current cell: the column headers, then each
/// row the selection touches, tab-separated as Excel and WPS paste them (columns in their shown order,
/// hidden ones left out; what is shown is copied, so masked values stay masked).
class TableCopy final
{
public:
    /// Makes Ctrl+C in `view` copy its selected rows to the clipboard.
    static void enable(QAbstractItemView *view);
    /// The selected rows of `view` as the clipboard gets them; empty when nothing is selected.
    [[nodiscard]] static QString text(const QAbstractItemView *view);
};

} // namespace oversight
