#pragma once

#include "domain/officialdocument.h"
#include "domain/result.h"
#include "services/servicesfwd.h"

#include <QCoreApplication>
#include <QDate>
#include <QObject>

#include <functional>
#include <vector>

namespace oversight {

struct Campaign;

/// The clerk's own choice when issuing: the 文号 the bureau's office assigned and the 成文日期. Unset parts
/// are proposed (the series' next free number, today).
struct IssueChoice
{
    int number = 0; ///< 0: the next free number of the series and year
    QDate date;     ///< invalid: today
};

/// The only writer of official documents. Drafts are edited freely; issuing gives the next number of the
/// document's series, freezes the text and stores the exact PDF with its SHA-256, all in one transaction
/// with the audit entry; voiding keeps the number and records why. Numbers never repeat (a UNIQUE
/// constraint backs the transaction) and never skip silently (every number in use is a row).
class DocumentService final : public QObject
{
    Q_OBJECT
public:
    /// Paints a document to PDF bytes (documents/DocumentRenderer); the caller supplies it, so that services
    /// do not depend on the layout.
    using Renderer = std::function<Result<QByteArray>(const OfficialDocument &)>;

    DocumentService(Database &db, const Clock &clock, QString actor, CampaignService &campaigns,
                    QObject *parent = nullptr);

    [[nodiscard]] Result<std::vector<DocumentRecord>> documents(CampaignId campaign) const;
    [[nodiscard]] Result<DocumentRecord> document(DocumentId id) const;

    [[nodiscard]] Result<DocumentId> createDraft(CampaignId campaign, const OfficialDocument &content);
    [[nodiscard]] Result<void> saveDraft(DocumentId id, const OfficialDocument &content);
    [[nodiscard]] Result<void> deleteDraft(DocumentId id);

    /// Issues a draft: refuses one that still holds placeholders (【…】) or lacks a title or addressee, a
    /// chosen number its series already used in that year, and a date outside the campaign's year.
    [[nodiscard]] Result<DocumentRecord> issue(DocumentId id, const Renderer &render, IssueChoice choice = {});
    /// Drafts and issues `content` as one unit of work: the draft, its number and the exact PDF bytes are
    /// stored in one transaction, so a failure or a kill at any moment leaves either nothing or an issued
    /// document whose stored PDF reprints (no orphan draft, no number without its PDF). The caller writes the
    /// file from reprint() afterwards.
    [[nodiscard]] Result<DocumentRecord> issueNew(CampaignId campaign, const OfficialDocument &content,
                                                  const Renderer &render, IssueChoice choice = {});
    /// Why `choice` cannot be used for a document of `kind` in `campaign`, or nothing; with number 0 it
    /// also says which number would be proposed (in `proposed`).
    [[nodiscard]] Result<void> checkChoice(const Campaign &campaign, DocumentKind kind, const IssueChoice &choice,
                                           int *proposed = nullptr) const;
    /// Voids an issued document; its number stays taken, recorded as voided with `reason`.
    [[nodiscard]] Result<void> voidDocument(DocumentId id, const QString &reason);
    /// The PDF exactly as issued, after checking it against its stored SHA-256.
    [[nodiscard]] Result<QByteArray> reprint(DocumentId id) const;
    /// Every number of a series in a year in use (issued or voided), ascending.
    [[nodiscard]] Result<std::vector<int>> numbersInUse(const QString &series, int year) const;

    /// The series a kind is numbered in: the campaign plan's own (奈司字 from 奈司字〔2022〕11号) for
    /// notices, and the same with 监 for supervision notices (奈司监).
    [[nodiscard]] static QString seriesFor(const Campaign &campaign, DocumentKind kind);
    /// A number the series already used outside this file in `year` (the plan's own), or 0.
    [[nodiscard]] static int numberUsedByPlan(const Campaign &campaign, const QString &series, int year);
    /// What keeps `content` from being issued, or nothing.
    [[nodiscard]] static Result<void> checkIssuable(const OfficialDocument &content);

Q_SIGNALS:
    void documentAdded(oversight::DocumentId id, oversight::CampaignId campaign);
    void documentChanged(oversight::DocumentId id);
    void documentRemoved(oversight::DocumentId id, oversight::CampaignId campaign);
    /// A supervision notice drafted from case `id` was issued; its number is in the case's history.
    void caseNoticeIssued(oversight::ComplaintId id);

private:
    /// issue()'s work inside the caller's transaction; returns the case a supervision notice was for.
    Result<ComplaintId> issueWithin(WriteScope &scope, DocumentId id, const Renderer &render,
                                    const IssueChoice &choice);
    /// The signals of an issued document, once its write is committed.
    void announceIssued(DocumentId id, ComplaintId forCase);

    Database &m_db;
    const Clock &m_clock;
    QString m_actor;
    CampaignService &m_campaigns;
};

} // namespace oversight
