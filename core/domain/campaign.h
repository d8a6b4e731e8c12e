#pragma once

#include "area.h"
#include "deadline.h"
#include "formspec.h"
#include "ids.h"
#include "phase.h"
#include "reviewsheet.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace oversight {

/// The period a normative-document zero report (零报告) covers.
enum class ZeroReportPeriod
{
    Quarter,
    Year,
};

/// The hard numbers of a campaign's plan.
struct CampaignRules
{
    int selfCheckMinPercent = 30;   ///< a unit self-checks at least this share of last year's case files
    int spotCheckMinFiles = 60;     ///< the bureau spot-checks at least this many files in total
    QDate rectificationDeadline;    ///< default deadline of a problem in the rectification ledger
    /// A circulated spot-check result gives units at least this many days to rectify after its date (and
    /// never a day before rectificationDeadline).
    int rectificationMinDays = 15;
    int complaintHandlingDays = 30; ///< a supervision case is handled within this many days of receipt
    int filingDeadlineDays = 30;    ///< a normative document is filed within this many days of its issue
    ZeroReportPeriod zeroReportPeriod = ZeroReportPeriod::Quarter; ///< what a zero report covers
    /// A major penalty decision (重大行政处罚) is filed with the bureau within this many days of the decision.
    /// The plan names the system (十(二)) but no limit: 15 is the campaign file's setting, not the plan's.
    int majorPenaltyFilingDays = 15;
};

/// One year's campaign (专项行动) as its plan defines it. Loaded from a campaign definition file
/// (see docs/campaign-format.md); nothing about a particular year lives in code.
struct Campaign
{
    CampaignId id; ///< row id once stored; invalid for a definition not yet stored
    QString code;  ///< stable text id, e.g. "naiman-2022"
    int year = 0;
    int caseYear = 0; ///< the year whose case files are reviewed (2021 for the 2022 campaign)
    QString title;
    QString shortTitle;
    QString authority;      ///< 发文机关, e.g. 奈曼旗司法局
    QString section;        ///< the section in charge, e.g. 法制股
    QString office;         ///< 印发机关 of the bureau's documents (its 办公室); the authority when unset
    /// What a supervision notice (执法监督通知书) cites as the ground of the supervision, as the campaign
    /// file words it; empty: the notice leaves a placeholder for the clerk (no statute is assumed in code).
    QString supervisionBasis;
    QString documentNumber; ///< 奈司字〔2022〕11号
    QDate issuedOn;
    std::vector<Area> areas;
    std::vector<FormSpec> forms;
    std::vector<ReportSpec> reports; ///< written reports tracked beside the forms (书面材料)
    std::vector<Phase> phases;
    std::vector<Deadline> deadlines;
    CampaignRules rules;
    ScoringSpec scoring; ///< the case-review scoring sheet; empty when the definition has none

    [[nodiscard]] const Area *area(int number) const;
    /// The number of the first area whose title contains `words` (案卷 for the case review, 规范性文件 for
    /// filing supervision): where the problems a room raises belong. The first area's (or 1) when none does.
    [[nodiscard]] int areaAbout(const QString &words) const;
    [[nodiscard]] const FormSpec *form(const QString &formId) const;
    [[nodiscard]] const Phase *phase(const QString &key) const;
    [[nodiscard]] const Deadline *deadline(const QString &key) const;
    /// The deadline a form is due by, or nullptr when the campaign names none.
    [[nodiscard]] const Deadline *deadlineOfForm(const QString &formId) const;
    [[nodiscard]] const ReportSpec *report(const QString &reportId) const;
    /// The deadline of a form or a written report.
    [[nodiscard]] const Deadline *deadlineOfItem(const QString &itemId) const;
    /// The day by which each unit names its campaign contact (the plan's 04-02), when the plan sets one.
    [[nodiscard]] const Deadline *contactsDeadline() const { return deadline(QStringLiteral("contacts")); }
    [[nodiscard]] QString displayName() const;
    /// 印发机关: `office`, or the authority when the campaign file names none.
    [[nodiscard]] QString printingOffice() const { return office.isEmpty() ? authority : office; }
};

/// Where a day falls in the campaign's calendar.
struct PhaseStatus
{
    enum class Where
    {
        NotStarted,
        InPhase,
        BetweenPhases,
        Finished
    };
    Where where = Where::NotStarted;
    const Phase *current = nullptr; ///< set when InPhase
    const Phase *next = nullptr;    ///< the coming phase when NotStarted or BetweenPhases (or InPhase)
};

/// The phase whose dates contain `today`; on a day two phases share, the later one.
[[nodiscard]] PhaseStatus phaseOn(const Campaign &campaign, QDate today);

/// The first deadline due on or after `today`, or nullptr when all have passed.
[[nodiscard]] const Deadline *nextDeadline(const Campaign &campaign, QDate today);

/// Files a unit must self-check: ceil(percent × total / 100), in integer arithmetic (47 files at 30% → 15).
[[nodiscard]] int selfCheckRequired(int casesTotal, int percent);

} // namespace oversight
