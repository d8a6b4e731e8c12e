#include "commanddispatcher.h"

#include "acceptancecommand.h"

#include "argumentlist.h"
#include "campaigncommand.h"
#include "cleanupcommand.h"
#include "clicontext.h"
#include "domain/isodate.h"
#include "drawcommand.h"
#include "exchangecommands.h"
#include "initcommand.h"
#include "language.h"
#include "ledgercommand.h"
#include "noticecommand.h"
#include "recordscommand.h"
#include "reportcommand.h"
#include "safetycommands.h"
#include "statuscommand.h"
#include "storage/database.h"

#include <QDir>
#include <QTextStream>

#include <algorithm>

namespace oversight {

namespace {
const QString helpCommand = QStringLiteral("help");
}

CommandDispatcher::CommandDispatcher()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<CampaignCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<NoticeCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<TemplateCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<RecordsCommand>());
    m_commands.push_back(std::make_unique<DrawCommand>());
    m_commands.push_back(std::make_unique<LedgerCommand>());
    m_commands.push_back(std::make_unique<CleanupCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<AcceptanceCommand>());
}

Command *CommandDispatcher::find(const QString &name) const
{
    const auto it = std::find_if(m_commands.begin(), m_commands.end(),
                                 [&name](const std::unique_ptr<Command> &c) { return c->name() == name; });
    return it == m_commands.end() ? nullptr : it->get();
}

QString CommandDispatcher::usageLines(const QList<Command::Usage> &lines)
{
    qsizetype width = 0;
    for (const Command::Usage &line : lines)
        width = std::max(width, line.first.size());
    QString text;
    for (const Command::Usage &line : lines)
        text += QStringLiteral("  ") + line.first.leftJustified(width + 2) + line.second + QLatin1Char('\n');
    return text;
}

QString CommandDispatcher::overview() const
{
    QList<Command::Usage> commands;
    for (const auto &command : m_commands)
        commands += command->usage();
    commands.append({tr("help [COMMAND]"), tr("this text, or one command's")});

    const QList<Command::Usage> options{
        {tr("--db FILE"),
         tr("the database file (default: %1)").arg(QDir::toNativeSeparators(Database::defaultPath()))},
        {tr("--today YYYY-MM-DD"), tr("take this day as today for every date computation")},
        {tr("--lang zh_CN|en"), tr("the language of messages (default: zh_CN)")},
        {QStringLiteral("--help"), tr("show this help")},
        {QStringLiteral("--version"), tr("show the program's version")},
    };
    return tr("Usage: oversight-cli [--db FILE] [--today YYYY-MM-DD] [--lang zh_CN|en] COMMAND ...") +
           QLatin1Char('\n') + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n') +
           usageLines(commands) + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') +
           usageLines(options) + QLatin1Char('\n') +
           tr("Exit codes: 0 done; 1 usage error; 2 the input was rejected (nothing written); "
              "3 the database could not be opened or is damaged.") +
           QLatin1Char('\n');
}

ExitCode CommandDispatcher::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    ArgumentList args(arguments.mid(1));
    const bool longHelp = args.takeFlag(QStringLiteral("--help"));
    const bool shortHelp = args.takeFlag(QStringLiteral("-h"));
    const bool version = args.takeFlag(QStringLiteral("--version"));
    const std::optional<QString> db = args.takeOption(QStringLiteral("--db"));
    const std::optional<QString> today = args.takeOption(QStringLiteral("--today"));
    const std::optional<QString> language = args.takeOption(QStringLiteral("--lang"));

    // The language comes first so that every later message speaks it.
    const QString lang = language.value_or(defaultLanguage());
    const bool knownLanguage = availableLanguages().contains(lang);
    installTranslations(knownLanguage ? lang : defaultLanguage());

    CliContext context(out, err);
    if (!args.error().isEmpty())
        return context.usageError(args.error());
    if (!knownLanguage)
        return context.usageError(tr("--lang: \"%1\" is not a language of this program (%2)")
                                      .arg(lang, availableLanguages().join(QStringLiteral(", "))));
    if (version) {
        out << QStringLiteral("oversight-cli %1").arg(QStringLiteral(OVERSIGHT_VERSION)) << Qt::endl;
        return ExitCode::Done;
    }
    if (today) {
        const QDate day = parseIsoDate(*today);
        if (!day.isValid())
            return context.usageError(tr("--today: \"%1\" is not a date (write YYYY-MM-DD)").arg(*today));
        context.setToday(day);
    }
    if (db)
        context.setDatabasePath(*db);

    std::optional<QString> name = args.takeCommand();
    bool help = longHelp || shortHelp;
    if (name == helpCommand) {
        help = true;
        name = args.takeCommand();
        if (!args.finished())
            return context.usageError(args.error());
    }
    if (help) {
        if (!name) {
            out << overview();
            return ExitCode::Done;
        }
        const Command *command = find(*name);
        if (!command)
            return context.usageError(tr("unknown command \"%1\"").arg(*name));
        out << tr("Usage:") << QLatin1Char('\n') << usageLines(command->usage());
        return ExitCode::Done;
    }
    if (!name) {
        if (!args.finished())
            return context.usageError(args.error());
        return context.usageError(tr("no command given"));
    }
    Command *command = find(*name);
    if (!command)
        return context.usageError(tr("unknown command \"%1\"").arg(*name));
    return command->run(context, args);
}

} // namespace oversight
