#include "formdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace oversight {

QPlainTextEdit *FormDialog::textBox(const QString &text, int lines, const QString &objectName,
                                    QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() +
                         int(edit->document()->documentMargin() * 2));
    return edit;
}

QDateEdit *FormDialog::dateBox(QDate date, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QComboBox *FormDialog::widen(QComboBox *combo, int characters)
{
    combo->setMinimumContentsLength(characters);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

QLabel *FormDialog::errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    label->hide();
    return label;
}

void FormDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

QDialogButtonBox *FormDialog::buttons(QDialog *dialog, QDialogButtonBox::StandardButton accept,
                                      const QString &acceptText, const QString &acceptName)
{
    auto *box = new QDialogButtonBox(accept | QDialogButtonBox::Cancel, dialog);
    box->button(accept)->setObjectName(acceptName);
    box->button(accept)->setText(acceptText);
    box->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

void FormDialog::lay(QDialog *dialog, QFormLayout *form, QLabel *error, QDialogButtonBox *buttons)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(dialog->fontMetrics().height() * 34, dialog->sizeHint().height());
}

} // namespace oversight
