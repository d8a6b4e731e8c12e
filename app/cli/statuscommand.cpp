#include "statuscommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "domain/textnormal.h"
#include "services/workspace.h"
#include "services/statusreport.h"

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

    const auto opened = context.openCampaign(CliContext::Access::Read);
    if (!opened)
        return opened.failure();
    Workspace &workspace = opened.workspace();
    const CampaignId campaign = opened.campaign();
    const Result<StatusReport> report = StatusReport::build(workspace, campaign, workspace.clock().today());
    if (!report)
        return context.fail(report.error());

    // A name stored before control characters were refused must not drive the terminal.
    context.out() << escapeForTerminal(
        json ? QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented))
             : report->toText());
    context.out().flush();
    return ExitCode::Done;
}

} // namespace oversight
