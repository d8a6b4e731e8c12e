#include "complaintfilter.h"

#include "unitfilter.h"

namespace oversight {

bool ComplaintFilter::matches(const Complaint &c, QDate today) const
{
    if (status && c.status != *status)
        return false;
    if (onlyOpen && c.isClosed())
        return false;
    if (unit.isValid() && c.unit != unit)
        return false;
    if (channel && c.channel != *channel)
        return false;
    if (onlyOverdue && !c.isOverdue(today))
        return false;
    const QString needle = UnitFilter::folded(text.trimmed());
    if (needle.isEmpty())
        return true;
    // Never the complainant: a search must not reveal who complained by what it finds.
    for (const QString *field : {&c.reference, &c.enterpriseName, &c.summary}) {
        if (UnitFilter::folded(*field).contains(needle))
            return true;
    }
    return false;
}

} // namespace oversight
