#pragma once

#include "domain/ids.h"
#include "domain/result.h"
#include "importer.h"
#include "formats/xlsxwriter.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace oversight {

class Workspace;

/// A kind of record that files bring in and take out: what `import KIND`, `template KIND` and `export KIND`
/// name, and what the app's import dialog offers. Each later issue adds its kind here.
struct ExchangeKind
{
    QString name;            ///< the CLI word: units, cases, problems, complaints
    const char *labelSource; ///< what the clerk calls it, untranslated (QT_TRANSLATE_NOOP); see label()
    std::function<std::unique_ptr<RecordImporter>(Workspace &, CampaignId)> importer;
    std::function<XlsxWorkbook()> templateBook;
    /// The campaign's records as a workbook that imports back unchanged; empty when there is no export
    /// (complaints: their complainants are private).
    std::function<Result<XlsxWorkbook>(Workspace &, CampaignId)> exportBook;

    /// The clerk's word for the kind, in the current language.
    [[nodiscard]] QString label() const;
};

/// Every kind this version can exchange.
[[nodiscard]] const std::vector<ExchangeKind> &exchangeKinds();
[[nodiscard]] const ExchangeKind *findExchangeKind(const QString &name);
/// Kinds DESIGN.md names that a later version brings (cases, problems, form): known, not yet available.
[[nodiscard]] QStringList plannedExchangeKinds();

} // namespace oversight
