#include "spotcheckresults.h"

#include "services/campaignfigures.h"

#include <algorithm>

namespace oversight {

void SpotCheckResults::completeFrom(const CampaignData &data, const std::vector<DrawRecord> &draws)
{
    for (const DrawRecord &d : draws)
        if (d.voidReason.isEmpty() && d.drawnAt.isValid() && (!drawnOn.isValid() || d.drawnAt.date() < drawnOn))
            drawnOn = d.drawnAt.date();
    filesDrawn = data.filesDrawn;
    unitsDrawn = 0;
    // The inspection runs from the earliest of the draw and the scoring sheets to the latest of them.
    for (const DrawnFile &f : data.drawnFiles) {
        if (!f.reviewed || !f.reviewedOn.isValid())
            continue;
        if (!lastScoredOn.isValid() || f.reviewedOn > lastScoredOn)
            lastScoredOn = f.reviewedOn;
        if (!drawnOn.isValid() || f.reviewedOn < drawnOn)
            drawnOn = f.reviewedOn;
    }
    for (const Unit &u : data.units) {
        const auto [drawn, reviewed] = data.filesDrawnAndReviewed(u.id);
        if (drawn == 0)
            continue;
        ++unitsDrawn;
        auto row = std::find_if(units.begin(), units.end(),
                                [&u](const SpotCheckUnitResult &r) { return r.unit == u.name; });
        if (row == units.end()) {
            SpotCheckUnitResult r;
            r.unit = u.name;
            units.push_back(r);
            row = units.end() - 1;
        }
        row->drawn = drawn;
    }
}

} // namespace oversight
