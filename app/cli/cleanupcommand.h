#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `cleanup list` and `cleanup print ROUND --out FILE.pdf|FILE.xlsx`: the clean-up rounds (清理) of the
/// current campaign with their counts, and a round's summary table (清理结果汇总表) as a PDF or a workbook.
/// ROUND is the round's id or its name. Rounds are kept on the app's normative-documents page.
class CleanupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CleanupCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("cleanup"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
