#pragma once

#include "domain/campaign.h"
#include "domain/ledgertable.h"
#include "domain/problem.h"
#include "domain/unit.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

class QWidget;

namespace oversight {

class LedgerRenderer;

/// The ledger as the page's filters show it, out of the office: previewed, printed, or saved as PDF or
/// Excel. The files are written on a thread of their own from copies (a ledger of thousands of problems
/// takes a while), with progress and a result message.
class LedgerOutput
{
    Q_DECLARE_TR_FUNCTIONS(oversight::LedgerOutput)
public:
    /// What the filters show: the problems in display order and the one unit chosen, if any.
    struct Shown
    {
        Campaign campaign;
        std::vector<Unit> units;
        std::vector<Problem> problems;
        QDate today;
        std::optional<Unit> unit;
        QString auditHead;
    };

    /// The ledger document of what is shown (the unit's own title when one unit is chosen).
    [[nodiscard]] static LedgerDocument document(const Shown &shown);
    static void preview(QWidget *parent, const LedgerRenderer &renderer, const Shown &shown);
    static void print(QWidget *parent, const LedgerRenderer &renderer, const Shown &shown);
    /// Saves to `path` (asks for a file when empty); the file written, or empty when it was not.
    static QString savePdf(QWidget *parent, const LedgerRenderer &renderer, const Shown &shown, QString path);
    static QString saveXlsx(QWidget *parent, const Shown &shown, QString path);
};

} // namespace oversight
