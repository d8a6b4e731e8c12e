#pragma once

#include "ids.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace oversight {

/// The kinds of official document (公文) the bureau issues in a campaign. Each kind has its own number
/// series: notices (通报, 催办通知) share the bureau's general series, supervision notices have their own.
enum class DocumentKind
{
    SpotCheck,   ///< 抽查结果通报
    Criticism,   ///< 通报批评
    Reminder,    ///< 工作提示 / 催办通知
    Supervision, ///< 执法监督通知书
    Summary,     ///< 工作总结 (总结验收)
    Acceptance,  ///< 总结验收情况通报
};

/// Stable text of a kind, as stored and as the CLI spells it: spotcheck, criticism, reminder, supervision.
[[nodiscard]] QString documentKindKey(DocumentKind kind);
[[nodiscard]] std::optional<DocumentKind> documentKindFromKey(const QString &key);
/// The kind's Chinese name as the clerk and the addressees know it (domain text, not translated).
[[nodiscard]] QString documentKindWord(DocumentKind kind);

/// Where a document stands: a draft can be edited; an issued one is frozen with its number and PDF; a voided
/// one keeps its number (so the series shows no silent gap) together with the reason it was voided.
enum class DocumentStatus
{
    Draft,
    Issued,
    Voided,
};
[[nodiscard]] QString documentStatusKey(DocumentStatus status);
[[nodiscard]] std::optional<DocumentStatus> documentStatusFromKey(const QString &key);

/// 发文字号: series, year and number, written 奈司字〔2022〕12号 (full year in 六角括号, no 第, no padding).
struct DocumentNumber
{
    QString series; ///< 奈司字, 奈司监
    int year = 0;
    int number = 0;

    [[nodiscard]] bool isValid() const { return !series.isEmpty() && year > 0 && number > 0; }
    [[nodiscard]] QString text() const;
    /// The line a draft shows where its number will stand: 奈司字〔2022〕  号.
    [[nodiscard]] static QString placeholder(const QString &series, int year);
};

/// The 送达回证 (proof of service) part that follows a supervision notice on its own page.
struct ServiceReceipt
{
    QString documentName; ///< 送达文书名称 (the notice's title)
    QString recipient;    ///< 受送达单位
    friend bool operator==(const ServiceReceipt &, const ServiceReceipt &) = default;
};

/// One official document's text in GB/T 9704 parts. The body is plain text, one paragraph a line; the
/// heading levels are recognised from the numbering the clerk types (一、 / （一） / 1. / （1）) and a run
/// of lines starting with "|" is a table whose first row is the header. Placeholders the clerk still has
/// to fill are written 【…】.
struct OfficialDocument
{
    DocumentKind kind = DocumentKind::SpotCheck;
    QString authority;       ///< 发文机关标志, e.g. 奈曼旗司法局
    QString numberLine;      ///< the 发文字号 as printed (a placeholder line on drafts)
    QString title;           ///< 标题
    QString addressee;       ///< 主送机关, without the closing colon
    QString body;            ///< 正文 (see above)
    QStringList attachments; ///< 附件 names, without numbers
    QString signature;       ///< 发文机关署名
    QDate date;              ///< 成文日期
    QString copyTo;          ///< 抄送 (empty: no 抄送 line)
    QString printedBy;       ///< 印发机关
    QDate printedOn;         ///< 印发日期
    std::optional<ServiceReceipt> receipt;
    /// For a supervision notice: the case it was drafted from (issuing it enters the number in the case's
    /// history).
    ComplaintId caseId;
    /// The audit chain's head ("ENTRIES:HASH") stamped into the issued PDF's metadata (an audit anchor);
    /// not part of the stored text.
    QString auditHead;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<OfficialDocument> fromJson(const QJsonObject &object);
    friend bool operator==(const OfficialDocument &, const OfficialDocument &) = default;
};

/// A Chinese date as documents write it: 2022年7月20日 (Arabic digits, no zero padding).
[[nodiscard]] QString chineseDate(QDate date);

/// One block of a document's body, as the layout draws it.
struct BodyBlock
{
    enum class Type
    {
        Paragraph,
        Heading1, ///< 一、 黑体
        Heading2, ///< （一） 楷体
        Heading3, ///< 1.
        Heading4, ///< （1）
        Table,
    };
    Type type = Type::Paragraph;
    QString text;
    std::vector<QStringList> rows; ///< for tables: rows of cells, the first row the header
};

/// Splits a body text into blocks (see OfficialDocument::body).
[[nodiscard]] std::vector<BodyBlock> parseBody(const QString &body);

/// Text the generators leave for the clerk to fill in: 【…】.
[[nodiscard]] bool hasPlaceholder(const QString &text);

} // namespace oversight

Q_DECLARE_METATYPE(oversight::DocumentKind)

namespace oversight {

/// A stored document: its text, where it stands, and once issued its number and the exact PDF issued.
struct DocumentRecord
{
    DocumentId id;
    CampaignId campaign;
    DocumentKind kind = DocumentKind::SpotCheck;
    DocumentStatus status = DocumentStatus::Draft;
    OfficialDocument content;
    DocumentNumber number; ///< invalid on drafts
    QDateTime issuedAt;
    QString pdfSha256; ///< hex SHA-256 of the issued PDF
    QString voidReason;
    QDateTime voidedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// The audit chain's head when it was issued ("ENTRIES:HASH"); empty for drafts and for documents
    /// issued before schema 11.
    QString auditHead;
};

} // namespace oversight
