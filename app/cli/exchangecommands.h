#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `import KIND FILE [--dry-run] [--sheet NAME]`: all rows or none; every problem on stderr as
/// FILE:ROW:COLUMN: message, exit 2.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ImportCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("import"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

/// `template KIND --out FILE.xlsx`: a blank workbook with the headers an import expects.
class TemplateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::TemplateCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("template"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

/// `export KIND --out FILE.xlsx`: the current campaign's records as a workbook that imports back unchanged.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ExportCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("export"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
