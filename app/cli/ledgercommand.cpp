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
#include <QFileInfo>
#include <QTextStream>

namespace oversight {

QList<Command::Usage> LedgerCommand::usage() const
{
    return {
        {tr("ledger --out FILE.pdf|FILE.xlsx [--unit NAME]"),
         tr("the rectification ledger (整改台账), banner-wide or of one unit")},
        {tr("ledger evidence ID FILE"), tr("copy FILE into the attachments as evidence of problem ID")},
        {tr("ledger close ID --note TEXT"), tr("close (销号) problem ID, awaiting verification and holding "
                                               "evidence, with the verification note")},
    };
}

namespace {

std::optional<ProblemId> problemIdOf(const std::optional<QString> &text)
{
    bool ok = false;
    const qint64 id = text ? text->toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return std::nullopt;
    return ProblemId(id);
}

} // namespace

ExitCode LedgerCommand::evidence(CliContext &context, ArgumentList &arguments)
{
    const std::optional<ProblemId> id = problemIdOf(arguments.takePositional());
    const std::optional<QString> file = arguments.takePositional();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!id || !file)
        return context.usageError(tr("ledger evidence needs a problem ID (a number) and a FILE"));
    if (!QFileInfo(*file).isFile())
        return context.fail(
            makeError(Error::Code::NotFound, tr("%1: there is no such file to attach; check the "
                                                "path.")
                                                 .arg(QDir::toNativeSeparators(*file))));
    auto opened = context.openWorkspace(CliContext::Access::Write);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    const Result<ProblemEvidence> added = opened.value()->ledger().addEvidenceFile(*id, *file);
    if (!added)
        return context.fail(added.error());
    context.out()
        << tr("Evidence for problem %1: %2 (SHA-256 %3)").arg(id->value).arg(added->fileName, added->sha256)
        << Qt::endl;
    return ExitCode::Done;
}

ExitCode LedgerCommand::close(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> note = arguments.takeOption(QStringLiteral("--note"));
    const std::optional<ProblemId> id = problemIdOf(arguments.takePositional());
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!id)
        return context.usageError(tr("ledger close needs a problem ID (a number)"));
    if (!note)
        return context.usageError(tr("ledger close needs --note TEXT (how the rectification was verified)"));
    auto opened = context.openWorkspace(CliContext::Access::Write);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const QDate today = workspace.clock().today();
    if (auto r = workspace.ledger().close(*id, today, *note); !r)
        return context.fail(r.error());
    context.out() << tr("Problem %1 closed on %2.").arg(id->value).arg(today.toString(Qt::ISODate))
                  << Qt::endl;
    return ExitCode::Done;
}

ExitCode LedgerCommand::run(CliContext &context, ArgumentList &arguments)
{
    if (const std::optional<QString> step = arguments.takeCommand()) {
        if (*step == QLatin1String("evidence"))
            return evidence(context, arguments);
        if (*step == QLatin1String("close"))
            return close(context, arguments);
        return context.usageError(
            tr("ledger: unknown step \"%1\" (ledger --out FILE, ledger evidence ID FILE, ledger close ID "
               "--note TEXT)")
                .arg(*step));
    }
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

    const auto opened = context.openCampaign(CliContext::Access::Read);
    if (!opened)
        return opened.failure();
    Workspace &workspace = opened.workspace();
    const CampaignId campaignId = opened.campaign();
    const Result<Campaign> campaign = workspace.campaigns().campaign(campaignId);
    if (!campaign)
        return context.fail(campaign.error());
    const auto units = workspace.units().units(campaignId);
    if (!units)
        return context.fail(units.error());

    std::optional<Unit> unit;
    ProblemFilter filter;
    if (unitName) {
        ExitCode failed = ExitCode::Done;
        unit = context.findUnit(workspace, *campaign, *unitName, failed);
        if (!unit)
            return failed;
        filter.unit = unit->id;
    }
    const auto problems = workspace.ledger().problems(campaignId, filter);
    if (!problems)
        return context.fail(problems.error());
    const QDate today = workspace.clock().today();
    // The audit chain's head goes into the file (an audit anchor `verify --against` can compare with).
    const QString head = workspace.ledger().auditHead();

    int pages = 0;
    QStringList standIns;
    if (pdf) {
        const LedgerRenderer renderer(DocumentFonts::resolve());
        LedgerDocument doc = LedgerDocument::make(*campaign, *units, *problems, today, unit ? &*unit : nullptr);
        doc.auditHead = head;
        const Result<QByteArray> bytes = renderer.pdf(doc, &pages);
        if (!bytes)
            return context.fail(bytes.error());
        if (auto r = CliContext::writeFile(outPath, *bytes); !r)
            return context.fail(r.error());
        standIns = renderer.fonts().substitutions();
    } else {
        XlsxWorkbook book = ledgerWorkbook(*campaign, *units, *problems, today, unit ? &*unit : nullptr);
        book.auditHead = head;
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
