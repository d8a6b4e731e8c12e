#pragma once

#include "domain/arearecords.h"
#include "domain/campaign.h"
#include "domain/result.h"
#include "services/servicesfwd.h"

#include <QObject>

#include <vector>

namespace oversight {

/// How an import of a list would change the records.
struct AreaRecordImportCounts
{
    int added = 0;
    int updated = 0;   ///< a major-penalty filing whose case number was registered, with other dates
    int unchanged = 0; ///< the same record is already there
};

/// The only writer of the area-7 records (training sessions, exams) and the area-10 records (coordination
/// meetings, major-penalty filings, guiding cases). The calls are templates over those five record types
/// (TrainingSession, Exam, CoordinationMeeting, MajorPenaltyFiling, GuidingCase). Every write is checked first,
/// runs in one transaction with its audit entry, and is announced by recordsChanged() after it committed.
class AreaRecordService final : public QObject
{
    Q_OBJECT
public:
    AreaRecordService(Database &db, const Clock &clock, CampaignService &campaigns, QString actor,
                      QObject *parent = nullptr);

    /// The campaign's days for a major-penalty filing (rules.major_penalty_filing_days).
    [[nodiscard]] Result<int> filingDays(CampaignId campaign) const;

    template <typename T>
    [[nodiscard]] Result<std::vector<T>> list(CampaignId campaign) const;
    template <typename T>
    [[nodiscard]] Result<T> get(qint64 id) const;
    /// Everything add()/update() would refuse, without writing: the record's own rules, a unit outside the
    /// campaign's register, a date after today, a major-penalty case number the unit already filed.
    template <typename T>
    [[nodiscard]] Result<void> check(const T &record) const;
    /// The record's own rules and its dates after today, each with its field (what check() joins first):
    /// for an import that reports each at its column.
    template <typename T>
    [[nodiscard]] QList<FieldError> fieldProblems(const T &record) const;
    template <typename T>
    [[nodiscard]] Result<qint64> add(T record);
    template <typename T>
    [[nodiscard]] Result<void> update(T record);
    template <typename T>
    [[nodiscard]] Result<void> remove(qint64 id);

    /// How importRecords() would change the records, without writing.
    template <typename T>
    [[nodiscard]] Result<AreaRecordImportCounts> plan(CampaignId campaign, const std::vector<T> &records) const;
    /// A list in one transaction, all or nothing: a record equal to one already there is left alone; a
    /// major-penalty filing whose unit and case number are registered updates that filing; the rest are
    /// added.
    template <typename T>
    [[nodiscard]] Result<AreaRecordImportCounts> importRecords(CampaignId campaign, std::vector<T> records);

Q_SIGNALS:
    void recordsChanged(oversight::CampaignId campaign);

private:
    template <typename T>
    [[nodiscard]] Result<std::optional<T>> match(const T &record) const;

    Database &m_db;
    const Clock &m_clock;
    CampaignService &m_campaigns;
    QString m_actor;
};

} // namespace oversight
