#include "ledgercommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "documents/documentfonts.h"
#include "documents/ledgerrenderer.h"
#include "exchange/problemexchange.h"
#include "services/campaignservice.h"
#include "services/ledgerservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QTextStream>

namespace oversight {

QList<Command::Usage> LedgerCommand::usage() const
{
    return {
        {tr("ledger --out FILE.pdf|FILE.xlsx [--unit NAME]"),
         tr("the rectification ledger (整改台账), banner-wide or of one unit")},
    };
}

ExitCode LedgerCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    const std::optional<QString> unitName = arguments.takeOption(QStringLiteral("--unit"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    ExitCode refused = ExitCode::Usage;
    const auto output =
        context.pdfOrXlsxOutput(out, tr("ledger needs --out FILE.pdf or --out FILE.xlsx"), refused);
    if (!output)
        return refused;
    const QString &outPath = output->path;
    const bool pdf = output->pdf;

    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const Result<CampaignId> campaignId = CliContext::currentCampaign(workspace);
    if (!campaignId)
        return context.fail(campaignId.error());
    const Result<Campaign> campaign = workspace.campaigns().campaign(*campaignId);
    if (!campaign)
        return context.fail(campaign.error());
    const auto units = workspace.units().units(*campaignId);
    if (!units)
        return context.fail(units.error());

    std::optional<Unit> unit;
    ProblemFilter filter;
    if (unitName) {
        const auto found = workspace.units().findByName(*campaignId, *unitName);
        if (!found)
            return context.fail(found.error());
        if (!found->has_value())
            return context.fail(
                makeError(Error::Code::NotFound, tr("--unit: there is no unit \"%1\" in the register of %2; "
                                                    "\"oversight-cli status\" lists the units.")
                                                     .arg(*unitName, campaign->displayName())));
        unit = **found;
        filter.unit = unit->id;
    }
    const auto problems = workspace.ledger().problems(*campaignId, filter);
    if (!problems)
        return context.fail(problems.error());
    const QDate today = workspace.clock().today();

    int pages = 0;
    QStringList standIns;
    if (pdf) {
        const LedgerRenderer renderer(DocumentFonts::resolve());
        const LedgerDocument doc =
            LedgerDocument::make(*campaign, *units, *problems, today, unit ? &*unit : nullptr);
        const Result<QByteArray> bytes = renderer.pdf(doc, &pages);
        if (!bytes)
            return context.fail(bytes.error());
        if (auto r = CliContext::writeFile(outPath, *bytes); !r)
            return context.fail(r.error());
        standIns = renderer.fonts().substitutions();
    } else {
        const XlsxWorkbook book =
            ledgerWorkbook(*campaign, *units, *problems, today, unit ? &*unit : nullptr);
        if (auto r = writeXlsx(outPath, book); !r)
            return context.fail(r.error());
    }
    QTextStream &o = context.out();
    if (pdf)
        o << tr("Ledger of %1 problems, %2 pages: %3")
                 .arg(problems->size())
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(outPath))
          << QLatin1Char('\n');
    else
        o << tr("Ledger of %1 problems: %2").arg(problems->size()).arg(QDir::toNativeSeparators(outPath))
          << QLatin1Char('\n');
    if (!standIns.isEmpty())
        o << tr("Stand-in fonts: %1").arg(standIns.join(QStringLiteral("; "))) << QLatin1Char('\n');
    o.flush();
    return ExitCode::Done;
}

} // namespace oversight
