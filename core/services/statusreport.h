#pragma once

#include "domain/campaign.h"
#include "domain/casefile.h"
#include "domain/complaint.h"
#include "domain/problem.h"
#include "domain/normative.h"
#include "domain/result.h"
#include "domain/submission.h"
#include "domain/unit.h"
#include "services/attention.h"
#include "services/campaignfigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
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
    /// The readable summary of plain `status`: what needs attention as a table, then the figures.
    [[nodiscard]] QString toText() const;

    [[nodiscard]] const CampaignData &data() const { return m_data; }
    [[nodiscard]] const std::vector<AttentionItem> &attention() const { return m_attention; }

private:
    /// open (every status but closed), overdue, closed — of one unit, or of all when `unit` is invalid.
    [[nodiscard]] QJsonObject complaintCounts(UnitId unit) const;
    /// The rectification ledger's problems, counted the same way.
    [[nodiscard]] QJsonObject problemCounts(UnitId unit) const;

    /// The unit's forms (or written reports) as `submissions` lists them: form, status, due, received,
    /// late_days.
    [[nodiscard]] QJsonArray submissionList(UnitId unit, bool reports) const;
    /// Normative-document filing: filed, late (filed after the deadline), unfiled_known (有件不备) and
    /// zero_reports_missing (ended periods with neither a filing nor a zero report) — of one unit or all.
    [[nodiscard]] QJsonObject normativeCounts(UnitId unit) const;

    CampaignData m_data; ///< the figures' one source, shared with the dashboard and the summary report
    std::vector<AttentionItem> m_attention;
};

/// The four self-check keys of a unit in `status --json` (cases_total, cases_self_checked,
/// self_check_required, self_check_ok) from its figures: the one place they are written.
void insertSelfCheck(QJsonObject &unit, const SelfCheckFigures &figures);

} // namespace oversight
