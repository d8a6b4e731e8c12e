#include "supervisionnoticesource.h"

#include <QCoreApplication>

namespace oversight {

// Replaced by the supervision cases (issue 8): until they exist there is no case to draft from.
Result<SupervisionNoticeContent> supervisionNoticeContent(Workspace &, ComplaintId id)
{
    return makeError(Error::Code::NotFound,
                     QCoreApplication::translate("oversight::SupervisionNotice", "There is no supervision case %1.")
                         .arg(id.value));
}

} // namespace oversight
