#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `records trainings|exams|meetings|major-penalties|guiding-cases [--unit NAME] [--json]`: the area-7 and
/// area-10 records of the current campaign as an aligned table (with the marks the records page shows: an
/// exam without training before it, a late filing) or as JSON. Reads only.
class RecordsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::RecordsCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("records"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
