#include "problem.h"

namespace oversight {

namespace {

struct SourceNames
{
    Problem::Source source;
    const char *key;
    const char *word;
};

const SourceNames sourceNames[] = {
    {Problem::Source::SelfCheck, "self_check", "自查"},
    {Problem::Source::SpotCheck, "spot_check", "抽检"},
    {Problem::Source::Supervision, "supervision", "个案监督"},
    {Problem::Source::Complaint, "complaint", "投诉举报"},
    {Problem::Source::CallBack, "callback", "回访"},
    {Problem::Source::UpperCheck, "upper_check", "上级抽查"},
};

struct StatusNames
{
    Problem::Status status;
    const char *key;
    const char *word;
};

const StatusNames statusNames[] = {
    {Problem::Status::Open, "open", "待整改"},
    {Problem::Status::InProgress, "in_progress", "整改中"},
    {Problem::Status::AwaitingVerification, "awaiting_verification", "待核查"},
    {Problem::Status::Closed, "closed", "已销号"},
};

} // namespace

QString problemSourceKey(Problem::Source source)
{
    for (const SourceNames &n : sourceNames)
        if (n.source == source)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<Problem::Source> problemSourceFromKey(const QString &key)
{
    for (const SourceNames &n : sourceNames)
        if (key == QLatin1String(n.key))
            return n.source;
    return std::nullopt;
}

QString problemSourceWord(Problem::Source source)
{
    for (const SourceNames &n : sourceNames)
        if (n.source == source)
            return QString::fromUtf8(n.word);
    return {};
}

QString problemSourceLabel(Problem::Source source)
{
    switch (source) {
    case Problem::Source::SelfCheck:
        return ProblemText::tr("Self-check");
    case Problem::Source::SpotCheck:
        return ProblemText::tr("Spot check");
    case Problem::Source::Supervision:
        return ProblemText::tr("Case supervision");
    case Problem::Source::Complaint:
        return ProblemText::tr("Complaint");
    case Problem::Source::CallBack:
        return ProblemText::tr("Call-back");
    case Problem::Source::UpperCheck:
        return ProblemText::tr("Upper-level spot check");
    }
    return {};
}

QString problemSourceText(const Problem &p)
{
    const QString word = problemSourceWord(p.source);
    return p.inspectingBody.isEmpty() ? word : word + QStringLiteral("（") + p.inspectingBody + QStringLiteral("）");
}

QList<Problem::Source> allProblemSources()
{
    QList<Problem::Source> all;
    for (const SourceNames &n : sourceNames)
        all.append(n.source);
    return all;
}

std::optional<Problem::Source> parseProblemSource(const QString &text)
{
    const QString t = text.trimmed();
    for (const SourceNames &n : sourceNames) {
        if (t == QLatin1String(n.key) || t == QString::fromUtf8(n.word) ||
            t.compare(problemSourceLabel(n.source), Qt::CaseInsensitive) == 0)
            return n.source;
    }
    // What clerks also write for a spot check.
    if (t == QStringLiteral("抽查") || t == QStringLiteral("评查"))
        return Problem::Source::SpotCheck;
    return std::nullopt;
}

QString problemStatusKey(Problem::Status status)
{
    for (const StatusNames &n : statusNames)
        if (n.status == status)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<Problem::Status> problemStatusFromKey(const QString &key)
{
    for (const StatusNames &n : statusNames)
        if (key == QLatin1String(n.key))
            return n.status;
    return std::nullopt;
}

QString problemStatusWord(Problem::Status status)
{
    for (const StatusNames &n : statusNames)
        if (n.status == status)
            return QString::fromUtf8(n.word);
    return {};
}

QString problemStatusLabel(Problem::Status status)
{
    switch (status) {
    case Problem::Status::Open:
        return ProblemText::tr("Open");
    case Problem::Status::InProgress:
        return ProblemText::tr("In progress");
    case Problem::Status::AwaitingVerification:
        return ProblemText::tr("Awaiting verification");
    case Problem::Status::Closed:
        return ProblemText::tr("Closed");
    }
    return {};
}

QList<Problem::Status> allProblemStatuses()
{
    QList<Problem::Status> all;
    for (const StatusNames &n : statusNames)
        all.append(n.status);
    return all;
}

std::optional<Problem::Status> parseProblemStatus(const QString &text)
{
    const QString t = text.trimmed();
    for (const StatusNames &n : statusNames) {
        if (t == QLatin1String(n.key) || t == QString::fromUtf8(n.word) ||
            t.compare(problemStatusLabel(n.status), Qt::CaseInsensitive) == 0)
            return n.status;
    }
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
        problems.append({QStringLiteral("inspecting_body"),
                         ProblemText::tr("Inspecting body: only an upper-level spot check (上级抽查) names one; "
                                         "clear it or change the source.")});
    if (p.originKind.isEmpty() != (p.originId <= 0))
        problems.append({QStringLiteral("origin"),
                         ProblemText::tr("Origin: a link back names both the kind of record and its id.")});
    return problems;
}

QString ProblemText::fieldLabel(const QString &field)
{
    if (field == QLatin1String("unit"))
        return tr("Unit");
    if (field == QLatin1String("area"))
        return tr("Reform area");
    if (field == QLatin1String("source"))
        return tr("Source");
    if (field == QLatin1String("inspecting_body"))
        return tr("Inspecting body");
    if (field == QLatin1String("description"))
        return tr("Problem");
    if (field == QLatin1String("measure"))
        return tr("Measure");
    if (field == QLatin1String("owner"))
        return tr("Responsible person");
    if (field == QLatin1String("deadline"))
        return tr("Deadline");
    if (field == QLatin1String("status"))
        return tr("Status");
    return field;
}

} // namespace oversight
