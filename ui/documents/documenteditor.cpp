#include "documenteditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace oversight {

DocumentEditor::DocumentEditor(const OfficialDocument &document, QWidget *parent)
    : QDialog(parent), m_form(document, this)
{
    setObjectName(QStringLiteral("documentEditor"));
    setWindowTitle(tr("Edit %1").arg(documentKindWord(document.kind)));
    using D = OfficialDocument;
    m_form.line(tr("&Title:"), QStringLiteral("titleEdit"), &D::title);
    m_form.line(tr("&Addressee (主送):"), QStringLiteral("addresseeEdit"), &D::addressee);
    // The body grows with the dialog; the attachments, a few lines, stay short.
    m_form
        .field(tr("&Body:"), new QPlainTextEdit(document.body, this),
               [](D &d, const QPlainTextEdit *w) { d.body = w->toPlainText(); })
        ->setObjectName(QStringLiteral("bodyEdit"));
    auto *attachments = m_form.field(tr("Attach&ments (one a line):"),
                                     new QPlainTextEdit(document.attachments.join(QLatin1Char('\n')), this),
                                     [](D &d, const QPlainTextEdit *w) {
                                         d.attachments.clear();
                                         for (const QString &line :
                                              w->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                                             if (!line.trimmed().isEmpty())
                                                 d.attachments.append(line.trimmed());
                                         }
                                     });
    attachments->setObjectName(QStringLiteral("attachmentsEdit"));
    attachments->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_form.line(tr("&Signature:"), QStringLiteral("signatureEdit"), &D::signature);
    m_form.date(tr("&Date:"), QStringLiteral("dateEdit"), &D::date, document.date);
    m_form.line(tr("&Copy to (抄送):"), QStringLiteral("copyToEdit"), &D::copyTo);
    m_form.line(tr("&Printed by (印发机关):"), QStringLiteral("printedByEdit"), &D::printedBy);

    auto *hint =
        new QLabel(tr("One paragraph a line. Headings are recognised by their numbering: 一、 (黑体), "
                      "（一） (楷体), 1. and （1）. Lines starting with | form a table, cells separated "
                      "by |, the first row its header. Text in 【】 is a placeholder: fill it in, or "
                      "the document cannot be issued."),
                   this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(m_form.layout(), 1);
    layout->addWidget(buttons);
    resize(900, 700);
}

OfficialDocument DocumentEditor::document() const
{
    OfficialDocument d = m_form.edited();
    // The one-line parts are kept without the spaces around them.
    for (QString *line : {&d.title, &d.addressee, &d.signature, &d.copyTo, &d.printedBy})
        *line = line->trimmed();
    return d;
}

} // namespace oversight
