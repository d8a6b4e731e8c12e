#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `status [--json]`: the current campaign's compliance picture (see StatusReport). Only reads.
class StatusCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::StatusCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("status"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
