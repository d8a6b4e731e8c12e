#pragma once

#include "domain/campaign.h"
#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace oversight {

/// Reads and checks campaign definition files (docs/campaign-format.md describes the format).
/// Every fault is reported with its JSON path, e.g. `phases[2].to: "2022-02-30" is not a date`;
/// all faults found are listed, one per line, in the error's message.
class CampaignLoader
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CampaignLoader)
public:
    /// The definition shipped with the program: the 2022 plan (奈司字〔2022〕11号).
    static QString builtinPath();
    static constexpr int formatVersion = 1;

    [[nodiscard]] static Result<Campaign> parse(const QByteArray &json);
    [[nodiscard]] static Result<Campaign> loadFile(const QString &path);
    /// Reads a file's bytes and checks them; returns the bytes so they can be stored as they are.
    [[nodiscard]] static Result<QByteArray> readFile(const QString &path);

    /// The same definition moved to `year`: every date moves by whole years (02-29 becomes 02-28 in a
    /// common year), `year`, `case_year` and the year named in the code and the titles follow; the document
    /// number is dropped (the new plan gets its own). The result is checked again.
    [[nodiscard]] static Result<QByteArray> shiftToYear(const QByteArray &json, int year);
};

} // namespace oversight
