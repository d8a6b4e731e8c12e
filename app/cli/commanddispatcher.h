#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace oversight {

/// Reads the global options (--db, --today, --lang, --help, --version), picks the command by its first word
/// and hands it the rest. Adding a command is one line in the constructor.
class CommandDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CommandDispatcher)
public:
    CommandDispatcher();

    /// `arguments` with the program name first, as QCoreApplication::arguments() gives them.
    [[nodiscard]] ExitCode run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    [[nodiscard]] Command *find(const QString &name) const;
    [[nodiscard]] QString overview() const;
    [[nodiscard]] static QString usageLines(const QList<Command::Usage> &lines);

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace oversight
