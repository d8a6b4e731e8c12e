#pragma once

#include "services/attention.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QTreeWidget;

namespace oversight {

/// The startup reminder: what is overdue or due within 7 days, with "don't remind me again today".
class ReminderDialog final : public QDialog
{
    Q_OBJECT
public:
    ReminderDialog(const std::vector<AttentionItem> &items, QWidget *parent = nullptr);
    [[nodiscard]] bool offForToday() const;
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    /// The item the clerk chose to open (double-click or Open), when any.
    [[nodiscard]] const AttentionItem *chosen() const { return m_chosen; }

private:
    std::vector<AttentionItem> m_items;
    QTreeWidget *m_list = nullptr;
    QCheckBox *m_off = nullptr;
    const AttentionItem *m_chosen = nullptr;
};

} // namespace oversight
