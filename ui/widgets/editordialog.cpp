#include "editordialog.h"

#include "messagebox.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace oversight {

namespace {
// A line edit inside a spin box or a combo box is read through its owner.
bool ownedEdit(const QWidget *w)
{
    const QWidget *p = w->parentWidget();
    return qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p);
}

void appendModel(QString &out, const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    const int rows = model->rowCount(parent), columns = model->columnCount(parent);
    out += QStringLiteral("[%1x%2]").arg(rows).arg(columns);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = model->index(r, c, parent);
            out += i.data(Qt::EditRole).toString() + QLatin1Char('|') +
                   QString::number(i.data(Qt::CheckStateRole).toInt()) + QLatin1Char('\x1f');
            if (c == 0 && model->hasChildren(i))
                appendModel(out, model, i);
        }
}
} // namespace

EditorDialog::EditorDialog(QWidget *parent) : QDialog(parent) {}

QString EditorDialog::state() const
{
    QString out;
    const auto widgets = findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        out += QLatin1Char('\x1e');
        if (const auto *line = qobject_cast<const QLineEdit *>(w)) {
            if (!ownedEdit(line))
                out += line->text();
        } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w)) {
            out += plain->toPlainText();
        } else if (const auto *rich = qobject_cast<const QTextEdit *>(w)) {
            out += rich->toPlainText();
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w)) {
            out += spin->text();
        } else if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            out += combo->currentText();
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (button->isCheckable())
                out += button->isChecked() ? QLatin1Char('1') : QLatin1Char('0');
        } else if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            if (view->model() && view->editTriggers() != QAbstractItemView::NoEditTriggers)
                appendModel(out, view->model());
        }
    }
    return out;
}

void EditorDialog::markClean()
{
    m_clean = state();
    m_marked = true;
}

bool EditorDialog::isDirty() const
{
    return m_marked && state() != m_clean;
}

void EditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // What the clerk first sees is the saved state (widgets settle their text as they are first shown).
    if (!m_shown)
        markClean();
    m_shown = true;
}

bool EditorDialog::saveChanges()
{
    const auto boxes = findChildren<QDialogButtonBox *>();
    for (QDialogButtonBox *box : boxes)
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole && b->isEnabled()) {
                b->click();
                return !isVisible() && result() == QDialog::Accepted;
            }
    accept();
    return !isVisible() && result() == QDialog::Accepted;
}

void EditorDialog::reject()
{
    if (isDirty()) {
        const auto answer = MessageBox::question(
            this, windowTitle(),
            tr("Save the changes made in this window? Discarded changes are lost."),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            saveChanges(); // a refusal shows why and keeps the dialog open
            return;
        }
    }
    QDialog::reject();
}

} // namespace oversight
