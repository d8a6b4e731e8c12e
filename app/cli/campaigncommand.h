#pragma once

#include "command.h"
#include "domain/campaign.h"
#include "storage/campaignrepository.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace oversight {

class Workspace;

/// `campaign list | show [CODE|ID] | clone --year YYYY [--from CODE|ID] | use CODE|ID`: the campaigns in the
/// file. list and show only read (they work while the desktop app has the file open); clone and use write.
class CampaignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CampaignCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("campaign"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;

    /// The campaign a CODE or a numeric ID names; a NotFound error (exit 2) otherwise.
    /// The campaign named by code or id, or the current one when none is named.
    [[nodiscard]] static Result<CampaignId> choose(Workspace &workspace,
                                                   const std::optional<QString> &codeOrId);
    [[nodiscard]] static Result<CampaignId> resolve(const std::vector<CampaignRow> &rows,
                                                    const QString &codeOrId);
    /// The readable text of `campaign show`.
    [[nodiscard]] static QString describe(const Campaign &campaign, bool isCurrent);

private:
    ExitCode list(CliContext &context, ArgumentList &arguments);
    ExitCode show(CliContext &context, ArgumentList &arguments);
    ExitCode clone(CliContext &context, ArgumentList &arguments);
    ExitCode use(CliContext &context, ArgumentList &arguments);
};

} // namespace oversight
