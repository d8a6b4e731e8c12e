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
using DocumentId = Id<struct DocumentTag>;
using ComplaintId = Id<struct ComplaintTag>;
using CallBackId = Id<struct CallBackTag>;
using ProblemId = Id<struct ProblemTag>;
using SubmissionId = Id<struct SubmissionTag>;
using CaseFileId = Id<struct CaseFileTag>;
using DrawId = Id<struct DrawTag>;
using NormativeDocumentId = Id<struct NormativeDocumentTag>;
using CleanupRoundId = Id<struct CleanupRoundTag>;

} // namespace oversight

Q_DECLARE_METATYPE(oversight::CampaignId)
Q_DECLARE_METATYPE(oversight::UnitId)
Q_DECLARE_METATYPE(oversight::DocumentId)
Q_DECLARE_METATYPE(oversight::ComplaintId)
Q_DECLARE_METATYPE(oversight::CallBackId)
Q_DECLARE_METATYPE(oversight::ProblemId)
Q_DECLARE_METATYPE(oversight::SubmissionId)
Q_DECLARE_METATYPE(oversight::CaseFileId)
Q_DECLARE_METATYPE(oversight::DrawId)
Q_DECLARE_METATYPE(oversight::NormativeDocumentId)
Q_DECLARE_METATYPE(oversight::CleanupRoundId)
