#include "safetycommands.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "services/safetyservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace oversight {

QString BackupCommand::moment(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("none");
}

QList<Command::Usage> BackupCommand::usage() const
{
    return {
        {tr("backup FILE [--allow-missing-evidence]"),
         tr("write a checked copy of the database to FILE (never overwrites a file); refused when evidence "
            "files are missing unless allowed")}};
}

ExitCode BackupCommand::run(CliContext &context, ArgumentList &arguments)
{
    const bool allowMissing = arguments.takeFlag(QStringLiteral("--allow-missing-evidence"));
    const std::optional<QString> target = arguments.takePositional();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!target)
        return context.usageError(tr("backup: name the FILE to write"));

    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    // The same service as the desktop's Back up….
    const Result<BackupInfo> written = SafetyService(opened.value()->database()).backupTo(*target, false, allowMissing);
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
    warnMissingEvidence(context, written->evidenceMissing);
    if (written->attachmentsCopied > 0)
        context.out() << tr("%n evidence file(s) copied into %1.", nullptr, written->attachmentsCopied)
                             .arg(QDir::toNativeSeparators(SafetyService::evidenceFolder(written->path)))
                      << Qt::endl;
    return ExitCode::Done;
}

void BackupCommand::warnMissingEvidence(CliContext &context, const QStringList &missing)
{
    if (missing.isEmpty())
        return;
    context.err() << tr("Warning: %n evidence file(s) missing or changed (--allow-missing-evidence):",
                        nullptr, int(missing.size()))
                  << QLatin1Char('\n');
    for (const QString &m : missing)
        context.err() << QStringLiteral("  ") << m << QLatin1Char('\n');
    context.err().flush();
}

QList<Command::Usage> RestoreCommand::usage() const
{
    return {
        {tr("restore FILE [--allow-missing-evidence]"),
         tr("check the backup FILE and put it in place of the database; the current file is kept aside")}};
}

ExitCode RestoreCommand::run(CliContext &context, ArgumentList &arguments)
{
    const bool allowMissing = arguments.takeFlag(QStringLiteral("--allow-missing-evidence"));
    const std::optional<QString> source = arguments.takePositional();
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!source)
        return context.usageError(tr("restore: name the backup FILE"));

    const Result<BackupInfo> info = SafetyService::inspectBackup(*source);
    if (!info)
        return context.fail(info.error());
    const QString database = context.databasePath();
    QStringList missing;
    const Result<QString> aside = SafetyService::restoreBackup(*source, database, allowMissing, &missing);
    if (!aside)
        return context.fail(aside.error());
    BackupCommand::warnMissingEvidence(context, missing);
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
    return {{tr("verify [--against BACKUP]"),
             tr("SQLite's integrity check, the audit log's hash chain, the evidence files, and the audit log "
                "against every audit anchor: the backups beside the database, the issued documents, and "
                "BACKUP (a backup, or a PDF or XLSX this program issued or printed)")}};
}

ExitCode VerifyCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> against = arguments.takeOption(QStringLiteral("--against"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (against && !QFileInfo::exists(*against))
        return context.fail(makeError(
            Error::Code::NotFound,
            tr("--against: %1 does not exist. Check the path.").arg(QDir::toNativeSeparators(*against))));
    auto opened = context.openWorkspace(CliContext::Access::Read);
    if (!opened)
        return context.fail(opened.error(), ExitCode::Database);
    Database &db = opened.value()->database();
    // The same checks as the desktop's Verify.
    const Result<IntegrityReport> report = SafetyService(db).check(against);
    if (!report)
        return context.fail(report.error());
    QTextStream &out = context.out();
    for (const QString &line : report->lines)
        out << line << QLatin1Char('\n');
    out.flush();
    if (report->ok())
        return ExitCode::Done;
    context.err()
        << tr("%1 does not verify: %2").arg(QDir::toNativeSeparators(db.path()), report->problems.constFirst())
        << Qt::endl;
    return ExitCode::Database;
}

} // namespace oversight
