#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QDateTime>

namespace oversight {

/// `backup FILE`: a checked copy of the database made with SQLite's online backup API; works while the
/// desktop app has the file open. Never overwrites FILE.
class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::BackupCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("backup"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;

    /// A moment for the clerk: local time, to the second; "none" when invalid.
    [[nodiscard]] static QString moment(const QDateTime &at);
    /// Lists evidence a backup or restore went ahead without (--allow-missing-evidence) on stderr.
    static void warnMissingEvidence(CliContext &context, const QStringList &missing);
};

/// `restore FILE`: checks the backup (integrity, schema version, audit chain), keeps the current file aside
/// and puts the backup in its place. The database must not be open in another copy of the program.
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::RestoreCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("restore"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

/// `verify [--against BACKUP]`: SQLite's integrity check, the audit chain, the evidence files and the audit
/// anchors (backups); exit 3 naming the first problem.
class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::VerifyCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("verify"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
