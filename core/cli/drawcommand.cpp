#include "drawcommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "services/casereviewservice.h"
#include "services/workspace.h"

#include <QRegularExpression>
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

        auto opened = context.openWorkspace(CliContext::Access::Write);
        if (!opened)
            return context.fail(opened.error(), ExitCode::Database);
        Workspace &ws = *opened.value();
        const Result<CampaignId> campaign = CliContext::currentCampaign(ws);
        if (!campaign)
            return context.fail(campaign.error());
        const Result<DrawRecord> record = ws.caseReview().drawCases(*campaign, request);
        if (!record)
            return context.fail(record.error());
        const auto files = ws.caseReview().drawnFiles(*campaign, record->id);
        if (!files)
            return context.fail(files.error(), ExitCode::Database);
        context.out() << tr("draw record %1").arg(record->id.value) << Qt::endl;
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
            context.out() << tr("draw record %1").arg(record->id.value) << Qt::endl;
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
    return context.usageError(tr("draw: unknown step \"%1\" (cases, reviewers or verify)").arg(*sub));
}

} // namespace oversight
