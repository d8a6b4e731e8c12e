#include "recorddialog.h"

#include "widgets/formdialog.h"

#include <QFormLayout>
#include <QLabel>

namespace oversight {

RecordDialog::RecordDialog(QWidget *parent) : EditorDialog(parent) {}

void RecordDialog::layForm(QFormLayout *form, const QString &acceptText, QDialogButtonBox::StandardButton accept,
                           const QString &acceptName)
{
    m_error = FormDialog::errorLabel(this);
    FormDialog::lay(this, form, m_error, FormDialog::buttons(this, accept, acceptText, acceptName));
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
