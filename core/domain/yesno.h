#pragma once

#include <QString>
#include <QStringList>

namespace oversight {

/// Yes and no as the campaign's forms, the import templates and their cells write them: 是 and 否.
[[nodiscard]] inline QString yesWord()
{
    return QStringLiteral("是");
}
[[nodiscard]] inline QString noWord()
{
    return QStringLiteral("否");
}
[[nodiscard]] inline QString yesNoWord(bool yes)
{
    return yes ? yesWord() : noWord();
}
/// A yes/no column's drop-down: 是, 否.
[[nodiscard]] inline QStringList yesNoChoices()
{
    return {yesWord(), noWord()};
}

} // namespace oversight
