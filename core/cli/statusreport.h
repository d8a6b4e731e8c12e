#pragma once

#include "domain/campaign.h"
#include "domain/complaint.h"
#include "domain/normative.h"
#include "domain/result.h"
#include "domain/unit.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace oversight {

class Workspace;

/// The compliance picture of one campaign on one day, as `status` prints it. Each later part (cases,
/// submissions, problems, complaints, the spot check) joins here when it is built; a part that is not built
/// yet is absent from the output, never faked.
class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(oversight::StatusReport)
public:
    [[nodiscard]] static Result<StatusReport> build(Workspace &workspace, CampaignId campaign, QDate today);

    /// The `status --json` object; its keys are the public contract in DESIGN.md (plus documented
    /// extensions).
    [[nodiscard]] QJsonObject toJson() const;
    /// The readable summary of plain `status`.
    [[nodiscard]] QString toText() const;

private:
    /// open (every status but closed), overdue, closed — of one unit, or of all when `unit` is invalid.
    [[nodiscard]] QJsonObject complaintCounts(UnitId unit) const;
    /// Normative-document filing: filed, late (filed after the deadline), unfiled_known (有件不备) and
    /// zero_reports_missing (ended periods with neither a filing nor a zero report) — of one unit or all.
    [[nodiscard]] QJsonObject normativeCounts(UnitId unit) const;

    Campaign m_campaign;
    QDate m_today;
    std::vector<Unit> m_units;
    std::vector<Complaint> m_complaints;
    std::vector<NormativeDocument> m_normativeDocuments;
    std::vector<PeriodStatus> m_normativePeriods;
};

} // namespace oversight
