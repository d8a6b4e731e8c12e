#pragma once

#include "domain/campaign.h"
#include "domain/drawrecord.h"
#include "domain/reviewsheet.h"
#include "formats/xlsxwriter.h"

#include <vector>

namespace oversight {

/// The results as a workbook: 按单位 and 按案卷 sheets, then the campaign's 附件7 form (the form owed by the
/// drawn units) as its template lays it out — 填报信息 and the rows sheet with the form's title and columns —
/// one row per drawn file with its score, problems and upload tick; `import form 附件7 --unit NAME` reads it.
[[nodiscard]] XlsxWorkbook reviewResultsWorkbook(const Campaign &campaign,
                                                 const std::vector<UnitReviewResult> &units,
                                                 const std::vector<DrawnFile> &files);

} // namespace oversight
