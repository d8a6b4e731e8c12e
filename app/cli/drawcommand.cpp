#include "drawcommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "documents/reviewprinter.h"
#include "exchange/reviewresultsexport.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/workspace.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

namespace oversight {

namespace {

std::optional<std::uint64_t> parseSeed(const QString &text, bool *ok)
{
    bool good = false;
    const std::uint64_t v = text.trimmed().toULongLong(&good, 10);
    *ok = good;
    return good ? std::optional<std::uint64_t>(v) : std::nullopt;
}

} // namespace

QList<Command::Usage> DrawCommand::usage() const
{
    return {
        {tr("draw cases --count N [--seed S] [--units A,B,...]"),
         tr("spot-check draw; stores the record and prints its id, then one line per file")},
        {tr("draw reviewers ID [--seed S]"), tr("draws the reviewers of a draw made without them")},
        {tr("draw verify ID"), tr("re-runs a stored draw and compares (exit 2 naming any difference)")},
        {tr("draw void ID --reason TEXT"), tr("sets a draw aside (kept, but its files no longer count)")},
        {tr("draw record ID --out FILE.pdf"), tr("the one-page draw record (抽取记录) to print or publish")},
        {tr("draw results --out FILE.pdf|FILE.xlsx"),
         tr("the results by unit and by file (the XLSX with 附件7)")},
    };
}

ExitCode DrawCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> sub = arguments.takeCommand();
    if (!sub)
        return context.usageError(tr("draw: say cases, reviewers or verify"));

    if (*sub == QLatin1String("cases")) {
        const std::optional<QString> countText = arguments.takeOption(QStringLiteral("--count"));
        const std::optional<QString> seedText = arguments.takeOption(QStringLiteral("--seed"));
        const std::optional<QString> unitsText = arguments.takeOption(QStringLiteral("--units"));
        const std::optional<QString> task = arguments.takeOption(QStringLiteral("--task"));
        if (!arguments.finished())
            return context.usageError(arguments.error());
        if (!countText)
            return context.usageError(
                tr("draw cases: --count N is required (the plan asks for at least 60)"));
        bool ok = false;
        const int count = countText->toInt(&ok);
        if (!ok || count < 1)
            return context.usageError(
                tr("draw cases: --count \"%1\" is not a number of files").arg(*countText));
        DrawRequest request;
        request.count = count;
        if (seedText) {
            request.seed = parseSeed(*seedText, &ok);
            if (!ok)
                return context.usageError(
                    tr("draw cases: --seed \"%1\" is not a whole number from 0 to 18446744073709551615")
                        .arg(*seedText));
        }
        if (unitsText)
            request.units =
                unitsText->split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts);
        request.task = task.value_or(QString());

