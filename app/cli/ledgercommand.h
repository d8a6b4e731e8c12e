#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `ledger --out FILE.pdf|FILE.xlsx [--unit NAME]`: the rectification ledger (整改台账) of the current
/// campaign, banner-wide or of one unit, as a PDF (A4 landscape) or a workbook with the same columns.
/// Reads only: it works while the app has the file open. `ledger evidence ID FILE` and `ledger close ID
/// --note TEXT` are the ledger's evidence steps, through the LedgerService the desktop app uses.
class LedgerCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::LedgerCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("ledger"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;

private:
    static ExitCode evidence(CliContext &context, ArgumentList &arguments);
    static ExitCode close(CliContext &context, ArgumentList &arguments);
};

} // namespace oversight
