#include "campaigncommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "services/campaignservice.h"
#include "services/workspace.h"

#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace oversight {

namespace {

QString isoDate(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString joined(const QStringList &items)
{
    //: separator between form ids in a list ("附件2, 附件7")
    return items.join(QCoreApplication::translate("oversight::CampaignCommand", ", "));
}

} // namespace

QList<Command::Usage> CampaignCommand::usage() const
{
    return {
        {tr("campaign list"), tr("the campaigns in the file; * marks the current one")},
        {tr("campaign show [CODE|ID]"),
         tr("a campaign's plan: areas, forms, phases, deadlines, rules (default: the current one)")},
        {tr("campaign clone --year YYYY [--from CODE|ID]"),
         tr("copy a campaign (default: the current one) to another year")},
        {tr("campaign use CODE|ID"), tr("make a campaign the current one")},
    };
}

ExitCode CampaignCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> action = arguments.takeCommand();
    if (!action) {
        if (!arguments.finished())
            return context.usageError(arguments.error());
        return context.usageError(tr("campaign: name an action: list, show, clone or use"));
    }
    if (*action == QLatin1String("list"))
        return list(context, arguments);
    if (*action == QLatin1String("show"))
        return show(context, arguments);
    if (*action == QLatin1String("clone"))
        return clone(context, arguments);
    if (*action == QLatin1String("use"))
        return use(context, arguments);
    return context.usageError(tr("campaign: unknown action \"%1\" (list, show, clone or use)").arg(*action));
}

Result<CampaignId> CampaignCommand::choose(Workspace &workspace, const std::optional<QString> &codeOrId)
{
    if (!codeOrId)
        return CliContext::currentCampaign(workspace);
    const auto rows = workspace.campaigns().list();
    if (!rows)
        return rows.error();
    return resolve(*rows, *codeOrId);
}

Result<CampaignId> CampaignCommand::resolve(const std::vector<CampaignRow> &rows, const QString &codeOrId)
{
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&codeOrId](const CampaignRow &r) { return r.code == codeOrId; });
    if (it == rows.end()) {
        bool isNumber = false;
        const qint64 id = codeOrId.toLongLong(&isNumber);
        if (isNumber)
            it = std::find_if(rows.begin(), rows.end(),
                              [id](const CampaignRow &r) { return r.id.value == id; });
    }
    if (it == rows.end())
        return makeError(
            Error::Code::NotFound,
            tr("There is no campaign \"%1\" in this file; \"oversight-cli campaign list\" shows them.")
                .arg(codeOrId));
    return it->id;
}

ExitCode CampaignCommand::list(CliContext &context, ArgumentList &arguments)
{
    if (!arguments.finished())
        return context.usageError(arguments.error());
    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const auto rows = workspace.campaigns().list();
    if (!rows)
        return context.fail(rows.error());
    const Result<CampaignId> current = workspace.campaigns().current();
    if (!current)
        return context.fail(current.error());

    qsizetype width = 1;
    for (const CampaignRow &row : *rows)
        width = std::max(width, QString::number(row.id.value).size());
    for (const CampaignRow &row : *rows) {
        context.out() << (row.id == *current ? QLatin1Char('*') : QLatin1Char(' ')) << QLatin1Char(' ')
                      << QStringLiteral("%1  %2  %3  %4")
                             .arg(QString::number(row.id.value).rightJustified(width),
                                  QString::number(row.year), row.code, row.title)
                      << QLatin1Char('\n');
    }
    context.out().flush();
    return ExitCode::Done;
}

ExitCode CampaignCommand::show(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> which = arguments.takePositional();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    const auto opened = context.openCampaign(CliContext::Access::Read);
    if (!opened)
        return opened.failure();
    Workspace &workspace = opened.workspace();
    const CampaignId current = opened.campaign();
    const Result<CampaignId> id = choose(workspace, which);
    if (!id)
        return context.fail(id.error());
    const Result<Campaign> campaign = workspace.campaigns().campaign(*id);
    if (!campaign)
        return context.fail(campaign.error());
    context.out() << describe(*campaign, *id == current);
    context.out().flush();
    return ExitCode::Done;
}

