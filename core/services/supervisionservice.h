#pragma once

#include "domain/callback.h"
#include "domain/complaint.h"
#include "domain/result.h"
#include "services/servicesfwd.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <vector>

namespace oversight {

/// What the bureau decides when it issues a supervision notice (执法监督通知书).
struct NoticeDraft
{
    QDate issuedOn;
    QString facts;    ///< 基本事实
    QString reasons;  ///< 监督理由
    QString decision; ///< 监督意见: what the unit must do
    QString basis;    ///< 法律依据
    QDate correctBy;  ///< optional: the correction is due by this day
    QDate replyDue;   ///< the unit's written reply is due by this day
};

/// The only writer of complaints, supervision cases, their findings and attachments, and call-backs.
/// Every write is checked first, runs in one transaction together with the case's history entry and the
/// audit entry, and is announced by a precise signal after it committed. The complainant's name and contact
/// never reach the audit log: it records only that they were recorded or changed.
class SupervisionService final : public QObject
{
    Q_OBJECT
public:
    /// `ledger` takes over every problem found: addFinding() makes the finding a problem of its unit in
    /// the same transaction (its text masked of the complainant), and edits and removals follow it there.
    SupervisionService(Database &db, const Clock &clock, CampaignService &campaigns, LedgerService &ledger,
                       QString actor, QObject *parent = nullptr);

    [[nodiscard]] Result<std::vector<Complaint>> complaints(CampaignId campaign) const;
    [[nodiscard]] Result<Complaint> complaint(ComplaintId id) const;
    [[nodiscard]] Result<std::vector<ComplaintEvent>> history(ComplaintId id) const;
    [[nodiscard]] Result<std::vector<ComplaintFinding>> findings(ComplaintId id) const;
    [[nodiscard]] Result<std::vector<ComplaintFinding>> findingsOfCallBack(CallBackId id) const;
    /// Every finding of the campaign, for the rectification ledger to take over.
    [[nodiscard]] Result<std::vector<ComplaintFinding>> findingsOfCampaign(CampaignId campaign) const;
    [[nodiscard]] Result<std::vector<ComplaintAttachment>> attachments(ComplaintId id) const;
    /// Where an attachment's stored copy lives.
    [[nodiscard]] QString attachmentPath(const ComplaintAttachment &attachment) const;
    /// The campaign's handling time of a case, in days from receipt.
    [[nodiscard]] Result<int> handlingDays(CampaignId campaign) const;

    /// Trims the texts as the service stores them.
    [[nodiscard]] static Complaint normalized(Complaint complaint);
    /// Everything intake()/updateIntake() would refuse, without writing: for dialogs and imports.
    [[nodiscard]] Result<void> check(const Complaint &complaint) const;

    /// Registers a complaint (status registered); gives it its reference and handling deadline.
    [[nodiscard]] Result<ComplaintId> intake(Complaint complaint);
    /// Several complaints in one transaction: all are registered or none (imports).
    [[nodiscard]] Result<std::vector<ComplaintId>> intakeAll(std::vector<Complaint> complaints);
    /// Saves edited intake fields (channel, dates, unit, enterprise, summary, complainant); the workflow
    /// fields stay as they are. The handling deadline follows a changed received date.
    [[nodiscard]] Result<void> updateIntake(Complaint complaint);

    // The workflow. Each step refuses a case that is not in the state it starts from, saying which step
    // the case is ready for; dates may not lie in the future or before the previous step.
    [[nodiscard]] Result<void> startInvestigation(ComplaintId id, const QString &note = {});
    [[nodiscard]] Result<void> recordNoViolation(ComplaintId id, QDate on, const QString &note);
    [[nodiscard]] Result<void> issueNotice(ComplaintId id, const NoticeDraft &notice,
                                           const QString &note = {});
    /// Referral to the discipline inspection body (移交纪检监察机关): the date and a note are required.
    [[nodiscard]] Result<void> refer(ComplaintId id, QDate on, const QString &note);
    [[nodiscard]] Result<void> recordReply(ComplaintId id, QDate on, const QString &content);
    [[nodiscard]] Result<void> close(ComplaintId id, QDate on, const QString &note = {});

    /// Records a problem found by a case (complaint set) or a call-back (callBack set), and puts it in the
    /// rectification ledger (the finding's problem). A call-back's finding needs the call-back's unit.
    [[nodiscard]] Result<qint64> addFinding(ComplaintFinding finding);
    [[nodiscard]] Result<void> updateFinding(ComplaintFinding finding);
    [[nodiscard]] Result<void> removeFinding(qint64 findingId);

    /// Copies a file into the attachments folder (by SHA-256) and lists it with the case. Attaching the same
    /// content twice lists it once.
    [[nodiscard]] Result<ComplaintAttachment> attach(ComplaintId id, const QString &filePath);

    [[nodiscard]] Result<std::vector<CallBack>> callBacks(CampaignId campaign) const;
    [[nodiscard]] Result<CallBack> callBack(CallBackId id) const;
    [[nodiscard]] Result<CallBackId> addCallBack(CallBack callBack);
    [[nodiscard]] Result<void> updateCallBack(CallBack callBack);
    /// Opens a complaint (channel 回访发现) from what the enterprise said on a call-back, and links the two.
    /// The call-back must name the unit concerned.
    [[nodiscard]] Result<ComplaintId> openComplaintFromCallBack(CallBackId id, const QString &summary = {});

Q_SIGNALS:
    void complaintAdded(oversight::ComplaintId id, oversight::CampaignId campaign);
    void complaintChanged(oversight::ComplaintId id);
    void callBackAdded(oversight::CallBackId id, oversight::CampaignId campaign);
    void callBackChanged(oversight::CallBackId id);

private:
    using Mutation = std::function<Result<void>(Complaint &)>;
    /// One workflow step: checks the transition, applies `mutate`, saves, appends history and audit.
    [[nodiscard]] Result<void> step(ComplaintId id, Complaint::Status to, const QString &action, QDate on,
                                    const QString &note, const Mutation &mutate);
    /// `origin`: empty for a plain intake, "import" or "callback" (recorded as the history's action).
    [[nodiscard]] Result<ComplaintId> insertComplaint(WriteScope &scope, Complaint complaint,
                                                      const QString &origin);
    /// Writes `complaint` over its stored row with its history `event` (stamped now), audited as `note`,
    /// and announces the change.
    [[nodiscard]] Result<void> saveCase(const Complaint &complaint, ComplaintEvent event,
                                        const AuditNote &note);
    [[nodiscard]] Result<void> checkFinding(const ComplaintFinding &finding) const;
    [[nodiscard]] Result<void> checkCallBack(const CallBack &callBack) const;
    /// A finding's text as the audit log may hold it: masked of its case's complainant.
    [[nodiscard]] QString auditText(const ComplaintFinding &finding, const QString &text) const;
    /// The finding with its description and measure as auditText() gives them: what the ledger and the
    /// audit log get.
    [[nodiscard]] ComplaintFinding maskedFinding(const ComplaintFinding &finding) const;
    /// A finding's fields as the audit log records them; `masked` comes from maskedFinding().
    [[nodiscard]] static QJsonObject findingFields(const ComplaintFinding &masked);
    /// The change signal of the case or the call-back a finding belongs to.
    void announceFinding(const ComplaintFinding &finding);

    Database &m_db;
    const Clock &m_clock;
    CampaignService &m_campaigns;
    LedgerService &m_ledger;
    QString m_actor;
};

} // namespace oversight
