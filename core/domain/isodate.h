#pragma once

#include <QDate>
#include <QString>

namespace oversight {

/// Reads a date written exactly as YYYY-MM-DD (the form of campaign files, --today and stored dates);
/// returns an invalid QDate for anything else, including impossible days such as 2022-02-30.
/// Qt::ISODate alone would also take "2022-05-21T08:00" and other forms a clerk never meant.
[[nodiscard]] QDate parseIsoDate(const QString &text);

} // namespace oversight
