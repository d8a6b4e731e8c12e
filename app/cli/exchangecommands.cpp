#include "exchangecommands.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "domain/textnormal.h"
#include "exchange/arearecordexchange.h"
#include "exchange/formexchange.h"
#include "exchange/importkinds.h"
#include "exchange/table.h"
#include "services/arearecordservice.h"
#include "services/campaignservice.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace oversight {

namespace {

QString kindNames()
{
    QStringList names;
    for (const ExchangeKind &kind : exchangeKinds())
        names.append(kind.name);
    names.append(QStringLiteral("form ID"));
    return names.join(QStringLiteral("|"));
}

const QString formWord = QStringLiteral("form");

/// The kind named by the next word, or an exit code after saying what is wrong.
std::variant<const ExchangeKind *, ExitCode> takeKind(CliContext &context, ArgumentList &arguments,
                                                      const QString &command)
{
    const std::optional<QString> word = arguments.takeCommand();
    if (!word)
        return context.usageError(
            ImportCommand::tr("%1: say what kind of records (%2)").arg(command, kindNames()));
    if (const ExchangeKind *kind = findExchangeKind(*word))
        return kind;
    if (*word == formWord)
        return static_cast<const ExchangeKind *>(nullptr); // one unit's form: see importForm()
    if (plannedExchangeKinds().contains(*word))
        return context.usageError(ImportCommand::tr("%1 %2: this version cannot do that yet; it can do: %3")
                                      .arg(command, *word, kindNames()));
    return context.usageError(
        ImportCommand::tr("%1: unknown kind \"%2\" (%3)").arg(command, *word, kindNames()));
}

/// What template and export write: the kind and the --out FILE.xlsx.
struct XlsxTarget
{
    const ExchangeKind *kind = nullptr;
    QString out;
};

/// A usage error unless --out names an .xlsx file.
std::optional<ExitCode> notXlsx(CliContext &context, const QString &out, const QString &command)
{
    if (QFileInfo(out).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return context.usageError(
        ImportCommand::tr("%1: --out must name an .xlsx file, not \"%2\"").arg(command, out));
}

std::variant<XlsxTarget, ExitCode> takeXlsxTarget(CliContext &context, ArgumentList &arguments,
                                                  const QString &command)
{
    const auto kind = takeKind(context, arguments, command);
    if (std::holds_alternative<ExitCode>(kind))
        return std::get<ExitCode>(kind);
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!out)
        return context.usageError(ImportCommand::tr("%1: --out FILE.xlsx is required").arg(command));
    if (const auto refused = notXlsx(context, *out, command))
        return *refused;
    return XlsxTarget{std::get<const ExchangeKind *>(kind), *out};
}

/// Writes `book`; a file that cannot be written is the input's fault (a folder that is not there): exit 2.
ExitCode writeBook(CliContext &context, const QString &out, const XlsxWorkbook &book, const QString &done)
{
    if (auto r = writeXlsx(out, book); !r) {
        context.err() << r.error().fullText() << QLatin1Char(' ')
                      << ImportCommand::tr("Name a file in a folder that exists and that you can write to for --out.")
                      << Qt::endl;
        return ExitCode::Rejected;
    }
    context.out() << done << Qt::endl;
    return ExitCode::Done;
}

} // namespace

QList<Command::Usage> ImportCommand::usage() const
{
    return {{tr("import %1 FILE [--dry-run] [--sheet NAME]").arg(kindNames()),
             tr(".csv (UTF-8 or GB18030) or .xlsx into the current campaign; all rows or none")}};
}

