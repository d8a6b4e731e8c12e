#include "problem.h"

#include "enumnames.h"

namespace oversight {

namespace {

constexpr EnumName<Problem::Source> sourceRows[] = {
    {Problem::Source::SelfCheck, "self_check", u"自查",
     QT_TRANSLATE_NOOP("oversight::ProblemText", "Self-check")},
    {Problem::Source::SpotCheck, "spot_check", u"抽检",
     QT_TRANSLATE_NOOP("oversight::ProblemText", "Spot check")},
    {Problem::Source::Supervision, "supervision", u"个案监督",
     QT_TRANSLATE_NOOP("oversight::ProblemText", "Case supervision")},
    {Problem::Source::Complaint, "complaint", u"投诉举报",
     QT_TRANSLATE_NOOP("oversight::ProblemText", "Complaint")},
    {Problem::Source::CallBack, "callback", u"回访",
     QT_TRANSLATE_NOOP("oversight::ProblemText", "Call-back")},
    {Problem::Source::UpperCheck, "upper_check", u"上级抽查",
     QT_TRANSLATE_NOOP("oversight::ProblemText", "Upper-level spot check")},
};
constexpr EnumNames sourceNames(sourceRows, "oversight::ProblemText");

constexpr EnumName<Problem::Status> statusRows[] = {
    {Problem::Status::Open, "open", u"待整改", QT_TRANSLATE_NOOP("oversight::ProblemText", "Open")},
    {Problem::Status::InProgress, "in_progress", u"整改中",
     QT_TRANSLATE_NOOP("oversight::ProblemText", "In progress")},
    {Problem::Status::AwaitingVerification, "awaiting_verification", u"待核查",
     QT_TRANSLATE_NOOP("oversight::ProblemText", "Awaiting verification")},
    {Problem::Status::Closed, "closed", u"已销号", QT_TRANSLATE_NOOP("oversight::ProblemText", "Closed")},
};
constexpr EnumNames statusNames(statusRows, "oversight::ProblemText");

constexpr KeyLabel fieldLabels[] = {
    {"unit", QT_TRANSLATE_NOOP("oversight::ProblemText", "Unit")},
    {"area", QT_TRANSLATE_NOOP("oversight::ProblemText", "Reform area")},
    {"source", QT_TRANSLATE_NOOP("oversight::ProblemText", "Source")},
    {"inspecting_body", QT_TRANSLATE_NOOP("oversight::ProblemText", "Inspecting body")},
    {"description", QT_TRANSLATE_NOOP("oversight::ProblemText", "Problem")},
    {"measure", QT_TRANSLATE_NOOP("oversight::ProblemText", "Measure")},
    {"owner", QT_TRANSLATE_NOOP("oversight::ProblemText", "Responsible person")},
    {"deadline", QT_TRANSLATE_NOOP("oversight::ProblemText", "Deadline")},
    {"status", QT_TRANSLATE_NOOP("oversight::ProblemText", "Status")},
};

} // namespace

QString problemSourceKey(Problem::Source source)
{
    return sourceNames.key(source);
}

std::optional<Problem::Source> problemSourceFromKey(const QString &key)
{
    return sourceNames.fromKey(key);
}

QString problemSourceWord(Problem::Source source)
{
    return sourceNames.word(source);
}

QString problemSourceLabel(Problem::Source source)
{
    return sourceNames.label(source);
}

QString problemSourceText(const Problem &p)
{
    const QString word = problemSourceWord(p.source);
    return p.inspectingBody.isEmpty() ? word
                                      : word + QStringLiteral("（") + p.inspectingBody + QStringLiteral("）");
}

QList<Problem::Source> allProblemSources()
{
    return sourceNames.all();
}

std::optional<Problem::Source> parseProblemSource(const QString &text)
{
    if (auto source = sourceNames.parse(text))
        return source;
    // What clerks also write for a spot check.
    const QString t = text.trimmed();
    if (t == QStringLiteral("抽查") || t == QStringLiteral("评查"))
        return Problem::Source::SpotCheck;
    return std::nullopt;
}

QString problemStatusKey(Problem::Status status)
{
    return statusNames.key(status);
}

std::optional<Problem::Status> problemStatusFromKey(const QString &key)
{
    return statusNames.fromKey(key);
}

QString problemStatusWord(Problem::Status status)
{
    return statusNames.word(status);
}

QString problemStatusLabel(Problem::Status status)
{
    return statusNames.label(status);
}

QList<Problem::Status> allProblemStatuses()
{
    return statusNames.all();
}

std::optional<Problem::Status> parseProblemStatus(const QString &text)
{
    if (auto status = statusNames.parse(text))
        return status;
    const QString t = text.trimmed();
    if (t == QStringLiteral("已整改") || t == QStringLiteral("已完成"))
        return Problem::Status::AwaitingVerification;
    return std::nullopt;
}

bool canMove(Problem::Status from, Problem::Status to)
{
    using S = Problem::Status;
    switch (from) {
    case S::Open:
        return to == S::InProgress || to == S::AwaitingVerification;
    case S::InProgress:
        return to == S::AwaitingVerification;
    case S::AwaitingVerification:
        return to == S::Closed || to == S::InProgress;
    case S::Closed:
        return false;
    }
    return false;
}

QList<FieldError> validateProblem(const Problem &p)
{
    QList<FieldError> problems;
    if (p.area < 1 || p.area > 10)
        problems.append(
            {QStringLiteral("area"),
             ProblemText::tr("Reform area: choose one of the areas 1 to 10 (now %1).").arg(p.area)});
    if (p.description.trimmed().isEmpty())
        problems.append({QStringLiteral("description"),
                         ProblemText::tr("Problem: describe the problem to be rectified.")});
    if (!p.deadline.isValid())
        problems.append({QStringLiteral("deadline"),
                         ProblemText::tr("Deadline: enter the day the rectification is due (YYYY-MM-DD).")});
    if (!p.unit.isValid())
        problems.append(
            {QStringLiteral("unit"), ProblemText::tr("Unit: choose the unit that rectifies it.")});
    if (p.source != Problem::Source::UpperCheck && !p.inspectingBody.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("inspecting_body"),
             ProblemText::tr("Inspecting body: only an upper-level spot check (上级抽查) names one; "
                             "clear it or change the source.")});
    if (p.originKind.isEmpty() != (p.originId <= 0))
        problems.append({QStringLiteral("origin"),
                         ProblemText::tr("Origin: a link back names both the kind of record and its id.")});
    return problems;
}

QString ProblemText::fieldLabel(const QString &field)
{
    return labelOfKey(fieldLabels, "oversight::ProblemText", field);
}

} // namespace oversight
