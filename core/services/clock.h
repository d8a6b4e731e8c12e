#pragma once

#include <QDate>
#include <QDateTime>

namespace oversight {

/// Where "today" comes from. Deadline logic asks the clock, never the system, so tests and
/// `oversight-cli --today` can fix the date.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDate today() const { return QDate::currentDate(); }
    [[nodiscard]] virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};

/// A clock stopped on one day (the time of day still runs, so audit entries stay ordered).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate today) : m_today(today) {}
    [[nodiscard]] QDate today() const override { return m_today; }
    [[nodiscard]] QDateTime now() const override { return QDateTime(m_today, QTime::currentTime()).toUTC(); }
    void setToday(QDate today) { m_today = today; }

private:
    QDate m_today;
};

} // namespace oversight
