#pragma once

#include "domain/campaign.h"
#include "domain/officialdocument.h"
#include "domain/submission.h"
#include "domain/supervisionnotice.h"
#include "domain/result.h"
#include "domain/unit.h"
#include "services/campaignfigures.h"
#include "services/spotcheckresults.h"

#include <QCoreApplication>

#include <QDate>
#include <QHash>
#include <QStringList>

#include <optional>

#include <vector>

namespace oversight {

/// What a critical notice can name a unit for; the CLI's --findings words: late, selfcheck, ledger, contacts,
/// spotcheck.
enum class FindingKind
{
    Late,      ///< forms or written reports past their deadline: missing, returned or handed in late
    SelfCheck, ///< self-checked fewer files than the plan's share
    Ledger,    ///< rectification problems past their deadline and not closed
    Contacts,  ///< no campaign contact named after the plan's day for it
    SpotCheck, ///< files drawn for the spot check still without a scoring sheet
};
[[nodiscard]] QString findingKindKey(FindingKind kind);
[[nodiscard]] std::optional<FindingKind> findingKindFromKey(const QString &key);
/// Every kind, in the order a notice lists them.
[[nodiscard]] QList<FindingKind> allFindingKinds();

/// A unit a critical notice names, why, and the figures that show it.
struct CriticismFinding
{
    FindingKind kind = FindingKind::Late;
    QString unit;
    QString reason; ///< a clause with the figures, without a closing full stop
};

/// Drafts the text of the bureau's documents from what the file holds. Every text is a draft for the clerk
/// to edit; what the file cannot know yet is left as a 【…】 placeholder, which issuing refuses.
class NoticeGenerator
{
    Q_DECLARE_TR_FUNCTIONS(oversight::NoticeGenerator)
public:
    NoticeGenerator(Campaign campaign, QDate today);

    /// 抽查结果通报: files drawn and files scored, the inspection's days, the table by unit, good practice
    /// (left out when the clerk wrote none), shortcomings, and the rectification deadline: the document's
    /// date plus the campaign's rectification_min_days, never before its rectification deadline.
    [[nodiscard]] OfficialDocument spotCheck(const SpotCheckResults &results) const;
    /// The day the spot-check notice of today demands rectification by (see spotCheck()).
    [[nodiscard]] QDate rectifyBy() const;
    [[nodiscard]] OfficialDocument criticism(const std::vector<CriticismFinding> &findings) const;
    /// 催办通知 to one unit: every item it owes today (CampaignData::owed — the one answer of what a unit
    /// owes), each with its own due date and days late, grouped by deadline, plus the campaign contact when
    /// the unit has named none after its day; a new date (`newDate`, or a week from today) to hand them in.
    /// A unit that owes nothing is refused ("nothing outstanding on …"): no reminder is drafted.
    [[nodiscard]] Result<OfficialDocument> reminder(const Unit &unit, const std::vector<OwedItem> &owed,
                                                    QDate newDate = {}) const;
    [[nodiscard]] OfficialDocument supervision(const SupervisionNoticeContent &content) const;
    /// 工作总结 (总结验收): the campaign's figures as status and the dashboard count them — units, materials,
    /// self-check, spot check, problems (the upper-level spot checks' among them), complaints and the
    /// acceptance conclusions. In acceptancenotices.cpp.
    [[nodiscard]] OfficialDocument summary(const CampaignFigures &figures) const;
    /// 总结验收情况通报: the units by conclusion, the reasons of 基本合格 / 不合格. Refused while no unit is
    /// concluded.
    [[nodiscard]] Result<OfficialDocument> acceptanceNotice(const CampaignData &data) const;

    /// The findings of `kinds` the data show on its day, unit by unit with their figures (the same counts as
    /// `status`: CampaignData::owed for materials, the self-check share, overdue problems, drawn files).
    [[nodiscard]] static std::vector<CriticismFinding> findings(const CampaignData &data,
                                                                const QList<FindingKind> &kinds);

private:
    [[nodiscard]] OfficialDocument base(DocumentKind kind) const;

    Campaign m_campaign;
    QDate m_today;
};

} // namespace oversight
