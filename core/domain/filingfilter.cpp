#include "filingfilter.h"

namespace oversight {

bool FilingFilter::matches(const NormativeDocument &d, int filingDays, QDate today) const
{
    if (unit.isValid() && d.unit != unit)
        return false;
    if (round && !round->contains(d.id.value))
        return false;
    if (onlyLate && !d.isLate(filingDays, today))
        return false;
    switch (state) {
    case State::Any:
        break;
    case State::NotReviewed:
        if (d.result || !d.isFiled())
            return false;
        break;
    case State::UnfiledKnown:
        if (!d.isUnfiledKnown())
            return false;
        break;
    case State::CorrectionOverdue:
        if (!d.correctionOverdue(today))
            return false;
        break;
    }
    if (result && d.result != result)
        return false;
    const QString needle = text.trimmed();
    return needle.isEmpty() || d.title.contains(needle, Qt::CaseInsensitive) ||
           d.number.contains(needle, Qt::CaseInsensitive);
}

} // namespace oversight
