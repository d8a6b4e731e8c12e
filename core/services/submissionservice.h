#pragma once

#include "domain/result.h"
#include "domain/submission.h"
#include "services/servicesfwd.h"

#include <QHash>
#include <QObject>

#include <utility>
#include <vector>

namespace oversight {

/// What comes with a form when it is handed in.
struct Receipt
{
    QDate receivedOn;
    QString filledBy; ///< 填报人
    QString phone;    ///< 联系电话
    QDate filledOn;   ///< 填报日期
    QString note;
};

/// The only writer of submissions (forms 附件1–7 and written reports per unit). The workflow is
/// missing → received → returned (with a reason; the unit resubmits) → received … → accepted; a form with
/// errors cannot be accepted. Each step is checked, written in one transaction with its history entry and
/// audit entry, and announced by submissionChanged() after the commit.
class SubmissionService final : public QObject
{
    Q_OBJECT
public:
    SubmissionService(Database &db, const Clock &clock, CampaignService &campaigns, QString actor,
                      QObject *parent = nullptr);

    /// Every stored submission of the campaign (Missing ones have no row and are not listed).
    [[nodiscard]] Result<std::vector<Submission>> submissions(CampaignId campaign) const;
    /// What one unit has handed in, item (附件1 …, a written report's id) → status; items it has not are
    /// absent (Missing). What a reminder (催报通知) asks for is read from this.
    [[nodiscard]] Result<QHash<QString, Submission::Status>> statusesOf(CampaignId campaign, UnitId unit) const;
    /// The unit's submission of `item`, Missing (without id) when nothing was received.
    [[nodiscard]] Result<Submission> submission(CampaignId campaign, UnitId unit, const QString &item) const;
    [[nodiscard]] Result<Submission> submission(SubmissionId id) const;
    [[nodiscard]] Result<std::vector<SubmissionEvent>> history(SubmissionId id) const;
    /// The findings of a form's checks on `data` as of today; empty for a written report.
    [[nodiscard]] Result<std::vector<FormFinding>> findings(CampaignId campaign, const QString &item,
                                                            const FormData &data) const;
    /// Where a written report's evidence file lives.
    [[nodiscard]] QString evidencePath(const Submission &s) const;

    /// Records a form or report as received: a missing one becomes received, a returned one is resubmitted
    /// (its first receipt date stays, for the late days). `action` names the history entry ("receive",
    /// or "import" for a file). A received one is refused: save() edits it.
    [[nodiscard]] Result<SubmissionId> receive(CampaignId campaign, UnitId unit, const QString &item,
                                               const Receipt &receipt, const FormData &data,
                                               const QString &action = QStringLiteral("receive"));
    /// Saves edited data and receipt details of a received or returned submission; an accepted one is
    /// reopened first.
    [[nodiscard]] Result<void> save(SubmissionId id, const Receipt &receipt, const FormData &data,
                                    const QString &action = QStringLiteral("save"));
    /// Sends it back to the unit: the reason is required and kept.
    [[nodiscard]] Result<void> returnToUnit(SubmissionId id, const QString &reason);
    /// Accepts it; refused while the form's checks find an error. Warnings are kept in the history's note.
    [[nodiscard]] Result<void> accept(SubmissionId id, const QString &note = {});
    /// Copies an evidence file (a written report's scan) into the attachment store and links it.
    [[nodiscard]] Result<void> attachEvidence(SubmissionId id, const QString &filePath);

Q_SIGNALS:
    void submissionChanged(oversight::SubmissionId id, oversight::UnitId unit, const QString &item);

private:
    [[nodiscard]] Result<Campaign> campaignOf(SubmissionId id) const;
    /// The stored submission `id` (its catalogue not filled in) with its campaign: what a step starts from.
    [[nodiscard]] Result<std::pair<Campaign, Submission>> loaded(SubmissionId id) const;
    [[nodiscard]] Result<void> checkReceipt(const Receipt &receipt) const;
    /// `s` as the catalogue view shows it (附件2's rows are the unit's case catalogue).
    [[nodiscard]] Result<Submission> withCatalogue(const Campaign &campaign, Result<Submission> s) const;
    /// Refuses figures typed against the form's own rows (from_rows), naming each.
    [[nodiscard]] Result<void> checkRowFigures(const Campaign &campaign, const QString &item,
                                               const FormData &data) const;
    /// Writes `after` (inserted when it has no id) with its history and audit entries, in one transaction.
    [[nodiscard]] Result<SubmissionId> write(const Campaign &campaign, const Submission &before,
                                             Submission after, const QString &action, QDate on,
                                             const QString &note);

    Database &m_db;
    const Clock &m_clock;
    CampaignService &m_campaigns;
    QString m_actor;
};

} // namespace oversight
