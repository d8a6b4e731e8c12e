#pragma once

#include "domain/result.h"
#include "services/clock.h"
#include "services/servicesfwd.h"
#include "storage/database.h"

#include <memory>

namespace oversight {

/// An open file with its services: what main() builds and hands down. Owns everything it returns.
class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /// Opens (or creates, per mode) the file and builds the services over it. `clock` may be null for the
    /// system clock; `actor` names the operator in the audit log (empty: the login name).
    [[nodiscard]] static Result<std::unique_ptr<Workspace>>
    open(const QString &path, Database::Mode mode, std::unique_ptr<Clock> clock = {}, QString actor = {});

    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] const Clock &clock() const { return *m_clock; }
    [[nodiscard]] CampaignService &campaigns() { return *m_campaigns; }
    [[nodiscard]] UnitService &units() { return *m_units; }
    [[nodiscard]] SupervisionService &supervision() { return *m_supervision; }
    [[nodiscard]] DocumentService &documents() { return *m_documents; }
    [[nodiscard]] SubmissionService &submissions() { return *m_submissions; }
    [[nodiscard]] CaseReviewService &caseReview() { return *m_caseReview; }
    [[nodiscard]] LedgerService &ledger() { return *m_ledger; }
    [[nodiscard]] NormativeService &normative() { return *m_normative; }
    [[nodiscard]] AcceptanceService &acceptance() { return *m_acceptance; }
    /// Area 7 (training, exams) and area 10 (meetings, major-penalty filings, guiding cases) records.
    [[nodiscard]] AreaRecordService &areaRecords() { return *m_areaRecords; }
    [[nodiscard]] QString actor() const { return m_actor; }

    /// The login name, used as the operator when none is configured.
    [[nodiscard]] static QString defaultActor();

private:
    Workspace() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<UnitService> m_units;
    std::unique_ptr<SupervisionService> m_supervision;
    std::unique_ptr<DocumentService> m_documents;
    std::unique_ptr<SubmissionService> m_submissions;
    std::unique_ptr<CaseReviewService> m_caseReview;
    std::unique_ptr<LedgerService> m_ledger;
    std::unique_ptr<NormativeService> m_normative;
    std::unique_ptr<AcceptanceService> m_acceptance;
    std::unique_ptr<AreaRecordService> m_areaRecords;
    QString m_actor;
};

} // namespace oversight
