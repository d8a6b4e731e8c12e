#include "recorddialog.h"

#include "widgets/formdialog.h"

#include <QFormLayout>
#include <QLabel>

namespace oversight {

RecordDialog::RecordDialog(QWidget *parent) : EditorDialog(parent) {}

void RecordDialog::layForm(QFormLayout *form, const QString &acceptText, QDialogButtonBox::StandardButton accept,
                           const QString &acceptName)
{
    FormDialog::lay(this, form, errorLine(), FormDialog::buttons(this, accept, acceptText, acceptName));
}

QLabel *RecordDialog::errorLine()
{
    if (!m_error)
        m_error = FormDialog::errorLabel(this);
    return m_error;
}

void RecordDialog::showError(const QString &message)
{
    FormDialog::showError(m_error, message);
}

void RecordDialog::hideError()
{
    m_error->hide();
}

} // namespace oversight