        const auto opened = context.openCampaign(CliContext::Access::Write);
        if (!opened)
            return opened.failure();
        Workspace &ws = opened.workspace();
        const CampaignId campaign = opened.campaign();
        const Result<DrawRecord> record = ws.caseReview().drawCases(campaign, request);
        if (!record)
            return context.fail(record.error());
        const auto files = ws.caseReview().drawnFiles(campaign, record->id);
        if (!files)
            return context.fail(files.error(), ExitCode::Database);
        context.out()
            << QStringLiteral("draw record %1").arg(record->id.value) /* the contract: never translated */
            << Qt::endl;
        for (const DrawnFile &f : *files) {
            const QString reviewers = record->hasReviewers()
                                          ? f.reviewer1 + QStringLiteral("、") + f.reviewer2
                                          : tr("(reviewers to be drawn)");
            context.out() << f.unitName << '\t' << f.number << '\t' << f.title << '\t' << reviewers
                          << Qt::endl;
        }
        context.err() << tr("seed %1; pool of %2 file(s), SHA-256 %3; %4 version %5")
                             .arg(QString::number(record->seed))
                             .arg(draw::poolFromText(record->pool).size())
                             .arg(record->poolSha256, record->algorithm)
                             .arg(record->algorithmVersion)
                      << Qt::endl;
        if (!record->warning.isEmpty())
            context.err() << tr("warning: %1 (recorded in the draw)").arg(record->warning) << Qt::endl;
        if (!record->hasReviewers())
            context.err()
                << tr("The reviewer pool is empty: the files were drawn alone. Add reviewers, then run "
                      "\"oversight-cli draw reviewers %1\".")
                       .arg(record->id.value)
                << Qt::endl;
        return ExitCode::Done;
    }

    if (*sub == QLatin1String("verify") || *sub == QLatin1String("reviewers")) {
        const std::optional<QString> seedText = *sub == QLatin1String("reviewers")
                                                    ? arguments.takeOption(QStringLiteral("--seed"))
                                                    : std::nullopt;
        const std::optional<QString> idText = arguments.takePositional();
        if (!arguments.finished())
            return context.usageError(arguments.error());
        bool ok = false;
        const qint64 id = idText ? idText->toLongLong(&ok) : 0;
        if (!ok || id < 1)
            return context.usageError(
                tr("draw %1: name the draw record's id (the number \"draw cases\" printed)").arg(*sub));
        std::optional<std::uint64_t> seed;
        if (seedText) {
            seed = parseSeed(*seedText, &ok);
            if (!ok)
                return context.usageError(
                    tr("draw reviewers: --seed \"%1\" is not a whole number").arg(*seedText));
        }
        auto opened = context.openWorkspace(*sub == QLatin1String("verify") ? CliContext::Access::Read
                                                                            : CliContext::Access::Write);
        if (!opened)
            return context.fail(opened.error(), ExitCode::Database);
        Workspace &ws = *opened.value();
        if (*sub == QLatin1String("reviewers")) {
            const Result<DrawRecord> record = ws.caseReview().drawReviewers(DrawId(id), seed);
            if (!record)
                return context.fail(record.error());
            const auto files = ws.caseReview().drawnFiles(record->campaign, record->id);
            if (!files)
                return context.fail(files.error(), ExitCode::Database);
            context.out()
                << QStringLiteral("draw record %1").arg(record->id.value) /* the contract: never translated */
                << Qt::endl;
            for (const DrawnFile &f : *files)
                context.out() << f.unitName << '\t' << f.number << '\t' << f.title << '\t' << f.reviewer1
                              << QStringLiteral("、") << f.reviewer2 << Qt::endl;
            if (!record->reviewerResult.redraws.empty())
                context.err() << tr("%n reviewer(s) drawn again (回避), as the record shows.", nullptr,
                                    int(record->reviewerResult.redraws.size()))
                              << Qt::endl;
            return ExitCode::Done;
        }
        const Result<DrawVerification> v = ws.caseReview().verify(DrawId(id));
        if (!v)
            return context.fail(v.error());
        if (v->ok()) {
            context.out() << tr("draw record %1: the re-run gives the same files and reviewers.").arg(id)
                          << Qt::endl;
            return ExitCode::Done;
        }
        for (const QString &d : v->differences)
            context.err() << tr("draw record %1: %2").arg(id).arg(d) << Qt::endl;
        return ExitCode::Rejected;
    }
    if (*sub == QLatin1String("void")) {
        const std::optional<QString> reason = arguments.takeOption(QStringLiteral("--reason"));
        const std::optional<QString> idText = arguments.takePositional();
        if (!arguments.finished())
            return context.usageError(arguments.error());
        bool ok = false;
        const qint64 id = idText ? idText->toLongLong(&ok) : 0;
        if (!ok || id < 1 || !reason)
            return context.usageError(tr("draw void: name the draw record's id and give --reason TEXT"));
        auto opened = context.openWorkspace(CliContext::Access::Write);
        if (!opened)
            return context.fail(opened.error(), ExitCode::Database);
        if (auto r = opened.value()->caseReview().voidDraw(DrawId(id), *reason); !r)
            return context.fail(r.error());
        context.out()
            << tr("Draw record %1 is set aside; its files no longer count in the spot check.").arg(id)
            << Qt::endl;
        return ExitCode::Done;
    }
    if (*sub == QLatin1String("record") || *sub == QLatin1String("results")) {
        const bool isRecord = *sub == QLatin1String("record");
        const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
        const std::optional<QString> idText = isRecord ? arguments.takePositional() : std::nullopt;
        if (!arguments.finished())
            return context.usageError(arguments.error());
        bool ok = false;
        const qint64 id = idText ? idText->toLongLong(&ok) : 0;
        if (isRecord && (!ok || id < 1))
            return context.usageError(tr("draw record: name the draw record's id"));
        const QString suffix = out ? QFileInfo(*out).suffix().toLower() : QString();
        if (!out || (suffix != QLatin1String("pdf") && (isRecord || suffix != QLatin1String("xlsx"))))
            return context.usageError(isRecord ? tr("draw record: --out FILE.pdf is required")
                                               : tr("draw results: --out FILE.pdf or FILE.xlsx is required"));
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return context.fail(
                makeError(Error::Code::Io, tr("Documents need the fonts of a GUI application; run "
                                              "oversight-cli itself, not a library copy of it.")),
                ExitCode::Database);
        const auto opened = context.openCampaign(CliContext::Access::Read);
        if (!opened)
            return opened.failure();
        Workspace &ws = opened.workspace();
        const CampaignId campaign = opened.campaign();
        const auto c = ws.campaigns().campaign(campaign);
        if (!c)
            return context.fail(c.error());
        const ReviewPrinter printer(DocumentFonts::resolve());
        Result<QByteArray> pdf = QByteArray();
        if (isRecord) {
            const auto record = ws.caseReview().drawRecord(DrawId(id));
            if (!record)
                return context.fail(record.error());
            const auto files = ws.caseReview().drawnFiles(record->campaign, record->id);
            if (!files)
                return context.fail(files.error(), ExitCode::Database);
            pdf = printer.drawRecordPdf(*c, *record, *files);
        } else {
            const auto units = ws.caseReview().unitResults(campaign);
            const auto files = ws.caseReview().drawnFiles(campaign);
            if (!units)
                return context.fail(units.error(), ExitCode::Database);
            if (!files)
                return context.fail(files.error(), ExitCode::Database);
            if (suffix == QLatin1String("xlsx")) {
                if (auto r = writeXlsx(*out, reviewResultsWorkbook(*c, *units, *files)); !r)
                    return context.fail(r.error(), ExitCode::Rejected);
                context.out() << tr("Results written to %1.").arg(*out) << Qt::endl;
                return ExitCode::Done;
            }
            pdf = printer.resultsPdf(*c, *units, *files);
        }
        if (!pdf)
            return context.fail(pdf.error(), ExitCode::Rejected);
        QSaveFile file(*out);
        if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
            return context.fail(
                makeError(Error::Code::Io, tr("%1: cannot be written (%2)").arg(*out, file.errorString())),
                ExitCode::Rejected);
        context.out() << tr("Written to %1.").arg(*out) << Qt::endl;
        return ExitCode::Done;
    }
    return context.usageError(tr("draw: unknown step \"%1\" (cases, reviewers or verify)").arg(*sub));
}

} // namespace oversight
