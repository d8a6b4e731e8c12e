#include "safetycommands.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "services/workspace.h"
#include "storage/attachmentstore.h"
#include "storage/backup.h"

#include <QDir>
#include <QTextStream>

namespace oversight {

QString BackupCommand::moment(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("none");
}

QList<Command::Usage> BackupCommand::usage() const
{
    return {
        {tr("backup FILE"), tr("write a checked copy of the database to FILE (never overwrites a file)")}};
}

ExitCode BackupCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> target = arguments.takePositional();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!target)
        return context.usageError(tr("backup: name the FILE to write"));

    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    const Result<BackupInfo> written = Backup::write(opened.value()->database(), *target);
    if (!written)
        return context.fail(written.error());
    context.out() << tr("Backed up %1 to %2 (%3 bytes, integrity check ok).")
                         .arg(QDir::toNativeSeparators(opened.value()->database().path()),
                              QDir::toNativeSeparators(written->path))
                         .arg(written->size)
                  << QLatin1Char('\n')
                  << tr("Campaign: %1; last change: %2; %3 audit entries.")
                         .arg(written->campaign.isEmpty() ? tr("none") : written->campaign,
                              moment(written->lastChange))
                         .arg(written->auditEntries)
                  << Qt::endl;
    if (written->attachmentsCopied > 0)
        context.out() << tr("%n evidence file(s) copied into %1.", nullptr, written->attachmentsCopied)
                             .arg(QDir::toNativeSeparators(AttachmentStore(written->path).folder()))
                      << Qt::endl;
    return ExitCode::Done;
}

QList<Command::Usage> RestoreCommand::usage() const
{
    return {{tr("restore FILE"), tr("check the backup FILE and put it in place of the database; the current "
                                    "file is kept aside")}};
}

ExitCode RestoreCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> source = arguments.takePositional();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!source)
        return context.usageError(tr("restore: name the backup FILE"));

    const Result<BackupInfo> info = Backup::inspect(*source);
    if (!info)
        return context.fail(info.error());
    const QString database = context.databasePath();
    const Result<QString> aside = Backup::restore(*source, database);
    if (!aside)
        return context.fail(aside.error());
    QTextStream &out = context.out();
    out << tr("Restored %1 from %2.")
               .arg(QDir::toNativeSeparators(database), QDir::toNativeSeparators(info->path))
        << QLatin1Char('\n')
        << tr("Campaign: %1; last change: %2; %3 audit entries.")
               .arg(info->campaign.isEmpty() ? BackupCommand::tr("none") : info->campaign,
                    BackupCommand::moment(info->lastChange))
               .arg(info->auditEntries)
        << QLatin1Char('\n');
    if (!aside->isEmpty())
        out << tr("The previous file is kept as %1.").arg(QDir::toNativeSeparators(*aside))
            << QLatin1Char('\n');
    out.flush();
    return ExitCode::Done;
}

QList<Command::Usage> VerifyCommand::usage() const
{
    return {{tr("verify"), tr("SQLite's integrity check and the audit log's hash chain")}};
}

ExitCode VerifyCommand::run(CliContext &context, ArgumentList &arguments)
{
    if (!arguments.finished())
        return context.usageError(arguments.error());
    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Database &db = opened.value()->database();
    const Result<Verification> result = Backup::verify(db.connection());
    if (!result)
        return context.fail(result.error(), ExitCode::Database);

    QTextStream &out = context.out();
    if (result->integrityProblems.isEmpty()) {
        out << tr("Integrity check: ok") << QLatin1Char('\n');
    } else {
        out << tr("Integrity check: failed") << QLatin1Char('\n');
        for (const QString &problem : result->integrityProblems)
            out << QStringLiteral("  ") << problem << QLatin1Char('\n');
    }
    if (result->auditProblem.isEmpty())
        out << tr("Audit log: %1 entries, the chain is intact").arg(result->auditEntries)
            << QLatin1Char('\n');
    else
        out << tr("Audit log: %1").arg(result->auditProblem) << QLatin1Char('\n');
    out.flush();
    if (result->ok())
        return ExitCode::Done;
    context.err() << tr("%1 does not verify: %2")
                         .arg(QDir::toNativeSeparators(db.path()),
                              result->auditProblem.isEmpty() ? result->integrityProblems.constFirst()
                                                             : result->auditProblem)
                  << Qt::endl;
    return ExitCode::Database;
}

} // namespace oversight
