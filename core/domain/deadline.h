#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace oversight {

/// A due date for something units hand in (报送时限). "Before X" in the plan means on or before X.
struct Deadline
{
    QString key; ///< contacts, self_check_report, platform_entry, final_report, …
    QString title;
    QDate due;
    QStringList forms; ///< attachment forms due on this date

    /// Whole days past the due date; 0 when handed in on or before it.
    [[nodiscard]] int lateDays(QDate received) const
    {
        return received.isValid() && received > due ? int(due.daysTo(received)) : 0;
    }
};

} // namespace oversight
