#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

#include <utility>

namespace oversight {

class ArgumentList;
class CliContext;

/// oversight-cli's exit codes; DESIGN.md makes them a public contract.
enum class ExitCode : int
{
    Done = 0,     ///< the command did what it was asked
    Usage = 1,    ///< unknown command or option, missing or malformed argument
    Rejected = 2, ///< the input was rejected; nothing was written
    Database = 3, ///< the database could not be opened or is damaged
};

/// The exit code for an error a service or repository returned while the database was open: a rejected
/// input (invalid, not found, conflicting) is 2, anything about the file itself is 3.
[[nodiscard]] ExitCode exitCodeFor(const Error &error);

/// One top-level command of oversight-cli (init, campaign, status, …). The dispatcher has already taken the
/// global options and the command's name; the command takes the rest of the words it understands.
class Command
{
public:
    /// A usage line and what it does, for --help.
    using Usage = std::pair<QString, QString>;

    virtual ~Command() = default;

    [[nodiscard]] virtual QString name() const = 0;
    /// One entry per form of the command ("campaign list", "campaign show [CODE|ID]", …).
    [[nodiscard]] virtual QList<Usage> usage() const = 0;
    [[nodiscard]] virtual ExitCode run(CliContext &context, ArgumentList &arguments) = 0;
};

} // namespace oversight