namespace {

/// The form named after `form`, in the current campaign of `workspace`.
std::variant<FormSpec, ExitCode> takeForm(CliContext &context, Workspace &workspace, const QString &formId,
                                          const QString &command, bool rejectUnknown = false)
{
    const Result<CampaignId> campaign = CliContext::currentCampaign(workspace);
    if (!campaign)
        return context.fail(campaign.error());
    const Result<Campaign> c = workspace.campaigns().campaign(*campaign);
    if (!c)
        return context.fail(c.error());
    if (const FormSpec *spec = c->form(formId))
        return *spec;
    QStringList ids;
    for (const FormSpec &f : c->forms)
        ids.append(f.id);
    if (rejectUnknown) {
        context.err() << ImportCommand::tr("%1 form: \"%2\" is not a form of this campaign (%3)")
                             .arg(command, formId, ids.join(QStringLiteral(", ")))
                      << Qt::endl;
        return ExitCode::Rejected;
    }
    return context.usageError(ImportCommand::tr("%1 form: \"%2\" is not a form of this campaign (%3)")
                                  .arg(command, formId, ids.join(QStringLiteral(", "))));
}

ExitCode importForm(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> formId = arguments.takePositional();
    const std::optional<QString> unitName = arguments.takeOption(QStringLiteral("--unit"));
    const bool dryRun = arguments.takeFlag(QStringLiteral("--dry-run"));
    const std::optional<QString> file = arguments.takePositional();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!formId || !file || !unitName)
        return context.usageError(
            ImportCommand::tr("import form: write import form ID --unit NAME FILE.xlsx"));
    auto opened = context.openWorkspace(dryRun ? CliContext::Access::Read : CliContext::Access::Write);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const auto spec = takeForm(context, workspace, *formId, QStringLiteral("import"));
    if (std::holds_alternative<ExitCode>(spec))
        return std::get<ExitCode>(spec);
    const FormSpec &form = std::get<FormSpec>(spec);
    const CampaignId campaign = CliContext::currentCampaign(workspace).value();
    ExitCode failed = ExitCode::Done;
    const auto unit = context.findUnit(workspace, campaign, *unitName,
                                       makeError(Error::Code::NotFound,
                                                 ImportCommand::tr("import form: \"%1\" is not a unit in the "
                                                                   "register; add it or check the name")
                                                     .arg(*unitName)),
                                       ExitCode::Rejected, failed);
    if (!unit)
        return failed;
    const Result<FormFile> read = readFormFile(*file, form);
    if (!read) {
        context.err() << read.error().message << Qt::endl;
        return ExitCode::Rejected;
    }
    if (!read->issues.isEmpty()) {
        for (const QString &issue : read->issues)
            context.err() << issue << Qt::endl;
        context.err() << ImportCommand::tr("%1: %n problem(s); nothing was imported.", nullptr,
                                           int(read->issues.size()))
                             .arg(QFileInfo(*file).fileName())
                      << Qt::endl;
        return ExitCode::Rejected;
    }
    // The draw results' 附件7 lists every drawn unit's files: the named unit's rows are its form.
    FormData data = read->data;
    qsizetype otherRows = 0;
    if (form.owedByDrawnUnitsOnly) {
        const QString unitKey = QStringLiteral("unit_name");
        const auto other = [&](const FormData::Row &r) {
            const QString named = r.value(unitKey).trimmed();
            return !named.isEmpty() && named != unit->name && named != unit->officialName;
        };
        otherRows = std::count_if(data.rows.begin(), data.rows.end(), other);
        data.rows.erase(std::remove_if(data.rows.begin(), data.rows.end(), other), data.rows.end());
        if (data.rows.empty() && otherRows > 0) {
            context.err() << ImportCommand::tr("%1: its %n row(s) name other units; none is a file of %2. "
                                               "Check the unit named with --unit; nothing was imported.",
                                               nullptr, int(otherRows))
                                 .arg(QFileInfo(*file).fileName(), unit->name)
                          << Qt::endl;
            return ExitCode::Rejected;
        }
    }
    // A figure its own rows count (附件2's total: the files its 案卷目录 lists) typed otherwise is refused.
    if (const std::vector<FormFinding> counted = rowFigureFindings(form, data); !counted.empty()) {
        for (const FormFinding &f : counted)
            context.err() << QFileInfo(*file).fileName() << QStringLiteral(": ") << f.message << Qt::endl;
        context.err() << ImportCommand::tr("%1: %n problem(s); nothing was imported.", nullptr,
                                           int(counted.size()))
                             .arg(QFileInfo(*file).fileName())
                      << Qt::endl;
        return ExitCode::Rejected;
    }
    SubmissionService &submissions = workspace.submissions();
    const auto findings = submissions.findings(campaign, form.id, data);
    int errors = 0;
    int warnings = 0;
    if (findings)
        for (const FormFinding &f : *findings)
            ++(f.isError() ? errors : warnings);
    const QString summary =
        ImportCommand::tr("%1 of %2: %3 value(s), %4 row(s); the form's checks find %5 "
                          "error(s) and %6 warning(s)")
            .arg(form.id, unit->name)
            .arg(data.values.size())
            .arg(data.rows.size())
            .arg(errors)
            .arg(warnings) +
        (otherRows ? ImportCommand::tr(" (%n row(s) of other units left out)", nullptr, int(otherRows))
                   : QString());
    if (dryRun) {
        context.out() << summary << ImportCommand::tr(" (--dry-run: nothing was written).") << Qt::endl;
        return ExitCode::Done;
    }
    const Result<Submission> before = submissions.submission(campaign, unit->id, form.id);
    if (!before)
        return context.fail(before.error());
    Receipt receipt;
    receipt.receivedOn =
        before->status == Submission::Status::Received ? before->receivedOn : workspace.clock().today();
    receipt.filledBy = read->filledBy;
    receipt.phone = read->phone;
    receipt.filledOn = read->filledOn;
    if (before->status == Submission::Status::Received) {
        if (auto r = submissions.save(before->id, receipt, data, QStringLiteral("import")); !r)
            return context.fail(r.error());
    } else if (auto r = submissions.receive(campaign, unit->id, form.id, receipt, data,
                                            QStringLiteral("import"));
               !r) {
        return context.fail(r.error());
    }
    context.out() << summary << QStringLiteral(".") << Qt::endl;
    return ExitCode::Done;
}

