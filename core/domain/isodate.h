#pragma once

#include <QDate>
#include <QString>

namespace oversight {

/// Reads a date written exactly as YYYY-MM-DD (the form of campaign files, --today and stored dates);
/// returns an invalid QDate for anything else, including impossible days such as 2022-02-30.
/// Qt::ISODate alone would also take "2022-05-21T08:00" and other forms a clerk never meant.
[[nodiscard]] QDate parseIsoDate(const QString &text);

/// A date as stored and exported: YYYY-MM-DD, or an empty string for an unset (invalid) date.
[[nodiscard]] inline QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace oversight
