#include "noticecommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "documents/documentfonts.h"
#include "documents/documentrenderer.h"
#include "documents/noticegenerator.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/documentservice.h"
#include "services/submissionservice.h"
#include "services/supervisionnoticesource.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>

namespace oversight {

QList<Command::Usage> NoticeCommand::usage() const
{
    return {
        {tr("notice spotcheck --out FILE.pdf [--draft]"), tr("the spot-check results notice (抽查结果通报)")},
        {tr("notice criticism --out FILE.pdf [--draft]"), tr("the critical notice (通报批评)")},
        {tr("notice reminder --unit NAME --out FILE.pdf [--draft]"),
         tr("a reminder to a late unit (催办通知)")},
        {tr("notice supervision --case ID --out FILE.pdf [--draft]"),
         tr("a supervision notice with its receipt (执法监督通知书)")},
        {QStringLiteral("  --draft"),
         tr("save and print a draft; without it the document is numbered and issued")},
    };
}

ExitCode NoticeCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> kindWord = arguments.takeCommand();
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    const std::optional<QString> unitName = arguments.takeOption(QStringLiteral("--unit"));
    const std::optional<QString> caseText = arguments.takeOption(QStringLiteral("--case"));
    const bool draft = arguments.takeFlag(QStringLiteral("--draft"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!kindWord)
        return context.usageError(tr("notice: name a kind: spotcheck, criticism, reminder or supervision"));
    const std::optional<DocumentKind> kind = documentKindFromKey(*kindWord);
    if (!kind)
        return context.usageError(
            tr("notice: unknown kind \"%1\" (spotcheck, criticism, reminder or supervision)").arg(*kindWord));
    if (!out)
        return context.usageError(tr("notice %1 needs --out FILE.pdf").arg(*kindWord));
    if (*kind == DocumentKind::Reminder && !unitName)
        return context.usageError(tr("notice reminder needs --unit NAME (the unit to remind)"));
    if (*kind != DocumentKind::Reminder && unitName)
        return context.usageError(tr("--unit belongs to notice reminder only"));
    if (*kind == DocumentKind::Supervision && !caseText)
        return context.usageError(tr("notice supervision needs --case ID (the supervision case)"));
    if (*kind != DocumentKind::Supervision && caseText)
        return context.usageError(tr("--case belongs to notice supervision only"));
    qint64 caseId = 0;
    if (caseText) {
        bool ok = false;
        caseId = caseText->toLongLong(&ok);
        if (!ok || caseId <= 0)
            return context.usageError(tr("--case: \"%1\" is not a case id (a whole number)").arg(*caseText));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(
            makeError(Error::Code::Io, tr("Documents need the fonts of a GUI application; run "
                                          "oversight-cli itself, not a library copy of it.")),
            ExitCode::Database);

    // The output is opened first, so that a place we cannot write stops us before anything is stored.
    const QString outPath = QFileInfo(*out).absoluteFilePath();
    if (QFileInfo(outPath).isDir())
        return context.fail(makeError(
            Error::Code::Invalid,
            tr("%1: is a folder; name a PDF file for --out.").arg(QDir::toNativeSeparators(outPath))));
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(
            makeError(Error::Code::Invalid,
                      tr("%1: cannot be written (%2); choose a folder you can write to for --out.")
                          .arg(QDir::toNativeSeparators(outPath), file.errorString())));

    auto opened = context.openWorkspace(CliContext::Access::Write);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const Result<CampaignId> campaignId = CliContext::currentCampaign(workspace);
    if (!campaignId)
        return context.fail(campaignId.error());
    const Result<Campaign> campaign = workspace.campaigns().campaign(*campaignId);
    if (!campaign)
        return context.fail(campaign.error());
    const QDate today = workspace.clock().today();
    const NoticeGenerator generator(*campaign, today);

    OfficialDocument content;
    switch (*kind) {
    case DocumentKind::SpotCheck: {
        // The case review's results; with nothing reviewed yet the notice carries 【N】 placeholders.
        const Result<SpotCheckResults> results = workspace.caseReview().spotCheckResults(*campaignId);
        if (!results)
            return context.fail(results.error());
        content = generator.spotCheck(*results);
        break;
    }
    case DocumentKind::Criticism: {
        const auto units = workspace.units().units(*campaignId);
        if (!units)
            return context.fail(units.error());
        content = generator.criticism(generator.findingsFromRegister(*units));
        break;
    }
    case DocumentKind::Reminder: {
        const auto unit = workspace.units().findByName(*campaignId, *unitName);
        if (!unit)
            return context.fail(unit.error());
        if (!unit->has_value())
            return context.fail(
                makeError(Error::Code::NotFound, tr("--unit: there is no unit \"%1\" in the register of %2; "
                                                    "\"oversight-cli status\" lists the units.")
                                                     .arg(*unitName, campaign->displayName())));
        // Only what the unit has not handed in, or had returned, is asked for.
        const auto handedIn = workspace.submissions().statusesOf(*campaignId, (*unit)->id);
        if (!handedIn)
            return context.fail(handedIn.error());
        content = generator.reminder(**unit, {}, &*handedIn);
        break;
    }
    case DocumentKind::Supervision: {
        const Result<SupervisionNoticeContent> source =
            supervisionNoticeContent(workspace, ComplaintId(caseId));
        if (!source)
            return context.fail(source.error());
        content = generator.supervision(*source);
        break;
    }
    }
    content.numberLine =
        DocumentNumber::placeholder(DocumentService::seriesFor(*campaign, *kind), today.year());

    if (!draft) {
        if (auto r = DocumentService::checkIssuable(content); !r) {
            Error e = r.error();
            e.message +=
                QLatin1Char(' ') + tr("Nothing was issued; make a draft with --draft and complete it in the "
                                      "app.");
            return context.fail(e);
        }
    }

    const DocumentRenderer renderer(DocumentFonts::resolve());
    const auto render = [&renderer](const OfficialDocument &doc) { return renderer.pdf(doc); };
    const Result<DocumentId> id = workspace.documents().createDraft(*campaignId, content);
    if (!id)
        return context.fail(id.error());

    QByteArray bytes;
    QString said;
    if (draft) {
        const Result<QByteArray> pdf = render(content);
        if (!pdf)
            return context.fail(pdf.error());
        bytes = *pdf;
        said = tr("Draft %1 saved (not issued; it gets its number when issued): %2")
                   .arg(id->value)
                   .arg(content.title);
    } else {
        const Result<DocumentRecord> issued = workspace.documents().issue(*id, render);
        if (!issued) {
            (void)workspace.documents().deleteDraft(*id); // leave nothing behind
            return context.fail(issued.error());
        }
        const Result<QByteArray> pdf = workspace.documents().reprint(*id);
        if (!pdf)
            return context.fail(pdf.error());
        bytes = *pdf;
        said =
            tr("Issued %1 (document %2): %3").arg(issued->number.text()).arg(id->value).arg(content.title) +
            QLatin1Char('\n') + tr("SHA-256: %1").arg(issued->pdfSha256);
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(
            makeError(Error::Code::Io, tr("%1: the PDF could not be written (%2); the document is "
                                          "stored and can be printed again from the app.")
                                           .arg(QDir::toNativeSeparators(outPath), file.errorString())));
    context.out() << said << QLatin1Char('\n') << tr("PDF: %1").arg(QDir::toNativeSeparators(outPath))
                  << QLatin1Char('\n');
    const QStringList standIns = renderer.fonts().substitutions();
    if (!standIns.isEmpty())
        context.out() << tr("Stand-in fonts: %1").arg(standIns.join(QStringLiteral("; ")))
                      << QLatin1Char('\n');
    context.out().flush();
    return ExitCode::Done;
}

} // namespace oversight