ExitCode templateForm(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> formId = arguments.takePositional();
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!formId || !out)
        return context.usageError(
            TemplateCommand::tr("template form: write template form ID --out FILE.xlsx"));
    if (const auto refused = notXlsx(context, *out, QStringLiteral("template")))
        return *refused;
    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const auto spec = takeForm(context, workspace, *formId, QStringLiteral("template"));
    if (std::holds_alternative<ExitCode>(spec))
        return std::get<ExitCode>(spec);
    const Result<Campaign> c = workspace.campaigns().campaign(CliContext::currentCampaign(workspace).value());
    return writeBook(context, *out, formTemplate(std::get<FormSpec>(spec), c ? c->title : QString()),
                     TemplateCommand::tr("Template written to %1.").arg(*out));
}

/// `export form ID --unit NAME --out F.xlsx`: the unit's copy as it stands, in the form's own template, so
/// it imports back unchanged. A unit or form that is not there is the input's fault: exit 2.
ExitCode exportForm(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> formId = arguments.takePositional();
    const std::optional<QString> unitName = arguments.takeOption(QStringLiteral("--unit"));
    const std::optional<QString> out = arguments.takeOption(QStringLiteral("--out"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!formId || !unitName || !out)
        return context.usageError(
            ExportCommand::tr("export form: write export form ID --unit NAME --out FILE.xlsx"));
    if (const auto refused = notXlsx(context, *out, QStringLiteral("export")))
        return *refused;
    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const auto spec = takeForm(context, workspace, *formId, QStringLiteral("export"), true);
    if (std::holds_alternative<ExitCode>(spec))
        return std::get<ExitCode>(spec);
    const FormSpec &form = std::get<FormSpec>(spec);
    const CampaignId campaign = CliContext::currentCampaign(workspace).value();
    ExitCode failed = ExitCode::Done;
    const auto unit = context.findUnit(
        workspace, campaign, *unitName,
        makeError(Error::Code::NotFound,
                  ExportCommand::tr("export form: \"%1\" is not a unit in the register; check the name (unit list)")
                      .arg(*unitName)),
        ExitCode::Rejected, failed);
    if (!unit)
        return failed;
    const Result<Submission> s = workspace.submissions().submission(campaign, unit->id, form.id);
    if (!s)
        return context.fail(s.error());
    FormFile filled;
    filled.data = s->data;
    filled.filledBy = s->filledBy;
    filled.phone = s->phone;
    filled.filledOn = s->filledOn;
    const Result<Campaign> c = workspace.campaigns().campaign(campaign);
    const QString state = submissionStatusLabel(s->status);
    return writeBook(context, *out, formWorkbook(form, c ? c->title : QString(), filled),
                     ExportCommand::tr("%1 of %2 (%3) written to %4.").arg(form.id, unit->name, state, *out));
}

/// `export trainings|exams|major-penalties [--unit NAME] --out F.xlsx`: the list in its import template, so
/// it imports back unchanged. A unit that is not registered, or an --out that cannot be written: exit 2.
ExitCode exportAreaList(CliContext &context, Workspace &workspace, CampaignId campaign, AreaRecordImporter::List list,
                        const QString &out, const std::optional<QString> &unitName)
{
    UnitId unit;
    QString unitLabel;
    if (unitName) {
        ExitCode failed = ExitCode::Done;
        const auto found = context.findUnit(
            workspace, campaign, *unitName,
            makeError(Error::Code::NotFound, ExportCommand::tr("%1: \"%2\" is not a unit in the register; check "
                                                               "the name against the units page")
                                                 .arg(QStringLiteral("export ") + areaRecordListName(list), *unitName)),
            ExitCode::Rejected, failed);
        if (!found)
            return failed;
        unit = found->id;
        unitLabel = found->name;
    }
    const Result<XlsxWorkbook> book = areaRecordExport(list, workspace.areaRecords(), workspace.units(), campaign, unit);
    if (!book)
        return context.fail(book.error(), ExitCode::Database);
    const int rows = int(book->sheets.value(0).rows.size());
    return writeBook(context, out, *book,
                     unit.isValid() ? ExportCommand::tr("%n record(s) of %2 written to %1.", nullptr, rows)
                                          .arg(out, unitLabel)
                                    : ExportCommand::tr("%n record(s) written to %1.", nullptr, rows).arg(out));
}

} // namespace

