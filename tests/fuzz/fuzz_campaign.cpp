// libFuzzer target: the campaign loader (JSON → Campaign with every check) and the year shift of `clone`.
#include "campaign/campaignloader.h"

#include <cstddef>
#include <cstdint>

using namespace oversight;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Campaign> campaign = CampaignLoader::parse(json);
    if (!campaign) {
        if (campaign.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    // A campaign that loads can be moved to another year, and the result loads again.
    const Result<QByteArray> shifted = CampaignLoader::shiftToYear(json, campaign->year + 1);
    if (shifted)
        (void)CampaignLoader::parse(*shifted);
    return 0;
}