QString CampaignCommand::describe(const Campaign &c, bool isCurrent)
{
    QString text;
    const auto line = [&text](const QString &s) { text += s + QLatin1Char('\n'); };

    line(c.title);
    if (!c.shortTitle.isEmpty() && c.shortTitle != c.title)
        line(tr("Short title: %1").arg(c.shortTitle));
    line(isCurrent ? tr("Code: %1 (id %2, the current campaign)").arg(c.code, QString::number(c.id.value))
                   : tr("Code: %1 (id %2)").arg(c.code, QString::number(c.id.value)));
    line(tr("Year: %1 (case files of %2)").arg(c.year).arg(c.caseYear));
    line(tr("Document number: %1").arg(c.documentNumber.isEmpty() ? tr("none yet") : c.documentNumber));
    line(c.section.isEmpty() ? tr("Authority: %1").arg(c.authority)
                             : tr("Authority: %1 (%2)").arg(c.authority, c.section));
    line(tr("Issued: %1").arg(isoDate(c.issuedOn)));

    line(QString());
    line(tr("Areas:"));
    for (const Area &a : c.areas) {
        //: one reform area: number, title, its forms
        line(tr("  %1. %2: %3")
                 .arg(QString::number(a.number).rightJustified(2), a.title,
                      a.forms.isEmpty() ? tr("no forms") : joined(a.forms)));
    }

    line(QString());
    line(tr("Forms:"));
    for (const FormSpec &f : c.forms) {
        const Deadline *due = c.deadlineOfForm(f.id);
        //: one form: id, title, (area and due date)
        line(tr("  %1  %2 (%3)")
                 .arg(f.id, f.title,
                      f.area == 0 ? (due ? tr("due %1").arg(isoDate(due->due)) : tr("no deadline"))
                      : due       ? tr("area %1, due %2").arg(QString::number(f.area), isoDate(due->due))
                                  : tr("area %1").arg(f.area)));
    }

    line(QString());
    line(tr("Phases:"));
    for (const Phase &p : c.phases) {
        line(QStringLiteral("  %1  %2").arg(p.name, tr("%1 to %2").arg(isoDate(p.from), isoDate(p.to))));
        if (!p.description.isEmpty())
            line(QStringLiteral("      ") + p.description);
    }

    line(QString());
    line(tr("Deadlines:"));
    for (const Deadline &d : c.deadlines) {
        line(d.forms.isEmpty() ? QStringLiteral("  %1  %2").arg(isoDate(d.due), d.title)
                               //: one deadline: date, title, the forms due
                               : tr("  %1  %2: %3").arg(isoDate(d.due), d.title, joined(d.forms)));
    }

    line(QString());
    line(tr("Rules:"));
    line(QStringLiteral("  ") + tr("Self-check: at least %1% of each unit's %2 case files")
                                    .arg(c.rules.selfCheckMinPercent)
                                    .arg(c.caseYear));
    line(QStringLiteral("  ") +
         tr("Spot check: at least %1 case files in total").arg(c.rules.spotCheckMinFiles));
    if (c.rules.rectificationDeadline.isValid())
        line(QStringLiteral("  ") +
             tr("Rectification deadline: %1").arg(isoDate(c.rules.rectificationDeadline)));
    line(QStringLiteral("  ") +
         tr("Normative documents: filed within %1 days of issue; zero reports by %2")
             .arg(c.rules.filingDeadlineDays)
             .arg(c.rules.zeroReportPeriod == ZeroReportPeriod::Year ? tr("year") : tr("quarter")));
    line(QStringLiteral("  ") +
         tr("Major penalty decisions: filed within %1 days of the decision").arg(c.rules.majorPenaltyFilingDays));
    return text;
}

ExitCode CampaignCommand::clone(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> yearText = arguments.takeOption(QStringLiteral("--year"));
    const std::optional<QString> from = arguments.takeOption(QStringLiteral("--from"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!yearText)
        return context.usageError(tr("campaign clone needs --year YYYY"));
    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    if (!fourDigits.match(*yearText).hasMatch())
        return context.usageError(tr("--year: \"%1\" is not a year (write YYYY)").arg(*yearText));
    const int year = yearText->toInt();

    auto opened = context.openWorkspace(CliContext::Access::Write);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const auto rows = workspace.campaigns().list();
    if (!rows)
        return context.fail(rows.error());
    const Result<CampaignId> source = from ? resolve(*rows, *from) : CliContext::currentCampaign(workspace);
    if (!source)
        return context.fail(source.error());
    // One campaign a year: the service refuses a second campaign with the same code; a campaign of that year
    // under another code would be just as confusing in every list.
    const auto sameYear =
        std::find_if(rows->begin(), rows->end(), [year](const CampaignRow &r) { return r.year == year; });
    if (sameYear != rows->end()) {
        return context.fail(
            makeError(Error::Code::Conflict,
                      tr("The file already holds a campaign for %1: %2 (id %3).")
                          .arg(QString::number(year), sameYear->code, QString::number(sameYear->id.value))),
            ExitCode::Rejected);
    }

    const Result<CampaignId> id = workspace.campaigns().clone(*source, year);
    if (!id)
        return context.fail(id.error());
    const Result<Campaign> copy = workspace.campaigns().campaign(*id);
    if (!copy)
        return context.fail(copy.error());
    const Result<Campaign> original = workspace.campaigns().campaign(*source);
    context.out() << tr("Created campaign %1: %2 (%3), cloned from %4")
                         .arg(QString::number(id->value), copy->code, QString::number(copy->year),
                              original ? original->code : QString::number(source->value))
                  << QLatin1Char('\n')
                  << tr("Make it the current campaign with: oversight-cli campaign use %1").arg(copy->code)
                  << Qt::endl;
    return ExitCode::Done;
}

ExitCode CampaignCommand::use(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> which = arguments.takePositional();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!which)
        return context.usageError(tr("campaign use needs a CODE or ID"));
    auto opened = context.openWorkspace(CliContext::Access::Write);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Workspace &workspace = *opened.value();
    const Result<CampaignId> id = choose(workspace, which);
    if (!id)
        return context.fail(id.error());
    if (const Result<void> r = workspace.campaigns().setCurrent(*id); !r)
        return context.fail(r.error());
    const Result<Campaign> campaign = workspace.campaigns().campaign(*id);
    if (!campaign)
        return context.fail(campaign.error());
    context.out() << tr("Current campaign: %1 (%2, id %3)")
                         .arg(campaign->displayName(), campaign->code, QString::number(id->value))
                  << Qt::endl;
    return ExitCode::Done;
}

} // namespace oversight