ExitCode ImportCommand::run(CliContext &context, ArgumentList &arguments)
{
    const auto kind = takeKind(context, arguments, name());
    if (std::holds_alternative<ExitCode>(kind))
        return std::get<ExitCode>(kind);
    if (!std::get<const ExchangeKind *>(kind))
        return importForm(context, arguments);
    const ExchangeKind &what = *std::get<const ExchangeKind *>(kind);
    const bool dryRun = arguments.takeFlag(QStringLiteral("--dry-run"));
    const std::optional<QString> sheet = arguments.takeOption(QStringLiteral("--sheet"));
    const std::optional<QString> file = arguments.takePositional();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!file)
        return context.usageError(tr("import %1: name the file to import").arg(what.name));

    // The file first: a file that cannot be read is refused before the database is touched.
    auto table = openTable(*file, sheet.value_or(QString()));
    if (!table) {
        context.err() << table.error().message << Qt::endl;
        return ExitCode::Rejected;
    }
    auto opened = context.openWorkspace(dryRun ? CliContext::Access::Read : CliContext::Access::Write);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const Result<CampaignId> campaign = CliContext::currentCampaign(workspace);
    if (!campaign)
        return context.fail(campaign.error());

    const std::unique_ptr<RecordImporter> importer = what.importer(workspace, *campaign);
    ImportOptions options;
    options.dryRun = dryRun;
    options.previewRows = 0;
    const Result<ImportReport> report = runImport(**table, *importer, options);
    if (!report)
        return context.fail(report.error(), ExitCode::Database);

    if (!report->clean()) {
        for (const ImportIssue &issue : report->issues)
            context.err() << escapeForTerminal(report->issueText(issue)) << Qt::endl;
        if (report->issuesLeftOut > 0)
            context.err() << tr("%1: … and %n more problem(s) not listed.", nullptr, report->issuesLeftOut)
                                 .arg(report->file)
                          << Qt::endl;
        context.err() << tr("%1: %n problem(s); nothing was imported.", nullptr,
                            int(report->issues.size()) + report->issuesLeftOut)
                             .arg(report->file)
                      << Qt::endl;
        return ExitCode::Rejected;
    }
    const QString counts = tr("%n row(s) read: %1 added, %2 updated, %3 unchanged", nullptr, report->dataRows)
                               .arg(report->added)
                               .arg(report->updated)
                               .arg(report->unchanged);
    if (dryRun)
        context.out() << tr("%1: %2 (--dry-run: nothing was written).").arg(report->file, counts) << Qt::endl;
    else
        context.out() << tr("%1: %2.").arg(report->file, counts) << Qt::endl;
    // Taken, but worth a look (a new unit whose name looks like a registered one).
    for (const ImportIssue &warning : report->warnings)
        context.out() << escapeForTerminal(tr("%1 (warning)").arg(report->issueText(warning))) << Qt::endl;
    return ExitCode::Done;
}

