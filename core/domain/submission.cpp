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

constexpr KeyLabel actionLabels[] = {
    {"receive", QT_TRANSLATE_NOOP("oversight::SubmissionText", "received")},
    {"resubmit", QT_TRANSLATE_NOOP("oversight::SubmissionText", "resubmitted")},
    {"save", QT_TRANSLATE_NOOP("oversight::SubmissionText", "edited")},
    {"return", QT_TRANSLATE_NOOP("oversight::SubmissionText", "returned to the unit")},
    {"accept", QT_TRANSLATE_NOOP("oversight::SubmissionText", "accepted")},
    {"reopen", QT_TRANSLATE_NOOP("oversight::SubmissionText", "reopened")},
    {"import", QT_TRANSLATE_NOOP("oversight::SubmissionText", "imported from a file")},
    {"evidence", QT_TRANSLATE_NOOP("oversight::SubmissionText", "evidence file attached")},
};

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
    return labelOfKey(actionLabels, "oversight::SubmissionText", action);
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
