#pragma once

#include "documentfonts.h"
#include "domain/officialdocument.h"
#include "domain/result.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace oversight {

/// An editable copy of a document for the rare case the leadership reworks the text in WPS or Word: the
/// same parts in the same faces and sizes, as a flowing text (the page grid is the word processor's job).
class OdtExport
{
    Q_DECLARE_TR_FUNCTIONS(oversight::OdtExport)
public:
    [[nodiscard]] static std::unique_ptr<QTextDocument> textDocument(const OfficialDocument &document,
                                                                     const DocumentFonts &fonts);
    /// Writes an OpenDocument text file (QTextDocumentWriter, format "odf").
    [[nodiscard]] static Result<void> write(const OfficialDocument &document, const DocumentFonts &fonts,
                                            const QString &path);
};

} // namespace oversight
