#pragma once

#include <QStringList>

class QTextStream;

namespace oversight {

/// Runs oversight-cli: `arguments` as QCoreApplication::arguments() gives them (the program name first).
/// Normal output goes to `out`, errors to `err`; returns the process exit code (see ExitCode in command.h).
/// Needs a QCoreApplication and, for the default database path, setApplicationIdentity() first.
[[nodiscard]] int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace oversight