QList<Command::Usage> TemplateCommand::usage() const
{
    return {{tr("template %1 --out FILE.xlsx").arg(kindNames()),
             tr("a blank import template with the expected headers and drop-downs")}};
}

ExitCode TemplateCommand::run(CliContext &context, ArgumentList &arguments)
{
    {
        ArgumentList peek = arguments;
        if (peek.takeCommand() == formWord) {
            (void)arguments.takeCommand();
            return templateForm(context, arguments);
        }
    }
    const auto target = takeXlsxTarget(context, arguments, name());
    if (std::holds_alternative<ExitCode>(target))
        return std::get<ExitCode>(target);
    const XlsxTarget &t = std::get<XlsxTarget>(target);
    return writeBook(context, t.out, t.kind->templateBook(), tr("Template written to %1.").arg(t.out));
}

QList<Command::Usage> ExportCommand::usage() const
{
    return {{tr("export %1 --out FILE.xlsx").arg(kindNames()),
             tr("the current campaign's records as a workbook that imports back unchanged")},
            {tr("export trainings|exams|major-penalties [--unit NAME] --out FILE.xlsx"),
             tr("an area-7/10 list (one unit's with --unit) in its import template; it imports back unchanged")},
            {tr("export form ID --unit NAME --out FILE.xlsx"),
             tr("one unit's form as it stands, in its template; it imports back unchanged")}};
}

ExitCode ExportCommand::run(CliContext &context, ArgumentList &arguments)
{
    {
        ArgumentList peek = arguments;
        if (peek.takeCommand() == formWord) {
            (void)arguments.takeCommand();
            return exportForm(context, arguments);
        }
    }
    // --unit narrows the lists units send (trainings, exams, major-penalties) to one unit.
    const std::optional<QString> unitName = arguments.takeOption(QStringLiteral("--unit"));
    const auto target = takeXlsxTarget(context, arguments, name());
    if (std::holds_alternative<ExitCode>(target))
        return std::get<ExitCode>(target);
    const XlsxTarget &t = std::get<XlsxTarget>(target);
    const std::optional<AreaRecordImporter::List> list = areaRecordListNamed(t.kind->name);
    if (!t.kind->exportBook && !list)
        return context.usageError(
            tr("export %1: these records are not exported (they hold private data)").arg(t.kind->name));
    if (unitName && !list)
        return context.usageError(
            tr("export %1: --unit is for trainings, exams and major-penalties only").arg(t.kind->name));
    if (QFileInfo(t.out).isDir()) {
        context.err() << CliContext::tr("%1: is a folder; name a file for --out.")
                             .arg(QDir::toNativeSeparators(QFileInfo(t.out).absoluteFilePath()))
                      << Qt::endl;
        return ExitCode::Rejected;
    }
    const auto opened = context.openCampaign(CliContext::Access::Read);
    if (!opened)
        return opened.failure();
    Workspace &workspace = opened.workspace();
    const CampaignId campaign = opened.campaign();
    if (list)
        return exportAreaList(context, workspace, campaign, *list, t.out, unitName);
    const Result<XlsxWorkbook> book = t.kind->exportBook(workspace, campaign);
    if (!book)
        return context.fail(book.error(), ExitCode::Database);
    return writeBook(
        context, t.out, *book,
        tr("%n record(s) written to %1.", nullptr, int(book->sheets.value(0).rows.size())).arg(t.out));
}

} // namespace oversight
