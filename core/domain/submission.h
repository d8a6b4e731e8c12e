#pragma once

#include "campaign.h"
#include "formdata.h"
#include "ids.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace oversight {

/// One unit's copy of one form or written report (附件 or 书面材料) and where it stands. A unit × item with
/// nothing received is Missing and has no stored row.
struct Submission
{
    enum class Status
    {
        Missing,
        Received,
        Returned, ///< sent back to the unit with a reason; it resubmits
        Accepted,
    };

    SubmissionId id;
    CampaignId campaign;
    UnitId unit;
    QString item; ///< the form's id (附件5-2) or the written report's id
    Status status = Status::Missing;
    QDate firstReceivedOn; ///< the first receipt: late days count from it, a resubmission does not move it
    QDate receivedOn;      ///< the latest receipt
    QString filledBy;      ///< 填报人
    QString phone;         ///< 联系电话
    QDate filledOn;        ///< 填报日期
    QString note;          ///< the reviewer's note (a return's reason, an acceptance note)
    FormData data;
    QString evidenceSha256; ///< a written report's evidence file in the attachment store
    QString evidenceName;

    /// Days past `due` of the first receipt (0 when on time or not received).
    [[nodiscard]] int lateDays(const Deadline *due) const { return due ? due->lateDays(firstReceivedOn) : 0; }
};

/// One step of a submission's history, with who and when.
struct SubmissionEvent
{
    qint64 id = 0;
    SubmissionId submission;
    QDateTime at;
    QString actor;
    QString action; ///< receive, resubmit, save, return, accept, reopen, evidence
    Submission::Status from = Submission::Status::Missing;
    Submission::Status to = Submission::Status::Missing;
    QDate on;
    QString note;
};

class SubmissionText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::SubmissionText)
};

/// The status words of the JSON contract: missing, received, returned, accepted.
[[nodiscard]] QString submissionStatusKey(Submission::Status s);
[[nodiscard]] std::optional<Submission::Status> submissionStatusFromKey(const QString &key);
[[nodiscard]] QString submissionStatusLabel(Submission::Status s);
[[nodiscard]] QString submissionActionLabel(const QString &action);

/// The workflow: missing → received → returned → received (resubmitted) … → accepted; an accepted form can
/// be reopened (returned) when a fault shows up later.
[[nodiscard]] bool canMove(Submission::Status from, Submission::Status to);

/// The self-check figures of one unit from its 附件2 (the form holding the cases_total and
/// cases_self_checked fields): from the received or accepted copy, never a returned one. nullopt when the
/// unit has none. The one place the status report and the pages take these figures from forms.
[[nodiscard]] std::optional<SelfCheckFigures> selfCheckFromSubmissions(const Campaign &campaign,
                                                                       const std::vector<Submission> &ofUnit);

} // namespace oversight
