#include "documenteditor.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace oversight {

DocumentEditor::DocumentEditor(const OfficialDocument &document, QWidget *parent)
    : QDialog(parent), m_original(document), m_title(new QLineEdit(document.title, this)),
      m_addressee(new QLineEdit(document.addressee, this)), m_body(new QPlainTextEdit(document.body, this)),
      m_attachments(new QPlainTextEdit(document.attachments.join(QLatin1Char('\n')), this)),
      m_signature(new QLineEdit(document.signature, this)), m_date(new QDateEdit(document.date, this)),
      m_copyTo(new QLineEdit(document.copyTo, this)), m_printedBy(new QLineEdit(document.printedBy, this))
{
    setObjectName(QStringLiteral("documentEditor"));
    setWindowTitle(tr("Edit %1").arg(documentKindWord(document.kind)));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_addressee->setObjectName(QStringLiteral("addresseeEdit"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_attachments->setObjectName(QStringLiteral("attachmentsEdit"));
    m_attachments->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto *hint =
        new QLabel(tr("One paragraph a line. Headings are recognised by their numbering: 一、 (黑体), "
                      "（一） (楷体), 1. and （1）. Lines starting with | form a table, cells separated "
                      "by |, the first row its header. Text in 【】 is a placeholder: fill it in, or "
                      "the document cannot be issued."),
                   this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Addressee (主送):"), m_addressee);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("Attach&ments (one a line):"), m_attachments);
    form->addRow(tr("&Signature:"), m_signature);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Copy to (抄送):"), m_copyTo);
    form->addRow(tr("&Printed by (印发机关):"), m_printedBy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}

OfficialDocument DocumentEditor::document() const
{
    OfficialDocument d = m_original;
    d.title = m_title->text().trimmed();
    d.addressee = m_addressee->text().trimmed();
    d.body = m_body->toPlainText();
    d.attachments.clear();
    for (const QString &line : m_attachments->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            d.attachments.append(line.trimmed());
    }
    d.signature = m_signature->text().trimmed();
    d.date = m_date->date();
    d.copyTo = m_copyTo->text().trimmed();
    d.printedBy = m_printedBy->text().trimmed();
    return d;
}

} // namespace oversight
