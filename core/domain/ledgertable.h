#pragma once

#include "domain/campaign.h"
#include "domain/problem.h"
#include "domain/unit.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace oversight {

// The ledger's table is shared by its two outputs, the PDF (documents/ledgerrenderer) and the XLSX
// (exchange/problemexchange), so that they cannot drift apart and neither room depends on the other.

/// The rectification ledger (整改台账) as a document: a title, the campaign and date line, and one row a
/// problem with the ten columns of the ledger, already in the plan's words.
struct LedgerDocument
{
    struct Row
    {
        QString number; ///< 序号
        QString unit;
        QString area;
        QString source;
        QString description;
        QString measure;
        QString owner;
        QString deadline;
        QString status;
        QString completion; ///< 完成情况
    };

    QString title;    ///< "<单位>规范行政执法问题整改台账", or the banner-wide title
    QString subtitle; ///< the campaign and the date the ledger stands on
    std::vector<Row> rows;
    QString auditHead; ///< the audit chain's head when printed ("ENTRIES:HASH"), in the PDF's metadata

    /// The ledger of `problems` (in the order given) as of `today`. `unit` set: one unit's ledger (its
    /// title); otherwise the banner-wide ledger (the authority's area, e.g. 奈曼旗).
    [[nodiscard]] static LedgerDocument make(const Campaign &campaign, const std::vector<Unit> &units,
                                             const std::vector<Problem> &problems, QDate today,
                                             const Unit *unit = nullptr);
    /// The ten column headers, in order.
    [[nodiscard]] static QStringList headers();
    /// The cells of a row in column order.
    [[nodiscard]] static QStringList cells(const Row &row);
};

} // namespace oversight
