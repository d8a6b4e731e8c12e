#pragma once

#include "domain/result.h"
#include "domain/supervisionnotice.h"

namespace oversight {

class Workspace;

/// The seam between the supervision cases and the documents: the content of a supervision notice drafted
/// from case `id`. NotFound when there is no such case.
[[nodiscard]] Result<SupervisionNoticeContent> supervisionNoticeContent(Workspace &workspace, ComplaintId id);

} // namespace oversight
