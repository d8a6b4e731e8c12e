#include "reportcommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "documents/documentfonts.h"
#include "documents/summaryreport.h"
#include "services/campaignfigures.h"
#include "services/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
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
    if (!out)
        return context.usageError(tr("report summary needs --out FILE.pdf or --out FILE.xlsx"));
    const QString suffix = QFileInfo(*out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx"))
        return context.usageError(
            tr("--out: \"%1\" is neither a .pdf nor an .xlsx file; name one of those.").arg(*out));
    const bool pdf = suffix == QLatin1String("pdf");
    if (pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(makeError(Error::Code::Io, tr("The PDF report needs the fonts of a GUI application; "
                                                          "run oversight-cli itself.")),
                            ExitCode::Database);
    const QString outPath = QFileInfo(*out).absoluteFilePath();
    if (QFileInfo(outPath).isDir())
        return context.fail(
            makeError(Error::Code::Invalid,
                      tr("%1: is a folder; name a file for --out.").arg(QDir::toNativeSeparators(outPath))));

    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const Result<CampaignId> campaign = CliContext::currentCampaign(workspace);
    if (!campaign)
        return context.fail(campaign.error());
    const Result<CampaignData> data = CampaignData::load(workspace, *campaign, workspace.clock().today());
    if (!data)
        return context.fail(data.error());
    const CampaignFigures figures = CampaignFigures::count(*data);

    QTextStream &o = context.out();
    if (pdf) {
        const SummaryReport report(DocumentFonts::resolve());
        const Result<QByteArray> bytes = report.pdf(figures);
        if (!bytes)
            return context.fail(bytes.error());
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
            return context.fail(
                makeError(Error::Code::Io, tr("%1: cannot be written (%2); choose a folder you can "
                                              "write to for --out.")
                                               .arg(QDir::toNativeSeparators(outPath), file.errorString())));
        o << tr("Summary report of %1 units, %2 pages: %3")
                 .arg(figures.units.size())
                 .arg(report.pageCount(figures))
                 .arg(QDir::toNativeSeparators(outPath))
          << QLatin1Char('\n');
    } else {
        if (auto r = writeXlsx(outPath, SummaryReport::workbook(figures)); !r)
            return context.fail(r.error());
        o << tr("Summary figures of %1 units: %2").arg(figures.units.size()).arg(QDir::toNativeSeparators(outPath))
          << QLatin1Char('\n');
    }
    o.flush();
    return ExitCode::Done;
}

} // namespace oversight
