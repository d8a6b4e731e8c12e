#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `report summary --out FILE.pdf|FILE.xlsx`: the campaign summary (总结验收) attachment of the current
/// campaign on --today: the figures per area and per unit with the charts (PDF, A4 landscape, vector), or
/// the same figures as a workbook. Reads only.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ReportCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("report"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
