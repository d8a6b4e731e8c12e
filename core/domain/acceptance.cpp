#include "acceptance.h"

#include "enumnames.h"

namespace oversight {

namespace {
// The English names are read by parseAcceptance only, never shown: they have no translation.
constexpr EnumName<Acceptance::Conclusion> conclusionRows[] = {
    {Acceptance::Conclusion::Pass, "pass", u"合格", "pass"},
    {Acceptance::Conclusion::BasicPass, "basic_pass", u"基本合格", "basic pass"},
    {Acceptance::Conclusion::Fail, "fail", u"不合格", "fail"},
};
constexpr EnumNames conclusionNames(conclusionRows);
} // namespace

QString acceptanceKey(Acceptance::Conclusion c)
{
    return conclusionNames.key(c);
}

std::optional<Acceptance::Conclusion> acceptanceFromKey(const QString &key)
{
    return conclusionNames.fromKey(key);
}

QString acceptanceWord(Acceptance::Conclusion c)
{
    return conclusionNames.word(c);
}

std::optional<Acceptance::Conclusion> parseAcceptance(const QString &text)
{
    return conclusionNames.parse(text);
}

QList<Acceptance::Conclusion> allAcceptanceConclusions()
{
    return conclusionNames.all();
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
