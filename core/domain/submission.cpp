#include "submission.h"

#include "enumnames.h"

namespace oversight {

namespace {

constexpr EnumName<Submission::Status> statusRows[] = {
    {Submission::Status::Missing, "missing", nullptr,
     QT_TRANSLATE_NOOP("oversight::SubmissionText", "missing")},
    {Submission::Status::Received, "received", nullptr,
     QT_TRANSLATE_NOOP("oversight::SubmissionText", "received")},
    {Submission::Status::Returned, "returned", nullptr,
     QT_TRANSLATE_NOOP("oversight::SubmissionText", "returned")},
    {Submission::Status::Accepted, "accepted", nullptr,
     QT_TRANSLATE_NOOP("oversight::SubmissionText", "accepted")},
};
constexpr EnumNames statusNames(statusRows, "oversight::SubmissionText");

} // namespace

QString submissionStatusKey(Submission::Status s)
{
    return statusNames.key(s);
}

std::optional<Submission::Status> submissionStatusFromKey(const QString &key)
{
    return statusNames.fromKey(key);
}

QString submissionStatusLabel(Submission::Status s)
{
    return statusNames.label(s);
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
