#include "acceptancecommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "services/acceptanceservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QHash>
#include <QTextStream>

namespace oversight {

QList<Command::Usage> AcceptanceCommand::usage() const
{
    return {{tr("acceptance set --unit NAME --conclusion 合格|基本合格|不合格 [--reason TEXT] [--date YYYY-MM-DD]"),
             tr("the acceptance conclusion on a unit (reasons required unless 合格)")},
            {tr("acceptance list"), tr("every unit with its acceptance conclusion")}};
}

ExitCode AcceptanceCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> action = arguments.takeCommand();
    const std::optional<QString> unitName = arguments.takeOption(QStringLiteral("--unit"));
    const std::optional<QString> conclusionText = arguments.takeOption(QStringLiteral("--conclusion"));
    const std::optional<QString> reason = arguments.takeOption(QStringLiteral("--reason"));
    const std::optional<QString> dateText = arguments.takeOption(QStringLiteral("--date"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    const bool set = action == QLatin1String("set");
    if (!set && action != QLatin1String("list"))
        return context.usageError(tr("acceptance: say set or list"));
    if (!set && (unitName || conclusionText || reason || dateText))
        return context.usageError(tr("acceptance list takes no options"));
    Acceptance a;
    if (set) {
        if (!unitName || !conclusionText)
            return context.usageError(tr("acceptance set: write --unit NAME --conclusion 合格|基本合格|不合格"));
        const std::optional<Acceptance::Conclusion> c = parseAcceptance(*conclusionText);
        if (!c)
            return context.usageError(
                tr("--conclusion: \"%1\" is not a conclusion; write 合格, 基本合格 or 不合格").arg(*conclusionText));
        a.conclusion = *c;
        a.reasons = reason.value_or(QString());
        if (dateText) {
            a.decidedOn = QDate::fromString(*dateText, Qt::ISODate);
            if (!a.decidedOn.isValid())
                return context.usageError(tr("--date: \"%1\" is not a date; write YYYY-MM-DD").arg(*dateText));
        }
    }
    const auto opened = context.openCampaign(set ? CliContext::Access::Write : CliContext::Access::Read);
    if (!opened)
        return opened.failure();
    Workspace &workspace = opened.workspace();
    const CampaignId campaign = opened.campaign();
    if (set) {
        ExitCode failed = ExitCode::Done;
        const auto unit = context.findUnit(
            workspace, campaign, *unitName,
            makeError(Error::Code::NotFound, tr("acceptance set: \"%1\" is not a unit in the register; check the "
                                                "name (status lists the units)")
                                                 .arg(*unitName)),
            ExitCode::Rejected, failed);
        if (!unit)
            return failed;
        a.campaign = campaign;
        a.unit = unit->id;
        if (auto r = workspace.acceptance().set(a); !r) {
            context.err() << r.error().message << Qt::endl;
            return ExitCode::Rejected;
        }
        context.out() << tr("%1: %2.").arg(unit->name, acceptanceWord(a.conclusion)) << Qt::endl;
        return ExitCode::Done;
    }
    const auto units = workspace.units().units(campaign);
    if (!units)
        return context.fail(units.error());
    const auto all = workspace.acceptance().conclusions(campaign);
    if (!all)
        return context.fail(all.error());
    QHash<qint64, Acceptance> byUnit;
    for (const Acceptance &x : *all)
        byUnit.insert(x.unit.value, x);
    for (const Unit &u : *units) {
        const auto it = byUnit.constFind(u.id.value);
        if (it == byUnit.cend())
            context.out() << tr("%1\tnot yet concluded").arg(u.name) << Qt::endl;
        else
            context.out() << u.name << QLatin1Char('\t') << acceptanceWord(it->conclusion) << QLatin1Char('\t')
                          << it->decidedOn.toString(Qt::ISODate) << QLatin1Char('\t') << it->reasons << Qt::endl;
    }
    return ExitCode::Done;
}

} // namespace oversight
