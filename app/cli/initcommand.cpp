#include "initcommand.h"

#include "argumentlist.h"
#include "campaign/campaignloader.h"
#include "clicontext.h"
#include "services/campaignservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace oversight {

namespace {

/// The folders above `path` that do not exist yet, deepest first: the ones opening the file would create.
QStringList missingFolders(const QString &path)
{
    QStringList missing;
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists()) {
        missing.append(dir.absolutePath());
        if (!dir.cdUp())
            break;
    }
    return missing;
}

/// Takes back a database this run created: the file, its SQLite companions, its lock, and the folders made
/// for it.
void removeCreated(const QString &path, const QStringList &folders)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal"), QStringLiteral(".lock")})
        QFile::remove(file + suffix);
    for (const QString &folder : folders)
        QDir().rmdir(folder); // fails harmlessly when something else was put there meanwhile
}

} // namespace

QList<Command::Usage> InitCommand::usage() const
{
    return {
        {tr("init [--campaign FILE.json]"),
         tr("create a database with a campaign (default: the shipped 2022 plan); never overwrites a file")}};
}

ExitCode InitCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> campaignFile = arguments.takeOption(QStringLiteral("--campaign"));
    if (!arguments.finished())
        return context.usageError(arguments.error());

    // The definition is checked before the database exists, so that a rejected one leaves nothing behind.
    const Result<QByteArray> definition =
        CampaignLoader::readFile(campaignFile.value_or(CampaignLoader::builtinPath()));
    if (!definition)
        return context.fail(definition.error(), ExitCode::Rejected);

    const QString path = context.databasePath();
    const bool existed = QFileInfo::exists(path);
    const QStringList folders = missingFolders(path);
    Result<std::unique_ptr<Workspace>> opened =
        Workspace::open(path, Database::Mode::CreateNew, context.makeClock());
    if (!opened) {
        const Error &error = opened.error();
        // A file that was there, or one another copy is creating right now, is not ours to remove.
        if (!existed && error.code != Error::Code::Locked)
            removeCreated(path, folders);
        return context.fail(error,
                            error.code == Error::Code::Invalid ? ExitCode::Rejected : ExitCode::Database);
    }
    std::unique_ptr<Workspace> workspace = std::move(opened).value();

    const Result<CampaignId> id = workspace->campaigns().add(*definition);
    const Result<Campaign> campaign =
        id ? workspace->campaigns().campaign(*id) : Result<Campaign>(id.error());
    if (!campaign) {
        workspace.reset();
        removeCreated(path, folders);
        return context.fail(campaign.error());
    }
    const QString file = QDir::toNativeSeparators(workspace->database().path());
    workspace.reset(); // closes the file cleanly (WAL folded back) before we say it is done

    QTextStream &out = context.out();
    out << tr("Created %1").arg(file) << QLatin1Char('\n');
    out << tr("Campaign %1: %2 (%3), %4")
               .arg(QString::number(id->value), campaign->code, QString::number(campaign->year),
                    campaign->title)
        << Qt::endl;
    return ExitCode::Done;
}

} // namespace oversight
