#pragma once

#include "domain/result.h"
#include "domain/supervisionnotice.h"
#include "services/servicesfwd.h"

namespace oversight {

/// The seam between the supervision cases and the documents: the content of a supervision notice drafted
/// from case `id`. NotFound when there is no such case.
[[nodiscard]] Result<SupervisionNoticeContent> supervisionNoticeContent(Workspace &workspace, ComplaintId id);
/// The same from the two services it reads (what the app's pages hold).
[[nodiscard]] Result<SupervisionNoticeContent>
supervisionNoticeContent(const SupervisionService &supervision, const UnitService &units, ComplaintId id);

} // namespace oversight
