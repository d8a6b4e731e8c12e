#pragma once

#include "drawrecord.h"

#include <QSet>

#include <optional>
#include <utility>
#include <vector>

namespace oversight {

/// How many distinct case files `files` hold, and how many of those are scored (of the unit `only`, when
/// given): a file drawn twice (a set-aside draw and its replacement) counts once.
[[nodiscard]] inline std::pair<int, int> distinctDrawnAndReviewed(const std::vector<DrawnFile> &files,
                                                                  std::optional<UnitId> only = std::nullopt)
{
    QSet<qint64> drawn, reviewed;
    for (const DrawnFile &f : files) {
        if (only && f.unit != *only)
            continue;
        drawn.insert(f.caseFile.value);
        if (f.reviewed)
            reviewed.insert(f.caseFile.value);
    }
    return {int(drawn.size()), int(reviewed.size())};
}

} // namespace oversight
