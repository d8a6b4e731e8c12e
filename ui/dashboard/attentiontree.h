#pragma once

#include "services/attention.h"

#include <functional>
#include <vector>

class QTreeWidget;
class QWidget;

namespace oversight {

/// The tree of what needs attention, as the dashboard and the startup reminder show it: severity, due day,
/// days, unit and what, overdue lines in red and lines due soon in amber.
[[nodiscard]] QTreeWidget *attentionTree(QWidget *parent);

/// Fills `list` with `items` (most urgent first, as attentionItems() orders them) grouped into the day's
/// bands, each by kind then by unit, in the order of their most urgent line; only the items `keep` passes.
/// The band of today is open to its lines, the others to their kinds. Each record's line holds its index in
/// `items` in its data role (Qt::UserRole of column 0); a heading's stays empty.
void fillAttentionTree(QTreeWidget *list, const std::vector<AttentionItem> &items,
                       const std::function<bool(const AttentionItem &)> &keep);

} // namespace oversight
