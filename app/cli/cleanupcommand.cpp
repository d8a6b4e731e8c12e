#include "cleanupcommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "documents/cleanupsummary.h"
#include "services/normativeservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace oversight {

QList<Command::Usage> CleanupCommand::usage() const
{
    return {{tr("cleanup list"), tr("the clean-up rounds of normative documents, with their counts")},
            {tr("cleanup print ROUND --out FILE.pdf|FILE.xlsx"),
             tr("a round's summary table (ROUND: its id or name)")}};
}

ExitCode CleanupCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> action = arguments.takeCommand();
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    const std::optional<QString> which =
        action == QLatin1String("print") ? arguments.takePositional() : std::optional<QString>();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (action != QLatin1String("list") && action != QLatin1String("print"))
        return context.usageError(tr("cleanup: say list or print ROUND --out FILE"));
    if (action == QLatin1String("list") && out)
        return context.usageError(tr("--out belongs to cleanup print"));
    if (action == QLatin1String("print")) {
        if (!which)
            return context.usageError(tr("cleanup print: name the round (its id or name)"));
        ExitCode refused = ExitCode::Usage;
        if (!context.pdfOrXlsxOutput(out, tr("cleanup print needs --out FILE.pdf or FILE.xlsx"), refused))
            return refused;
    }

    const auto opened = context.openCampaign(CliContext::Access::Read);
    if (!opened)
        return opened.failure();
    Workspace &workspace = opened.workspace();
    const CampaignId campaign = opened.campaign();
    const auto rounds = workspace.normative().rounds(campaign);
    if (!rounds)
        return context.fail(rounds.error(), ExitCode::Database);

    if (action == QLatin1String("list")) {
        if (rounds->empty())
            context.out() << tr("No clean-up round yet.") << Qt::endl;
        for (const CleanupRound &r : *rounds) {
            const auto items = workspace.normative().items(r.id);
            if (!items)
                return context.fail(items.error(), ExitCode::Database);
            const CleanupCounts c = cleanupCounts(*items);
            context.out() << tr("%1  %2: %3 document(s), %4 decided, %5 pending%6")
                                 .arg(r.id.value)
                                 .arg(r.name)
                                 .arg(c.total)
                                 .arg(c.total - c.pending)
                                 .arg(c.pending)
                                 .arg(r.deadline.isValid()
                                          ? tr("; due %1").arg(r.deadline.toString(Qt::ISODate))
                                          : QString())
                          << Qt::endl;
        }
        return ExitCode::Done;
    }

    const CleanupRound *round = nullptr;
    for (const CleanupRound &r : *rounds)
        if (r.name == which->trimmed() || QString::number(r.id.value) == which->trimmed())
            round = &r;
    if (!round)
        return context.fail(
            makeError(Error::Code::NotFound,
                      tr("cleanup print: there is no clean-up round \"%1\"; see cleanup list.").arg(*which)));
    const auto summary = CleanupSummary::load(workspace.normative(), workspace.units(), round->id);
    if (!summary)
        return context.fail(summary.error(), ExitCode::Database);
    const QString path = QFileInfo(*out).absoluteFilePath();
    if (auto r = summary->write(path); !r) {
        context.err() << r.error().fullText() << Qt::endl;
        return ExitCode::Rejected;
    }
    context.out() << tr("%1: %n document(s) written to %2.", nullptr, summary->counts.total)
                         .arg(round->name, QDir::toNativeSeparators(path))
                  << Qt::endl;
    return ExitCode::Done;
}

} // namespace oversight
