#pragma once

#include "domain/campaign.h"
#include "domain/drawrecord.h"
#include "domain/officialdocument.h"
#include "domain/result.h"
#include "domain/unit.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace oversight {

/// 整改意见书: the bureau's feedback to one unit after the spot check (方法步骤（三）: "对抽检情况将及时反馈
/// 相关行政执法部门，提出整改意见"), drafted from the unit's scoring sheets: its drawn files, each scored
/// file's score, grade and the problems its sheet found, and a rectification deadline by the campaign's rule
/// (the letter's date plus rectification_min_days, never before the plan's rectification end — the same day
/// as the spot-check notice of that date). It is numbered in the spot-check series and kept in the documents
/// register with the spot-check kind (the per-unit part of the spot check's results).
class FeedbackLetter
{
    Q_DECLARE_TR_FUNCTIONS(oversight::FeedbackLetter)
public:
    /// Refused for a unit with no file drawn in a counted draw, or none of them scored yet: there is
    /// nothing to feed back. `unitFiles`: the unit's drawn files (CaseReviewService::drawnFiles).
    [[nodiscard]] static Result<OfficialDocument> draft(const Campaign &campaign, const Unit &unit,
                                                        const std::vector<DrawnFile> &unitFiles, QDate date);
};

} // namespace oversight
