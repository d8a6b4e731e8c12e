#include "noticecommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "documents/documentfonts.h"
#include "documents/documentrenderer.h"
#include "documents/feedbackletter.h"
#include "documents/noticegenerator.h"
#include "services/campaignfigures.h"
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
        {tr("notice criticism [--findings late,selfcheck,ledger,contacts,spotcheck] --out FILE.pdf "
            "[--draft]"),
         tr("the critical notice (通报批评) naming the units of the findings chosen (default: all that "
            "apply today)")},
        {tr("notice reminder --unit NAME --out FILE.pdf [--draft]"),
         tr("a reminder to a late unit (催办通知)")},
        {tr("notice supervision --case ID --out FILE.pdf [--draft]"),
         tr("a supervision notice with its receipt (执法监督通知书)")},
        {tr("notice feedback --unit NAME --out FILE.pdf [--draft]"),
         tr("the spot check's feedback letter to one unit (整改意见书), from its scoring sheets")},
        {tr("notice summary --out FILE.pdf [--draft]"),
         tr("the bureau's campaign summary (工作总结) with the figures status counts")},
        {tr("notice acceptance --out FILE.pdf [--draft]"),
         tr("the acceptance results notice (验收情况通报): the units by conclusion")},
        {QStringLiteral("  --draft"),
         tr("save and print a draft; without it the document is numbered and issued")},
        {QStringLiteral("  --number N"),
         tr("the document number the office assigned (default: the next free number of the series)")},
        {QStringLiteral("  --date YYYY-MM-DD"),
         tr("the document's date, within the campaign's year (default: today)")},
    };
}

