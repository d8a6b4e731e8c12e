#pragma once

#include "domain/campaign.h"
#include "domain/normative.h"
#include "domain/result.h"
#include "services/servicesfwd.h"

#include <QObject>

#include <vector>

namespace oversight {

/// What the bureau decides when it reviews a filed document (审查).
struct ReviewDraft
{
    ReviewResult result = ReviewResult::Lawful;
    QString reviewer;
    QDate on;
    QString opinion;
    QDate correctBy; ///< required for 不合法，应予纠正, optional for 建议修改, none for 合法
};

/// How an import of a filing list would change the register.
struct FilingImportCounts
{
    int added = 0;
    int updated = 0; ///< a known-unfiled document now filed, or its title or dates changed
    int unchanged = 0;
};

/// The only writer of normative-document filing supervision (规范性文件备案监督): filings with their
/// materials, reviews and corrections, documents known but unfiled (有件不备), zero reports (零报告) and
/// clean-up rounds (清理). Every write is checked first, runs in one transaction with its audit entry, and is
/// announced by a signal after it committed.
class NormativeService final : public QObject
{
    Q_OBJECT
public:
    /// `ledger` is where raiseProblem() writes.
    NormativeService(Database &db, const Clock &clock, CampaignService &campaigns, LedgerService &ledger,
                     QString actor, QObject *parent = nullptr);

    /// The campaign's filing days and zero-report period.
    [[nodiscard]] Result<CampaignRules> rules(CampaignId campaign) const;

    [[nodiscard]] Result<std::vector<NormativeDocument>> documents(CampaignId campaign) const;
    [[nodiscard]] Result<NormativeDocument> document(NormativeDocumentId id) const;

    /// Trims the texts as the service stores them.
    [[nodiscard]] static NormativeDocument normalized(NormativeDocument document);
    /// Everything add()/update() would refuse, without writing: for dialogs and imports.
    [[nodiscard]] Result<void> check(const NormativeDocument &document) const;

    /// Registers a document: a filing (filing date set) or a document known but not filed (no filing date;
    /// say where it was seen). Review and correction fields are ignored: review() sets them.
    [[nodiscard]] Result<NormativeDocumentId> add(NormativeDocument document);
    /// Saves edited registration fields (unit, title, number, dates, materials, where seen); the review
    /// stays as it is.
    [[nodiscard]] Result<void> update(NormativeDocument document);
    /// Files a document the bureau knew of (有件不备 clears) or corrects a filing's date and materials.
    [[nodiscard]] Result<void> file(NormativeDocumentId id, QDate filedOn, int materials);
    /// Records the review result; a result that asks for no correction clears any correction fields.
    [[nodiscard]] Result<void> review(NormativeDocumentId id, const ReviewDraft &review);
    /// Records how a document to be corrected ended.
    [[nodiscard]] Result<void> recordCorrection(NormativeDocumentId id, CorrectionOutcome outcome, QDate on,
                                                const QString &note);
    /// Deletes a document entered by mistake (one in a clean-up round keeps the round's copy of its data).
    [[nodiscard]] Result<void> remove(NormativeDocumentId id);
    /// Puts a document the review asked to correct into the rectification ledger: one problem for its unit
    /// (area 规范性文件备案监督, deadline the correction deadline), linked both ways, in one transaction.
    /// Refused for a document that needs no correction or whose problem is already in the ledger.
    [[nodiscard]] Result<ProblemId> raiseProblem(NormativeDocumentId id);

    /// How importFilings() would change the register, without writing.
    [[nodiscard]] Result<FilingImportCounts> planFilings(CampaignId campaign,
                                                         const std::vector<NormativeDocument> &filings) const;
    /// A filing list in one transaction: a unit's document number already in the register updates that
    /// document (filing a known-unfiled one), a new number adds one. All or nothing.
    [[nodiscard]] Result<FilingImportCounts> importFilings(CampaignId campaign,
                                                           std::vector<NormativeDocument> filings);

    [[nodiscard]] Result<std::vector<ZeroReport>> zeroReports(CampaignId campaign) const;
    /// Records a zero report. Refused for a period that has not started, a unit that already reported the
    /// period, or one that filed a document issued in it (no zero report is needed then).
    [[nodiscard]] Result<qint64> addZeroReport(ZeroReport report);
    [[nodiscard]] Result<void> removeZeroReport(qint64 id);
    /// Every unit's standing for every period of the campaign's year, on `today`.
    [[nodiscard]] Result<std::vector<PeriodStatus>> periodStatuses(CampaignId campaign, QDate today) const;

    [[nodiscard]] Result<std::vector<CleanupRound>> rounds(CampaignId campaign) const;
    [[nodiscard]] Result<CleanupRound> round(CleanupRoundId id) const;
    [[nodiscard]] Result<CleanupRoundId> addRound(CleanupRound round);
    [[nodiscard]] Result<void> updateRound(CleanupRound round);
    [[nodiscard]] Result<std::vector<CleanupItem>> items(CleanupRoundId round) const;
    /// Adds a document to a round (from the register when `document` is set: its unit, title and number are
    /// copied).
    [[nodiscard]] Result<qint64> addItem(CleanupItem item);
    /// Saves an item's fields and decision (a decision needs its date; no decision clears the date).
    [[nodiscard]] Result<void> updateItem(CleanupItem item);
    [[nodiscard]] Result<void> removeItem(qint64 id);

Q_SIGNALS:
    void documentsChanged(oversight::CampaignId campaign);
    void zeroReportsChanged(oversight::CampaignId campaign);
    void roundsChanged(oversight::CampaignId campaign);

private:
    [[nodiscard]] Result<void> checkItem(const CleanupItem &item, CampaignId campaign) const;
    [[nodiscard]] Result<void> checkUnit(UnitId unit, CampaignId campaign, const QString &field) const;
    [[nodiscard]] Result<void> saveDocument(const NormativeDocument &before, NormativeDocument after,
                                            const QString &action);

    Database &m_db;
    const Clock &m_clock;
    CampaignService &m_campaigns;
    LedgerService &m_ledger;
    QString m_actor;
};

} // namespace oversight
