#include "unitfilter.h"

namespace oversight {

QString UnitFilter::folded(const QString &text)
{
    // Clerks type with a Chinese input method, which often leaves full-width Ｌatin letters and digits
    // (０４７５); NFKC maps them to their ASCII forms so a search for 0475 still finds them.
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

bool UnitFilter::matches(const Unit &unit) const
{
    if (category && unit.category != *category)
        return false;
    if (onlyWithoutContact && unit.hasContact())
        return false;
    const QString needle = folded(text.simplified());
    if (needle.isEmpty())
        return true;
    for (const QString *field : {&unit.name, &unit.contactPerson, &unit.contactPhone, &unit.notes}) {
        if (folded(*field).contains(needle))
            return true;
    }
    return false;
}

} // namespace oversight
