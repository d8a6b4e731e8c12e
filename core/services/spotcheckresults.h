#pragma once

#include "domain/drawrecord.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace oversight {

struct CampaignData;

// What the case review found, as the spot-check circulation notice and the feedback letters report it: made
// by CaseReviewService, printed by documents/. A value of the services room, so that the service does not
// depend on the room that prints it.

/// One unit's line in the spot-check results (抽查结果). Filled by the case-review work when it lands.
struct SpotCheckUnitResult
{
    QString unit;
    int files = 0; ///< files scored
    double averageScore = 0;
    int excellent = 0; ///< 优秀
    int good = 0;      ///< 良好
    int pass = 0;      ///< 合格
    int fail = 0;      ///< 不合格
    QString mainProblems;
    int drawn = 0; ///< files drawn (0: not known, taken as `files`)
};

/// What a spot-check results notice reports. Empty until the case review exists: the notice then carries
/// marked placeholders where the figures go.
struct SpotCheckResults
{
    std::vector<SpotCheckUnitResult> units;
    QStringList goodPractice; ///< 好的做法, as the clerk wrote it; none: the section is left out
    QStringList shortcomings; ///< 存在的主要问题
    // What the draw and the scoring sheets say (completeFrom()); unset: the scored files alone.
    int filesDrawn = 0;  ///< distinct files drawn in counted draws
    int unitsDrawn = 0;  ///< units with a file drawn
    QDate drawnOn;       ///< the inspection's first day: the first counted draw's (or scoring sheet's)
    QDate lastScoredOn;  ///< the inspection's last day: the last scoring sheet's
    [[nodiscard]] bool isEmpty() const { return units.empty(); }
    /// Adds the files drawn (per unit and in total) and the inspection's days: from the first counted draw
    /// (`draws`, set-aside ones skipped) to the last scoring sheet. Units drawn but not yet scored join the
    /// table with their drawn files.
    void completeFrom(const CampaignData &data, const std::vector<DrawRecord> &draws);
};

} // namespace oversight
