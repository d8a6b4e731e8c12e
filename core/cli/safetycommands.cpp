#include "safetycommands.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "services/workspace.h"
#include "storage/attachmentstore.h"
#include "storage/backup.h"

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
    const Result<BackupInfo> written =
        Backup::write(opened.value()->database(), *target, false, allowMissing);
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
                             .arg(QDir::toNativeSeparators(AttachmentStore(written->path).folder()))
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

    const Result<BackupInfo> info = Backup::inspect(*source);
    if (!info)
        return context.fail(info.error());
    const QString database = context.databasePath();
    QStringList missing;
    const Result<QString> aside = Backup::restore(*source, database, allowMissing, &missing);
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
                "against every backup beside the database (and BACKUP)")}};
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
    const Result<Verification> result = Backup::verify(db.connection());
    if (!result)
        return context.fail(result.error(), ExitCode::Database);
    const Result<EvidenceCheck> evidence = Backup::checkEvidence(db.connection(), db.path());
    if (!evidence)
        return context.fail(evidence.error(), ExitCode::Database);

    QStringList problems; // the first goes to stderr
    QTextStream &out = context.out();
    if (result->integrityProblems.isEmpty()) {
        out << tr("Integrity check: ok") << QLatin1Char('\n');
    } else {
        out << tr("Integrity check: failed") << QLatin1Char('\n');
        for (const QString &problem : result->integrityProblems)
            out << QStringLiteral("  ") << problem << QLatin1Char('\n');
        problems.append(result->integrityProblems.constFirst());
    }
    if (result->auditProblem.isEmpty()) {
        out << tr("Audit log: %1 entries, the chain is intact").arg(result->auditEntries)
            << QLatin1Char('\n');
    } else {
        out << tr("Audit log: %1").arg(result->auditProblem) << QLatin1Char('\n');
        problems.append(result->auditProblem);
    }
    if (evidence->ok()) {
        out << tr("Evidence files: %1 stored, each present and unchanged").arg(evidence->checked)
            << QLatin1Char('\n');
    } else {
        out << tr("Evidence files: %1 missing, %2 changed")
                   .arg(evidence->missing.size())
                   .arg(evidence->changed.size())
            << QLatin1Char('\n');
        for (const QString &m : evidence->missing)
            out << QStringLiteral("  ") << tr("missing: %1").arg(m) << QLatin1Char('\n');
        for (const QString &c : evidence->changed)
            out << QStringLiteral("  ") << tr("changed: %1").arg(c) << QLatin1Char('\n');
        problems.append(evidence->missing.isEmpty()
                            ? tr("the evidence file %1 was changed").arg(evidence->changed.constFirst())
                            : tr("the evidence file %1 is missing").arg(evidence->missing.constFirst()));
    }

    // The anchors: every automatic backup beside the database, and the one named.
    QStringList anchors = Backup::automaticBackups(db.path());
    if (against)
        anchors.prepend(*against);
    int agreeing = 0;
    for (const QString &anchor : anchors) {
        const Result<AnchorCheck> check = Backup::compareWithBackup(db.connection(), anchor);
        if (!check) {
            // An unreadable automatic backup is not the log's fault; a named one is the user's question.
            if (against && anchor == *against)
                return context.fail(check.error());
            out << tr("Audit anchor %1: not readable (%2)")
                       .arg(QDir::toNativeSeparators(anchor), check.error().fullText())
                << QLatin1Char('\n');
            continue;
        }
        if (check->ok()) {
            ++agreeing;
            continue;
        }
        out << tr("Audit anchor %1: %2").arg(QDir::toNativeSeparators(anchor), check->problem)
            << QLatin1Char('\n');
        problems.append(check->problem);
    }
    if (!anchors.isEmpty())
        out << tr("Audit anchors: %1 of %2 backups agree with the log").arg(agreeing).arg(anchors.size())
            << QLatin1Char('\n');
    out.flush();
    if (problems.isEmpty())
        return ExitCode::Done;
    context.err()
        << tr("%1 does not verify: %2").arg(QDir::toNativeSeparators(db.path()), problems.constFirst())
        << Qt::endl;
    return ExitCode::Database;
}

} // namespace oversight
