#pragma once

#include "campaign.h" // ZeroReportPeriod
#include "ids.h"
#include "result.h"
#include "unit.h" // FieldError

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace oversight {

/// The materials a filing (备案) hands in with a normative document; a checklist.
enum class FilingMaterial
{
    FilingReport = 1 << 0,        ///< 备案报告
    OfficialText = 1 << 1,        ///< 正式文本
    DraftingExplanation = 1 << 2, ///< 起草说明
    LegalBasis = 1 << 3,          ///< 制定依据
    LegalReview = 1 << 4,         ///< 合法性审查意见
};
[[nodiscard]] QList<FilingMaterial> allMaterials();
[[nodiscard]] QString materialKey(FilingMaterial m); ///< filing_report, official_text, …
[[nodiscard]] QString materialWord(FilingMaterial m); ///< 备案报告 … ; the plan's words, never translated
/// Every material received: all five bits.
constexpr int allMaterialsMask = 0x1f;

/// The bureau's review result (审查结果).
enum class ReviewResult
{
    Lawful,   ///< 合法
    Amend,    ///< 建议修改
    Unlawful, ///< 不合法，应予纠正
};
[[nodiscard]] QList<ReviewResult> allReviewResults();
[[nodiscard]] QString reviewResultKey(ReviewResult r); ///< lawful, amend, unlawful
[[nodiscard]] std::optional<ReviewResult> reviewResultFromKey(const QString &key);
[[nodiscard]] QString reviewResultWord(ReviewResult r); ///< 合法 / 建议修改 / 不合法，应予纠正

/// How a document the bureau asked to correct ended (纠正结果).
enum class CorrectionOutcome
{
    Corrected, ///< 已修改
    Repealed,  ///< 已废止
    Refused,   ///< 拒不纠正 (to be escalated)
};
[[nodiscard]] QList<CorrectionOutcome> allCorrectionOutcomes();
[[nodiscard]] QString correctionOutcomeKey(CorrectionOutcome o);
[[nodiscard]] std::optional<CorrectionOutcome> correctionOutcomeFromKey(const QString &key);
[[nodiscard]] QString correctionOutcomeWord(CorrectionOutcome o); ///< 已修改 / 已废止 / 拒不纠正

/// A unit's normative document (行政规范性文件) as the filing register keeps it: the document, its filing,
/// the bureau's review, and for a document to be corrected the correction. A document without a filing
/// date is one the clerk knows of (seen on a website, in a complaint) but the unit never filed: 有件不备,
/// until it is filed.
struct NormativeDocument
{
    NormativeDocumentId id;
    CampaignId campaign;
    UnitId unit;       ///< 制定单位
    QString title;     ///< 文件名称
    QString number;    ///< 文号, 奈市监发〔2022〕5号
    QDate issuedOn;    ///< 印发日期
    QDate filedOn;     ///< 报备日期; invalid while unfiled
    int materials = 0; ///< FilingMaterial bits received
    QString seenAt;    ///< where the clerk saw a document that was not filed (website, complaint)

    std::optional<ReviewResult> result;
    QString reviewer;
    QDate reviewedOn;
    QString opinion;

    QDate correctBy; ///< for a document to be corrected
    std::optional<CorrectionOutcome> outcome;
    QDate correctedOn;
    QString correctionNote;
    /// The rectification-ledger problem this correction raised; invalid until the ledger exists and raises
    /// one (kept nullable, without a foreign key, until then).
    ProblemId problem;

    [[nodiscard]] bool isFiled() const { return filedOn.isValid(); }
    /// 有件不备: known to the bureau, not filed.
    [[nodiscard]] bool isUnfiledKnown() const { return !filedOn.isValid(); }
    [[nodiscard]] bool hasMaterial(FilingMaterial m) const { return (materials & int(m)) != 0; }
    [[nodiscard]] bool materialsComplete() const { return materials == allMaterialsMask; }
    /// The materials still missing, in the checklist's order.
    [[nodiscard]] QList<FilingMaterial> missingMaterials() const;
    /// The last day the document may be filed: issue date + the campaign's filing days.
    [[nodiscard]] QDate filingDue(int filingDays) const;
    /// Days the filing came after its due day (0 when on time). For an unfiled document, the days it is
    /// overdue as of `today` (0 while not yet due). The due day itself is not late; the day after is 1.
    [[nodiscard]] int lateDays(int filingDays, QDate today) const;
    [[nodiscard]] bool isLate(int filingDays, QDate today) const { return lateDays(filingDays, today) > 0; }
    /// The review asks for a correction (建议修改 or 不合法，应予纠正).
    [[nodiscard]] bool needsCorrection() const
    {
        return result && (*result == ReviewResult::Amend || *result == ReviewResult::Unlawful);
    }
    /// A correction is due, past its deadline, without an outcome.
    [[nodiscard]] bool correctionOverdue(QDate today) const
    {
        return needsCorrection() && !outcome && correctBy.isValid() && today > correctBy;
    }

    friend bool operator==(const NormativeDocument &, const NormativeDocument &) = default;
};

/// A 文号 split into its parts: 奈市监发〔2022〕5号 → 奈市监发, 2022, 5.
struct NormativeNumber
{
    QString prefix;
    int year = 0;
    int serial = 0;
};
/// Reads a document number written as the 三统一 rules want it: 机关代字〔YYYY〕N号, with 六角括号 and no
/// leading zero. The error says what is wrong and how to write it.
[[nodiscard]] Result<NormativeNumber> parseNormativeNumber(const QString &text);

/// Checks a document on its own (the unit's registration and the clock need the database).
[[nodiscard]] QList<FieldError> validateNormativeDocument(const NormativeDocument &document);
/// The fields as the audit log records them.
[[nodiscard]] QJsonObject auditFields(const NormativeDocument &document);

[[nodiscard]] QString zeroReportPeriodKey(ZeroReportPeriod p); ///< quarter, year
[[nodiscard]] std::optional<ZeroReportPeriod> zeroReportPeriodFromKey(const QString &key);

/// One reporting period: a quarter ("2022-Q2") or a year ("2022").
struct Period
{
    QString key;
    QDate from;
    QDate to;
    [[nodiscard]] bool contains(QDate d) const { return d >= from && d <= to; }
    /// The clerk's label: 2022年第二季度, 2022年度.
    [[nodiscard]] QString label() const;
    friend bool operator==(const Period &, const Period &) = default;
};
/// The periods of `year`: four quarters or the year.
[[nodiscard]] std::vector<Period> periodsOf(int year, ZeroReportPeriod kind);
/// The period of `key` ("2022-Q3", "2022"), or nothing for anything else.
[[nodiscard]] std::optional<Period> periodFromKey(const QString &key);

/// A unit's report that it issued nothing to file in a period.
struct ZeroReport
{
    qint64 id = 0;
    CampaignId campaign;
    UnitId unit;
    QString period; ///< a Period key
    QDate receivedOn;
    QString note;
};

/// Where one unit stands for one period.
struct PeriodStatus
{
    enum class State
    {
        Filed,      ///< filed at least one document issued in the period
        ZeroReport, ///< sent a zero report
        Unfiled, ///< issued a document the bureau knows of but filed none (有件不备, not a zero-report gap)
        Missing, ///< the period has ended with neither: the zero report is missing
        Open,    ///< the period has not ended yet and nothing is in
    };
    UnitId unit;
    Period period;
    State state = State::Open;
};
[[nodiscard]] QString periodStateLabel(PeriodStatus::State s); ///< translated

/// The zero-report picture: for each unit and each period of `year`, whether it is covered. A period
/// counts as missing only once it has ended (today is after its last day); the period's last day itself
/// is not yet missing. A period is covered by a filed document issued within it (the issue date decides,
/// not the filing date) or by a zero report for it.
[[nodiscard]] std::vector<PeriodStatus> periodStatuses(const std::vector<UnitId> &units,
                                                       const std::vector<NormativeDocument> &documents,
                                                       const std::vector<ZeroReport> &zeroReports, int year,
                                                       ZeroReportPeriod kind, QDate today);

/// A clean-up round's decision on one document (清理结果).
enum class CleanupDecision
{
    Keep,       ///< 保留
    Amend,      ///< 修改
    Repeal,     ///< 废止
    Invalidate, ///< 宣布失效
};
[[nodiscard]] QList<CleanupDecision> allCleanupDecisions();
[[nodiscard]] QString cleanupDecisionKey(CleanupDecision d);
[[nodiscard]] std::optional<CleanupDecision> cleanupDecisionFromKey(const QString &key);
[[nodiscard]] QString cleanupDecisionWord(CleanupDecision d); ///< 保留 / 修改 / 废止 / 宣布失效

/// A clean-up round (清理): which documents it covers and by when.
struct CleanupRound
{
    CleanupRoundId id;
    CampaignId campaign;
    QString name;  ///< 涉及"放管服"改革的规范性文件专项清理
    QString scope; ///< what the round covers
    QDate deadline;
    friend bool operator==(const CleanupRound &, const CleanupRound &) = default;
};

/// One document in a round with its decision (none yet while pending).
struct CleanupItem
{
    qint64 id = 0;
    CleanupRoundId round;
    UnitId unit;
    NormativeDocumentId document; ///< the filing register's document, when it is one of them
    QString title;
    QString number;
    QDate issuedOn;
    std::optional<CleanupDecision> decision;
    QDate decidedOn;
    QString note;
    friend bool operator==(const CleanupItem &, const CleanupItem &) = default;
};

/// A round's counts: documents, each decision, still pending.
struct CleanupCounts
{
    int total = 0;
    int keep = 0;
    int amend = 0;
    int repeal = 0;
    int invalidate = 0;
    int pending = 0;
    [[nodiscard]] int of(CleanupDecision d) const;
};
[[nodiscard]] CleanupCounts cleanupCounts(const std::vector<CleanupItem> &items);

/// Translation context for the normative texts.
class NormativeText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::NormativeText)
};

} // namespace oversight

Q_DECLARE_METATYPE(oversight::ReviewResult)
Q_DECLARE_METATYPE(oversight::CleanupDecision)
