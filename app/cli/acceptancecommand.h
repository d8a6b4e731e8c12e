#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `acceptance set --unit NAME --conclusion 合格|基本合格|不合格 [--reason TEXT] [--date YYYY-MM-DD]` and
/// `acceptance list`: the bureau's conclusion on each unit at the summary and acceptance phase (总结验收).
class AcceptanceCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::AcceptanceCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("acceptance"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
