#include "reminderdialog.h"

#include "attentiontree.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace oversight {

ReminderDialog::ReminderDialog(const std::vector<AttentionItem> &items, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(tr("What is due"));
    for (const AttentionItem &i : items)
        if (i.severity != AttentionItem::Severity::Info)
            m_items.push_back(i);
    auto *layout = new QVBoxLayout(this);
    int overdue = 0;
    for (const AttentionItem &i : m_items)
        overdue += i.severity == AttentionItem::Severity::Overdue;
    auto *intro = new QLabel(tr("%1 overdue, %2 due within 7 days. Double-click a line to open it.")
                                 .arg(overdue)
                                 .arg(int(m_items.size()) - overdue),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = attentionTree(this);
    m_list->setObjectName(QStringLiteral("reminderList"));
    // The same bands as the page: what is due today or newly overdue first, by kind and unit.
    m_list->setRootIsDecorated(true);
    fillAttentionTree(m_list, m_items, [](const AttentionItem &) { return true; });
    layout->addWidget(m_list, 1);
    m_off = new QCheckBox(tr("Don't remind me again today"), this);
    m_off->setObjectName(QStringLiteral("reminderOffToday"));
    layout->addWidget(m_off);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    const auto choose = [this] {
        QTreeWidgetItem *row = m_list->currentItem();
        if (!row || !row->data(0, Qt::UserRole).isValid())
            return; // a heading, not a record
        m_chosen = &m_items[size_t(row->data(0, Qt::UserRole).toULongLong())];
        accept();
    };
    connect(open, &QPushButton::clicked, this, choose);
    connect(m_list, &QTreeWidget::itemActivated, this, choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QRect screen =
        parent && parent->screen() ? parent->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1000, screen.width() * 9 / 10), std::min(520, screen.height() * 8 / 10));
}

bool ReminderDialog::offForToday() const
{
    return m_off->isChecked();
}

} // namespace oversight