ExitCode NoticeCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> kindWord = arguments.takeCommand();
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    const std::optional<QString> unitName = arguments.takeOption(QStringLiteral("--unit"));
    const std::optional<QString> caseText = arguments.takeOption(QStringLiteral("--case"));
    const bool draft = arguments.takeFlag(QStringLiteral("--draft"));
    const std::optional<QString> numberText = arguments.takeOption(QStringLiteral("--number"));
    const std::optional<QString> dateText = arguments.takeOption(QStringLiteral("--date"));
    const std::optional<QString> findingsText = arguments.takeOption(QStringLiteral("--findings"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!kindWord)
        return context.usageError(tr("notice: name a kind: spotcheck, criticism, reminder, supervision, "
                                     "feedback, summary or acceptance"));
    // The feedback letter (整改意见书) is the spot check's per-unit document: numbered in its series.
    const bool feedback = *kindWord == QLatin1String("feedback");
    const std::optional<DocumentKind> kind =
        feedback ? std::optional<DocumentKind>(DocumentKind::SpotCheck) : documentKindFromKey(*kindWord);
    if (!kind)
        return context.usageError(
            tr("notice: unknown kind \"%1\" (spotcheck, criticism, reminder, supervision, "
               "feedback, summary or acceptance)")
                .arg(*kindWord));
    if (!out)
        return context.usageError(tr("notice %1 needs --out FILE.pdf").arg(*kindWord));
    if (*kind == DocumentKind::Reminder && !unitName)
        return context.usageError(tr("notice reminder needs --unit NAME (the unit to remind)"));
    if (feedback && !unitName)
        return context.usageError(
            tr("notice feedback needs --unit NAME (the unit whose files were checked)"));
    if (*kind != DocumentKind::Reminder && !feedback && unitName)
        return context.usageError(tr("--unit belongs to notice reminder and notice feedback only"));
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
    if (*kind != DocumentKind::Criticism && findingsText)
        return context.usageError(tr("--findings belongs to notice criticism only"));
    QList<FindingKind> findingKinds = allFindingKinds();
    if (findingsText) {
        findingKinds.clear();
        for (const QString &word : findingsText->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<FindingKind> k = findingKindFromKey(word.trimmed());
            if (!k)
                return context.usageError(
                    tr("--findings: \"%1\" is not a finding (late, selfcheck, ledger, contacts, spotcheck)")
                        .arg(word.trimmed()));
            if (!findingKinds.contains(*k))
                findingKinds.append(*k);
        }
        if (findingKinds.isEmpty())
            return context.usageError(tr("--findings: name at least one finding"));
    }
    IssueChoice choice;
    if (numberText) {
        bool ok = false;
        choice.number = numberText->toInt(&ok);
        if (!ok || choice.number <= 0)
            return context.usageError(
                tr("--number: \"%1\" is not a document number (a whole number from 1)").arg(*numberText));
    }
    if (dateText) {
        choice.date = QDate::fromString(*dateText, Qt::ISODate);
        if (!choice.date.isValid())
            return context.usageError(tr("--date: \"%1\" is not a date; write YYYY-MM-DD").arg(*dateText));
    }
    if (draft && numberText)
        return context.usageError(tr("--number is given when issuing; a draft has no number yet"));
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

    const auto opened = context.openCampaign(CliContext::Access::Write);
    if (!opened)
        return opened.failure();
    Workspace &workspace = opened.workspace();
    const CampaignId campaignId = opened.campaign();
    const Result<Campaign> campaign = workspace.campaigns().campaign(campaignId);
    if (!campaign)
        return context.fail(campaign.error());
    const QDate today = workspace.clock().today();
    // The clerk's number and date are checked before anything is drafted: a used number or a date outside
    // the campaign's year leaves nothing behind.
    if (auto r = workspace.documents().checkChoice(*campaign, *kind, choice); !r) {
        Error e = r.error();
        e.message += QLatin1Char(' ') + tr("Nothing was issued.");
        return context.fail(e);
    }
    const QDate docDate = choice.date.isValid() ? choice.date : today;
    const NoticeGenerator generator(*campaign, docDate);

    OfficialDocument content;
    switch (*kind) {
    case DocumentKind::SpotCheck: {
        if (feedback) {
            ExitCode failed = ExitCode::Done;
            const auto unit = context.findUnit(workspace, *campaign, *unitName, failed);
            if (!unit)
                return failed;
            const auto files = workspace.caseReview().drawnFiles(campaignId);
            if (!files)
                return context.fail(files.error());
            std::vector<DrawnFile> unitFiles;
            for (const DrawnFile &f : *files)
                if (f.unit == unit->id)
                    unitFiles.push_back(f);
            Result<OfficialDocument> letter = FeedbackLetter::draft(*campaign, *unit, unitFiles, docDate);
            if (!letter)
                return context.fail(letter.error());
            content = std::move(letter).value();
            break;
        }
        // The case review's results, with the files drawn and the inspection's days from the draw and the
        // scoring sheets; with nothing drawn yet the notice carries 【N】 placeholders.
        const Result<SpotCheckResults> reviewed = workspace.caseReview().spotCheckResults(campaignId);
        if (!reviewed)
            return context.fail(reviewed.error());
        SpotCheckResults results = *reviewed;
        const Result<CampaignData> data = CampaignData::load(workspace, campaignId, docDate);
        if (!data)
            return context.fail(data.error());
        const auto draws = workspace.caseReview().draws(campaignId);
        if (!draws)
            return context.fail(draws.error());
        results.completeFrom(*data, *draws);
        content = generator.spotCheck(results);
        break;
    }
    case DocumentKind::Criticism: {
        // The same counts as `status` on the document's day.
        const Result<CampaignData> data = CampaignData::load(workspace, campaignId, docDate);
        if (!data)
            return context.fail(data.error());
        const std::vector<CriticismFinding> findings = NoticeGenerator::findings(*data, findingKinds);
        if (findings.empty()) {
            QStringList words;
            for (const FindingKind k : findingKinds)
                words << findingKindKey(k);
            return context.fail(makeError(
                Error::Code::Invalid,
                tr("On %1 no unit has any of the findings %2: there is nobody to name, so no critical notice "
                   "is drafted.")
                    .arg(docDate.toString(Qt::ISODate), words.join(QLatin1Char(',')))));
        }
        content = generator.criticism(findings);
        break;
    }
    case DocumentKind::Reminder: {
        ExitCode failed = ExitCode::Done;
        const auto unit = context.findUnit(workspace, *campaign, *unitName, failed);
        if (!unit)
            return failed;
        // What the unit owes on the document's day, from the same data `status` counts.
        const Result<CampaignData> data = CampaignData::load(workspace, campaignId, docDate);
        if (!data)
            return context.fail(data.error());
        Result<OfficialDocument> reminder = generator.reminder(*unit, data->owed(unit->id));
        if (!reminder)
            return context.fail(reminder.error());
        content = std::move(reminder).value();
        break;
    }
    case DocumentKind::Summary:
    case DocumentKind::Acceptance: {
        // The figures status --json and the dashboard count, on the document's day.
        const Result<CampaignData> data = CampaignData::load(workspace, campaignId, docDate);
        if (!data)
            return context.fail(data.error());
        if (*kind == DocumentKind::Summary) {
            content = generator.summary(CampaignFigures::count(*data));
            break;
        }
        Result<OfficialDocument> notice = generator.acceptanceNotice(*data);
        if (!notice)
            return context.fail(notice.error());
        content = std::move(notice).value();
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
        DocumentNumber::placeholder(DocumentService::seriesFor(*campaign, *kind), docDate.year());
    content.date = docDate;
    content.printedOn = docDate;

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
    QByteArray bytes;
    QString said;
    if (draft) {
        const Result<DocumentId> id = workspace.documents().createDraft(campaignId, content);
        if (!id)
            return context.fail(id.error());
        const Result<QByteArray> pdf = render(content);
        if (!pdf)
            return context.fail(pdf.error());
        bytes = *pdf;
        said = tr("Draft %1 saved (not issued; it gets its number when issued): %2")
                   .arg(id->value)
                   .arg(content.title);
    } else {
        // Draft, number and the exact PDF bytes in one transaction (a kill leaves either nothing or an
        // issued document whose stored PDF reprints); the file is then written from the stored bytes.
        const Result<DocumentRecord> issued =
            workspace.documents().issueNew(campaignId, content, render, choice);
        if (!issued)
            return context.fail(issued.error());
        const Result<QByteArray> pdf = workspace.documents().reprint(issued->id);
        if (!pdf)
            return context.fail(pdf.error());
        bytes = *pdf;
        said = tr("Issued %1 (document %2): %3")
                   .arg(issued->number.text())
                   .arg(issued->id.value)
                   .arg(content.title) +
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
