#pragma once

#include "ids.h"
#include "result.h"
#include "unit.h" // FieldError

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace oversight {

/// One problem to be rectified (问题), a line of the rectification ledger (整改台账). It moves
/// open → in_progress → awaiting_verification → closed (销号); closing needs a verification note and at least
/// one piece of evidence, reopening a reason, and a deadline moves only by a recorded extension. Overdue is
/// derived: past the deadline and not closed (the deadline day itself is not overdue).
struct Problem
{
    /// Where the problem was found (问题来源), in the plan's words 自查 / 抽检 / 个案监督 / 投诉举报 / 回访 /
    /// 上级抽查 (三(三): the region and the city also spot-check the units).
    enum class Source
    {
        SelfCheck,   ///< 自查
        SpotCheck,   ///< 抽检
        Supervision, ///< 个案监督
        Complaint,   ///< 投诉举报
        CallBack,    ///< 回访
        UpperCheck,  ///< 上级抽查: a spot check by the region's or the city's justice department
    };

    enum class Status
    {
        Open,                 ///< 待整改
        InProgress,           ///< 整改中
        AwaitingVerification, ///< 待核查
        Closed,               ///< 已销号
    };

    ProblemId id;
    CampaignId campaign;
    UnitId unit;
    int area = 0; ///< reform area 1–10
    Source source = Source::SelfCheck;
    QString inspectingBody; ///< 检查机关 of an 上级抽查 (自治区司法厅, 市司法局); empty for the other sources
    QString description; ///< 问题描述
    QString measure;     ///< 整改措施
    QString owner;       ///< 责任人
    QDate deadline;      ///< 整改时限; the campaign's rectification end unless given
    Status status = Status::Open;
    QString progress;         ///< 完成情况: what has been done so far
    QString verificationNote; ///< 核查意见, written when the problem is closed
    QDate closedOn;
    /// Where the problem came from, when it came from a record of the program: a kind word
    /// ("complaint_finding", "submission_check", "score_deduction", "callback", "filing", …) and that
    /// record's id. Both empty for a problem entered by hand or imported.
    QString originKind;
    qint64 originId = 0;

    [[nodiscard]] bool isClosed() const { return status == Status::Closed; }
    /// Past its deadline and not closed; the deadline day itself is not overdue.
    [[nodiscard]] bool isOverdue(QDate today) const
    {
        return !isClosed() && deadline.isValid() && today.isValid() && today > deadline;
    }

    friend bool operator==(const Problem &, const Problem &) = default;
};

/// One step of a problem's history: a status change, an extension, an edit, evidence added.
struct ProblemEvent
{
    qint64 id = 0;
    ProblemId problem;
    QDateTime at;
    QString actor;
    QString action; ///< "create", "edit", "status", "extend", "evidence", "close", "reopen"
    std::optional<Problem::Status> from;
    std::optional<Problem::Status> to;
    QDate oldDeadline; ///< set for an extension
    QDate newDeadline;
    QString note;
};

/// A piece of evidence (佐证材料): a file kept in `attachments/` under its SHA-256, or a written statement.
struct ProblemEvidence
{
    enum class Kind
    {
        File,
        Statement,
    };
    qint64 id = 0;
    ProblemId problem;
    Kind kind = Kind::File;
    QString sha256;    ///< File
    QString fileName;  ///< File: the original name, for the clerk
    qint64 size = 0;   ///< File
    QString statement; ///< Statement
    QDateTime addedAt;
};

/// What the ledger page and the exports select.
struct ProblemFilter
{
    UnitId unit;  ///< invalid: every unit
    int area = 0; ///< 0: every area
    std::optional<Problem::Source> source;
    std::optional<Problem::Status> status;
    bool overdueOnly = false;
    QString keyword; ///< substring of description or measure; several words separated by spaces all match
};

// Stored keys (stable) and the plan's words (data: import files, the ledger PDF and XLSX).
[[nodiscard]] QString problemSourceKey(Problem::Source source);
[[nodiscard]] std::optional<Problem::Source> problemSourceFromKey(const QString &key);
[[nodiscard]] QString problemSourceWord(Problem::Source source);  ///< 自查 … 回访; never translated
[[nodiscard]] QString problemSourceLabel(Problem::Source source); ///< translated
[[nodiscard]] QList<Problem::Source> allProblemSources();
/// The source as the ledger prints it: the word, and an 上级抽查's inspecting body in brackets
/// (上级抽查（通辽市司法局）); the ledger import reads it back.
[[nodiscard]] QString problemSourceText(const Problem &problem);
/// Reads a source typed by a person or a file: the key, the Chinese word or the label.
[[nodiscard]] std::optional<Problem::Source> parseProblemSource(const QString &text);

[[nodiscard]] QString problemStatusKey(Problem::Status status);
[[nodiscard]] std::optional<Problem::Status> problemStatusFromKey(const QString &key);
[[nodiscard]] QString problemStatusWord(Problem::Status status); ///< 待整改 … 已销号; never translated
[[nodiscard]] QString problemStatusLabel(Problem::Status status); ///< translated
[[nodiscard]] QList<Problem::Status> allProblemStatuses();
[[nodiscard]] std::optional<Problem::Status> parseProblemStatus(const QString &text);

/// The workflow: forward one step at a time (open → in_progress → awaiting_verification → closed), back
/// from awaiting verification to in progress (verification failed), and closed → open only by reopen().
/// Open may go straight to awaiting verification (the unit reports it done at once).
[[nodiscard]] bool canMove(Problem::Status from, Problem::Status to);

/// Checks the fields of a problem on its own (the unit's existence needs the database).
[[nodiscard]] QList<FieldError> validateProblem(const Problem &problem);

class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ProblemText)
public:
    static QString fieldLabel(const QString &field);
};

} // namespace oversight

Q_DECLARE_METATYPE(oversight::Problem::Status)
Q_DECLARE_METATYPE(oversight::Problem::Source)
