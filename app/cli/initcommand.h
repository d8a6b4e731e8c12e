#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `init [--campaign FILE.json]`: creates a database with one campaign (the shipped 2022 plan by default).
/// Never overwrites a file; when the definition is rejected nothing is left behind.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::InitCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("init"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
