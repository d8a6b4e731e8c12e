#pragma once

namespace oversight {

/// The plan's self-check rule: each unit examines at least 30% of last year's case files itself.
/// Shared by the forms (附件2 figures) and the case catalogues, so both give the same answer.
struct SelfCheckFigures
{
    int total = 0;   ///< case files closed last year
    int checked = 0; ///< of which the unit examined itself

    /// ceil(30% × total) in integer arithmetic: 47 → 15, 10 → 3, 0 → 0.
    [[nodiscard]] static constexpr int requiredFor(int total)
    {
        return total <= 0 ? 0 : (3 * total + 9) / 10;
    }
    [[nodiscard]] constexpr int required() const { return requiredFor(total); }
    /// Met when enough files were examined (a unit with no cases meets it); more than the total is never met.
    [[nodiscard]] constexpr bool ok() const
    {
        return checked >= required() && checked <= total && checked >= 0;
    }
};

static_assert(SelfCheckFigures::requiredFor(47) == 15);
static_assert(SelfCheckFigures::requiredFor(10) == 3);
static_assert(SelfCheckFigures::requiredFor(11) == 4);
static_assert(SelfCheckFigures::requiredFor(0) == 0);
static_assert(!SelfCheckFigures{47, 14}.ok() && SelfCheckFigures{47, 15}.ok() && SelfCheckFigures{0, 0}.ok());

} // namespace oversight
