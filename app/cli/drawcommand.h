#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `draw cases --count N [--seed S] [--units A,B,…]` draws spot-check files (and their reviewers when the
/// pool has any) and stores the record; `draw reviewers ID [--seed S]` is the second step of a draw made
/// without reviewers; `draw verify ID` re-runs a stored draw and compares (0 match, 2 naming the difference);
/// `draw record ID --out FILE.pdf` prints the one-page 抽取记录.
class DrawCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::DrawCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("draw"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
