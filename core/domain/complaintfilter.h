#pragma once

#include "complaint.h"

#include <QDate>
#include <QString>

#include <optional>

namespace oversight {

/// Which cases the supervision page shows: a plain predicate the UI's proxy and reports share.
struct ComplaintFilter
{
    QString text; ///< matched within reference, enterprise and summary (never the complainant)
    std::optional<Complaint::Status> status;
    bool onlyOpen = false; ///< every status but closed
    UnitId unit;           ///< invalid: every unit
    std::optional<Complaint::Channel> channel;
    bool onlyOverdue = false;

    [[nodiscard]] bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !status && !onlyOpen && !unit.isValid() && !channel &&
               !onlyOverdue;
    }
    [[nodiscard]] bool matches(const Complaint &complaint, QDate today) const;
};

} // namespace oversight
