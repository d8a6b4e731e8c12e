#include "statuscommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "services/workspace.h"
#include "statusreport.h"

#include <QJsonDocument>
#include <QTextStream>

namespace oversight {

QList<Command::Usage> StatusCommand::usage() const
{
    return {{tr("status [--json]"), tr("the current campaign's compliance picture on --today")}};
}

ExitCode StatusCommand::run(CliContext &context, ArgumentList &arguments)
{
    const bool json = arguments.takeFlag(QStringLiteral("--json"));
    if (!arguments.finished())
        return context.usageError(arguments.error());

    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const Result<CampaignId> campaign = CliContext::currentCampaign(workspace);
    if (!campaign)
        return context.fail(campaign.error());
    const Result<StatusReport> report = StatusReport::build(workspace, *campaign, workspace.clock().today());
    if (!report)
        return context.fail(report.error());

    if (json)
        context.out() << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
    else
        context.out() << report->toText();
    context.out().flush();
    return ExitCode::Done;
}

} // namespace oversight
