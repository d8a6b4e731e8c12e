#pragma once

#include "normative.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace oversight {

/// Which documents the filing register shows: a plain predicate, as ComplaintFilter, that the normative
/// page applies (and a report or the command line may share).
struct FilingFilter
{
    /// Besides a review result: what a document's state is.
    enum class State
    {
        Any,
        NotReviewed,       ///< filed and not reviewed yet
        UnfiledKnown,      ///< known but never filed (有件不备)
        CorrectionOverdue, ///< the correction the review asked for is past its deadline
    };

    QString text; ///< matched within title and number, case-insensitively
    UnitId unit;  ///< invalid: every unit
    State state = State::Any;
    std::optional<ReviewResult> result;
    bool onlyLate = false;
    /// The documents of a clean-up round (by id); none: every document.
    std::optional<QSet<qint64>> round;

    [[nodiscard]] bool matches(const NormativeDocument &d, int filingDays, QDate today) const;
};

} // namespace oversight
