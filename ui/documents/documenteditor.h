#pragma once

#include "domain/officialdocument.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace oversight {

/// Edits a draft's text: the parts of a GB/T 9704 document. The dialog edits a copy; the caller hands the
/// result to DocumentService.
class DocumentEditor final : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentEditor(const OfficialDocument &document, QWidget *parent = nullptr);

    [[nodiscard]] OfficialDocument document() const;

private:
    OfficialDocument m_original;
    QLineEdit *m_title;
    QLineEdit *m_addressee;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_attachments;
    QLineEdit *m_signature;
    QDateEdit *m_date;
    QLineEdit *m_copyTo;
    QLineEdit *m_printedBy;
};

} // namespace oversight
