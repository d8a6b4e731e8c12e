#pragma once

#include "ids.h"
#include "result.h"
#include "unit.h" // FieldError

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace oversight {

/// A complaint or lead about enforcement (投诉举报) and the bureau's handling of it as an individual case
/// (个案监督). The complainant's name and contact are private: they stay in this record and are never
/// printed, exported or written to the audit log.
struct Complaint
{
    /// How the complaint reached the bureau (来源渠道).
    enum class Channel
    {
        Phone,    ///< 电话
        Letter,   ///< 信件
        Online,   ///< 网络
        Visit,    ///< 来访
        Media,    ///< 媒体曝光
        Assigned, ///< 上级交办
        CallBack, ///< 回访发现
    };

    /// Where the handling stands. registered → investigating → one outcome (no violation / notice issued /
    /// referred) → (after a notice) unit replied → closed.
    enum class Status
    {
        Registered,    ///< 已登记
        Investigating, ///< 调查核实中
        NoViolation,   ///< 未发现违法
        NoticeIssued,  ///< 已发执法监督通知书
        Referred,      ///< 已移交纪检监察机关
        UnitReplied,   ///< 单位已回复
        Closed,        ///< 已办结
    };

    ComplaintId id;
    CampaignId campaign;
    QString reference; ///< the case's own number, "2022-007"; given by the service
    Channel channel = Channel::Phone;
    QDate receivedOn;
    UnitId unit; ///< the enforcement unit concerned
    QString enterpriseName;
    bool enterpriseRelated = false; ///< 是否涉企
    QString summary;                ///< 反映问题
    QString complainantName;        ///< private
    QString complainantContact;     ///< private
    QDate handlingDue;              ///< received date + the campaign's handling days; set by the service

    Status status = Status::Registered;
    QDate outcomeOn;     ///< when the outcome was reached (no violation, notice issued, referral)
    QString outcomeNote; ///< the finding in brief, or the referral note
    // The supervision notice (执法监督通知书), when one was issued.
    QString noticeFacts;
    QString noticeReasons;
    QString noticeDecision;
    QString noticeBasis;
    QDate correctBy;
    QDate replyDue; ///< the unit's written reply is due by this day
    // The unit's reply.
    QDate repliedOn;
    QString replyContent;
    QDate closedOn;

    [[nodiscard]] bool isClosed() const { return status == Status::Closed; }
    /// Past its handling deadline without an outcome, or past the notice's reply deadline without a reply.
    /// The deadline day itself is not overdue.
    [[nodiscard]] bool isOverdue(QDate today) const;
    /// The deadline that matters now: the reply deadline once a notice is out, otherwise the handling one;
    /// invalid when nothing is pending.
    [[nodiscard]] QDate currentDeadline() const;

    friend bool operator==(const Complaint &, const Complaint &) = default;
};

/// One step of a case's history (办理过程): when, who, what, and the clerk's note.
struct ComplaintEvent
{
    qint64 id = 0;
    ComplaintId complaint;
    QDateTime at;
    QString actor;
    QString action; ///< "intake" (or "intake_import", "intake_callback"), "edit", "investigate",
                    ///< "no_violation", "notice", "refer", "reply", "close", "finding", "attachment"
    std::optional<Complaint::Status> from;
    std::optional<Complaint::Status> to;
    QString note;
};

/// A problem found by a case or a call-back, kept until the rectification ledger takes it over (the ledger
/// links it through `problem`).
struct ComplaintFinding
{
    enum class Source
    {
        Supervision, ///< 个案监督
        Complaint,   ///< 投诉举报
        CallBack,    ///< 回访
    };

    qint64 id = 0;
    ComplaintId complaint; ///< set when a case found it
    CallBackId callBack;   ///< set when a call-back raised it
    CampaignId campaign;
    UnitId unit;
    Source source = Source::Complaint;
    int area = 0; ///< reform area 1–10
    QString description;
    QString measure;
    ProblemId problem; ///< the ledger problem it became, once the ledger exists

    friend bool operator==(const ComplaintFinding &, const ComplaintFinding &) = default;
};

/// A file kept with a case, stored under its SHA-256 in the attachments folder.
struct ComplaintAttachment
{
    qint64 id = 0;
    ComplaintId complaint;
    QString sha256;
    QString fileName; ///< the original file name, for the clerk
    qint64 size = 0;
    QDateTime addedAt;
};

// Stored keys (stable across versions) and the plan's words (data: import files, documents).
[[nodiscard]] QString channelKey(Complaint::Channel channel);
[[nodiscard]] std::optional<Complaint::Channel> channelFromKey(const QString &key);
[[nodiscard]] QString channelWord(Complaint::Channel channel);  ///< 电话 … 回访发现; never translated
[[nodiscard]] QString channelLabel(Complaint::Channel channel); ///< translated
/// Reads a channel typed by a person or an import file (the key, the Chinese word or the label).
[[nodiscard]] Result<Complaint::Channel> parseChannel(const QString &text);
[[nodiscard]] QList<Complaint::Channel> allChannels();

[[nodiscard]] QString statusKey(Complaint::Status status);
[[nodiscard]] std::optional<Complaint::Status> statusFromKey(const QString &key);
[[nodiscard]] QString statusLabel(Complaint::Status status); ///< translated
[[nodiscard]] QList<Complaint::Status> allStatuses();
/// Whether the workflow allows the step from `from` to `to`.
[[nodiscard]] bool canMove(Complaint::Status from, Complaint::Status to);

[[nodiscard]] QString findingSourceKey(ComplaintFinding::Source source);
[[nodiscard]] std::optional<ComplaintFinding::Source> findingSourceFromKey(const QString &key);
[[nodiscard]] QString findingSourceWord(ComplaintFinding::Source source); ///< 个案监督 / 投诉举报 / 回访

/// 张三 → 张*, 欧阳春华 → 欧***, 王 → * (a one-character name whole); empty stays empty.
[[nodiscard]] QString maskName(const QString &name);
/// 13812345678 → 138****5678; short values keep only their first character.
[[nodiscard]] QString maskContact(const QString &contact);
/// `text` with every occurrence of the complainant's name and contact replaced by its mask: for anything
/// drafted from a case that leaves the program. `earlier`, when given, is the same case before an edit, whose
/// complainant is masked as well. ComplainantMask does the matching (spaced, dashed, full-width and
/// zero-width variants included); build one when many texts of one case are masked.
[[nodiscard]] QString redactComplainant(QString text, const Complaint &complaint,
                                        const Complaint *earlier = nullptr);

/// The intake fields as the audit log records them. The complainant's name and contact appear only as
/// "recorded" or "" — never their values — and the summary and the enterprise name are masked of them (and
/// of `earlier`'s complainant, for an edit).
[[nodiscard]] QJsonObject auditFields(const Complaint &complaint, const Complaint *earlier = nullptr);

/// Checks the intake fields of a complaint on its own (the unit's existence needs the database).
[[nodiscard]] QList<FieldError> validateComplaint(const Complaint &complaint);

/// Translation context for the complaint texts.
class ComplaintText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ComplaintText)
public:
    static QString fieldLabel(const QString &field);
};

} // namespace oversight
