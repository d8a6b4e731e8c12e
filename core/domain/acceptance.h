#pragma once

#include "ids.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace oversight {

/// The bureau's conclusion on one unit at the summary and acceptance phase (总结验收, plan 三(五)): 合格,
/// 基本合格 or 不合格, with the reasons (required unless 合格) and the day it was decided.
struct Acceptance
{
    enum class Conclusion
    {
        Pass,      ///< 合格
        BasicPass, ///< 基本合格
        Fail,      ///< 不合格
    };
    qint64 id = 0;
    CampaignId campaign;
    UnitId unit;
    Conclusion conclusion = Conclusion::Pass;
    QString reasons;
    QDate decidedOn;

    friend bool operator==(const Acceptance &, const Acceptance &) = default;
};

/// Stored keys (pass, basic_pass, fail), stable across versions.
[[nodiscard]] QString acceptanceKey(Acceptance::Conclusion c);
[[nodiscard]] std::optional<Acceptance::Conclusion> acceptanceFromKey(const QString &key);
/// The plan's words 合格 / 基本合格 / 不合格: data (status --json, documents), never translated.
[[nodiscard]] QString acceptanceWord(Acceptance::Conclusion c);
/// Reads the word, the key or the English label (pass, basic pass, fail).
[[nodiscard]] std::optional<Acceptance::Conclusion> parseAcceptance(const QString &text);
[[nodiscard]] QList<Acceptance::Conclusion> allAcceptanceConclusions();
/// What is wrong with a conclusion as given (empty when none): reasons missing for 基本合格 / 不合格, no date.
[[nodiscard]] QString acceptanceProblem(const Acceptance &a);

class AcceptanceText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::AcceptanceText)
};

} // namespace oversight
