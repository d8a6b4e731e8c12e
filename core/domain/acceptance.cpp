#include "acceptance.h"

namespace oversight {

namespace {
struct Names
{
    Acceptance::Conclusion conclusion;
    const char *key;
    const char *word;
    const char *english;
};
const Names names[] = {
    {Acceptance::Conclusion::Pass, "pass", "合格", "pass"},
    {Acceptance::Conclusion::BasicPass, "basic_pass", "基本合格", "basic pass"},
    {Acceptance::Conclusion::Fail, "fail", "不合格", "fail"},
};
} // namespace

QString acceptanceKey(Acceptance::Conclusion c)
{
    for (const Names &n : names)
        if (n.conclusion == c)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<Acceptance::Conclusion> acceptanceFromKey(const QString &key)
{
    for (const Names &n : names)
        if (key == QLatin1String(n.key))
            return n.conclusion;
    return std::nullopt;
}

QString acceptanceWord(Acceptance::Conclusion c)
{
    for (const Names &n : names)
        if (n.conclusion == c)
            return QString::fromUtf8(n.word);
    return {};
}

std::optional<Acceptance::Conclusion> parseAcceptance(const QString &text)
{
    const QString t = text.trimmed();
    for (const Names &n : names)
        if (t == QString::fromUtf8(n.word) || t == QLatin1String(n.key) ||
            t.compare(QLatin1String(n.english), Qt::CaseInsensitive) == 0)
            return n.conclusion;
    return std::nullopt;
}

QList<Acceptance::Conclusion> allAcceptanceConclusions()
{
    QList<Acceptance::Conclusion> out;
    for (const Names &n : names)
        out.append(n.conclusion);
    return out;
}

QString acceptanceProblem(const Acceptance &a)
{
    if (!a.decidedOn.isValid())
        return AcceptanceText::tr("Decided on: enter the day of the acceptance check (YYYY-MM-DD).");
    if (a.conclusion != Acceptance::Conclusion::Pass && a.reasons.trimmed().isEmpty())
        return AcceptanceText::tr("Reasons: a conclusion of %1 says why (what is not rectified, what falls short).")
            .arg(acceptanceWord(a.conclusion));
    return {};
}

} // namespace oversight
