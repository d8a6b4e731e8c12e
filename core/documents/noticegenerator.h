#pragma once

#include "domain/campaign.h"
#include "domain/officialdocument.h"
#include "domain/submission.h"
#include "domain/supervisionnotice.h"
#include "domain/unit.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <vector>

namespace oversight {

/// One unit's line in the spot-check results (抽查结果). Filled by the case-review work when it lands.
struct SpotCheckUnitResult
{
    QString unit;
    int files = 0;
    double averageScore = 0;
    int excellent = 0; ///< 优秀
    int good = 0;      ///< 良好
    int pass = 0;      ///< 合格
    int fail = 0;      ///< 不合格
    QString mainProblems;
};

/// What a spot-check results notice reports. Empty until the case review exists: the notice then carries
/// marked placeholders where the figures go.
struct SpotCheckResults
{
    std::vector<SpotCheckUnitResult> units;
    QStringList goodPractice; ///< 好的做法
    QStringList shortcomings; ///< 存在的主要问题
    [[nodiscard]] bool isEmpty() const { return units.empty(); }
};

/// A unit a critical notice names, and why (late or missing submissions, self-check below the share,
/// overdue rectification). Later issues add their findings; today only what the register shows.
struct CriticismFinding
{
    QString unit;
    QString reason;
};

/// Drafts the text of the bureau's documents from what the file holds. Every text is a draft for the clerk
/// to edit; what the file cannot know yet is left as a 【…】 placeholder, which issuing refuses.
class NoticeGenerator
{
public:
    NoticeGenerator(Campaign campaign, QDate today);

    [[nodiscard]] OfficialDocument spotCheck(const SpotCheckResults &results) const;
    [[nodiscard]] OfficialDocument criticism(const std::vector<CriticismFinding> &findings) const;
    /// 催办通知 to one unit late with its submissions: the forms of the last deadline passed, and a new
    /// date (`newDate`, or a week from today).
    /// `handedIn`, when given, is where the unit's forms and written reports stand: only those still missing
    /// or returned are listed (a returned one says so). Without it every item due is listed.
    [[nodiscard]] OfficialDocument
    reminder(const Unit &unit, QDate newDate = {},
             const QHash<QString, Submission::Status> *handedIn = nullptr) const;
    [[nodiscard]] OfficialDocument supervision(const SupervisionNoticeContent &content) const;

    /// What the register itself shows against the units today: no campaign contact named after the plan's
    /// day for it.
    [[nodiscard]] std::vector<CriticismFinding> findingsFromRegister(const std::vector<Unit> &units) const;

private:
    [[nodiscard]] OfficialDocument base(DocumentKind kind) const;
    [[nodiscard]] const Deadline *lastPassedDeadline() const;

    Campaign m_campaign;
    QDate m_today;
};

} // namespace oversight
