#include "reportcommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "documents/documentfonts.h"
#include "documents/summaryreport.h"
#include "services/campaignfigures.h"
#include "services/ledgerservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QTextStream>

namespace oversight {

QList<Command::Usage> ReportCommand::usage() const
{
    return {
        {tr("report summary --out FILE.pdf|FILE.xlsx"),
         tr("the campaign summary (总结验收): figures per area and unit, with charts in the PDF")},
    };
}

ExitCode ReportCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> which = arguments.takePositional();
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!which || *which != QLatin1String("summary"))
        return context.usageError(tr("report: name the report; the one there is: report summary --out FILE"));
    ExitCode refused = ExitCode::Usage;
    const auto output =
        context.pdfOrXlsxOutput(out, tr("report summary needs --out FILE.pdf or --out FILE.xlsx"), refused);
    if (!output)
        return refused;
    const QString &outPath = output->path;
    const bool pdf = output->pdf;

    const auto opened = context.openCampaign(CliContext::Access::Read);
    if (!opened)
        return opened.failure();
    Workspace &workspace = opened.workspace();
    const CampaignId campaign = opened.campaign();
    const Result<CampaignData> data = CampaignData::load(workspace, campaign, workspace.clock().today());
    if (!data)
        return context.fail(data.error());
    const CampaignFigures figures = CampaignFigures::count(*data);
    // The audit chain's head goes into the file (an audit anchor `verify --against` can compare with).
    const QString head = workspace.ledger().auditHead();

    QTextStream &o = context.out();
    if (pdf) {
        const SummaryReport report(DocumentFonts::resolve());
        const Result<QByteArray> bytes = report.pdf(figures, head);
        if (!bytes)
            return context.fail(bytes.error());
        if (auto r = CliContext::writeFile(outPath, *bytes); !r)
            return context.fail(r.error());
        o << tr("Summary report of %1 units, %2 pages: %3")
                 .arg(figures.units.size())
                 .arg(report.pageCount(figures))
                 .arg(QDir::toNativeSeparators(outPath))
          << QLatin1Char('\n');
    } else {
        XlsxWorkbook book = SummaryReport::workbook(figures);
        book.auditHead = head;
        if (auto r = writeXlsx(outPath, book); !r)
            return context.fail(r.error());
        o << tr("Summary figures of %1 units: %2")
                 .arg(figures.units.size())
                 .arg(QDir::toNativeSeparators(outPath))
          << QLatin1Char('\n');
    }
    o.flush();
    return ExitCode::Done;
}

} // namespace oversight
