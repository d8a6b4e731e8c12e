#pragma once

#include <QMetaType>
#include <QtGlobal>

#include <compare>

namespace oversight {

/// A typed row id, so that a UnitId can never be passed where a CampaignId is wanted.
template <typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    [[nodiscard]] constexpr bool isValid() const { return value > 0; }
    friend constexpr auto operator<=>(Id, Id) = default;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using CampaignId = Id<struct CampaignTag>;
using UnitId = Id<struct UnitTag>;

} // namespace oversight

Q_DECLARE_METATYPE(oversight::CampaignId)
Q_DECLARE_METATYPE(oversight::UnitId)
