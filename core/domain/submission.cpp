#include "submission.h"

namespace oversight {

QString submissionStatusKey(Submission::Status s)
{
    switch (s) {
    case Submission::Status::Missing:
        return QStringLiteral("missing");
    case Submission::Status::Received:
        return QStringLiteral("received");
    case Submission::Status::Returned:
        return QStringLiteral("returned");
    case Submission::Status::Accepted:
        return QStringLiteral("accepted");
    }
    return {};
}

std::optional<Submission::Status> submissionStatusFromKey(const QString &key)
{
    for (auto s : {Submission::Status::Missing, Submission::Status::Received, Submission::Status::Returned,
                   Submission::Status::Accepted})
        if (submissionStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString submissionStatusLabel(Submission::Status s)
{
    switch (s) {
    case Submission::Status::Missing:
        return SubmissionText::tr("missing");
    case Submission::Status::Received:
        return SubmissionText::tr("received");
    case Submission::Status::Returned:
        return SubmissionText::tr("returned");
    case Submission::Status::Accepted:
        return SubmissionText::tr("accepted");
    }
    return {};
}

QString submissionActionLabel(const QString &action)
{
    if (action == QLatin1String("receive"))
        return SubmissionText::tr("received");
    if (action == QLatin1String("resubmit"))
        return SubmissionText::tr("resubmitted");
    if (action == QLatin1String("save"))
        return SubmissionText::tr("edited");
    if (action == QLatin1String("return"))
        return SubmissionText::tr("returned to the unit");
    if (action == QLatin1String("accept"))
        return SubmissionText::tr("accepted");
    if (action == QLatin1String("reopen"))
        return SubmissionText::tr("reopened");
    if (action == QLatin1String("import"))
        return SubmissionText::tr("imported from a file");
    if (action == QLatin1String("evidence"))
        return SubmissionText::tr("evidence file attached");
    return action;
}

bool canMove(Submission::Status from, Submission::Status to)
{
    using S = Submission::Status;
    switch (from) {
    case S::Missing:
        return to == S::Received;
    case S::Received:
        return to == S::Returned || to == S::Accepted;
    case S::Returned:
        return to == S::Received;
    case S::Accepted:
        return to == S::Returned;
    }
    return false;
}

std::optional<SelfCheckFigures> selfCheckFromSubmissions(const Campaign &campaign,
                                                         const std::vector<Submission> &ofUnit)
{
    for (const Submission &s : ofUnit) {
        if (s.status != Submission::Status::Received && s.status != Submission::Status::Accepted)
            continue;
        const FormSpec *spec = campaign.form(s.item);
        if (!spec)
            continue;
        if (auto figures = selfCheckFigures(*spec, s.data))
            return figures;
    }
    return std::nullopt;
}

} // namespace oversight
