#pragma once

#include "domain/officialdocument.h"
#include "widgets/recordform.h"

#include <QDialog>

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
    RecordForm<OfficialDocument> m_form;
};

} // namespace oversight
