#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oversight {

/// `notice KIND --out FILE.pdf [--draft]`: drafts an official document from what the file holds, and issues
/// it (numbers it, freezes its text and stores its PDF) unless --draft is given. KIND is spotcheck,
/// criticism, reminder --unit NAME or supervision --case ID. On a rejected input nothing is written.
class NoticeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oversight::NoticeCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("notice"); }
    [[nodiscard]] QList<Usage> usage() const override;
    [[nodiscard]] ExitCode run(CliContext &context, ArgumentList &arguments) override;
};

} // namespace oversight
