#pragma once

#include "domain/unit.h"

#include <QString>

#include <optional>

namespace oversight {

/// Which units the register shows: a plain predicate that the UI's proxy, exports and reports all call,
/// so that every place filters units the same way.
struct UnitFilter
{
    QString text;                           ///< matched within name, contact person, phone and notes
    std::optional<Unit::Category> category; ///< unset: every category
    bool onlyWithoutContact = false;        ///< only units that have not named a contact and phone

    [[nodiscard]] bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !category && !onlyWithoutContact;
    }
    [[nodiscard]] bool matches(const Unit &unit) const;

    /// The form in which text is compared: NFKC (full-width letters and digits as half-width), lower case.
    [[nodiscard]] static QString folded(const QString &text);
};

} // namespace oversight
