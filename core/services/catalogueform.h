#pragma once

#include "domain/campaign.h"
#include "domain/casefile.h"
#include "domain/result.h"
#include "domain/submission.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

#include <vector>

namespace oversight {

class WriteScope;

/// 附件2's register is the unit's case catalogue (issue 23): one store, the case_files table, seen as two
/// views. The form's rows are the catalogue's files (with the columns the catalogue does not keep, such as
/// 主要问题, taken from the stored copy by 案卷编号), and its from_rows figures are counted from them. These
/// helpers are the one place the two meet; the services call them inside their own transactions.
namespace catalogueform {

/// The campaign's catalogue form: the form carrying the cases_total figure and a register keyed by 案卷编号
/// (case_no). nullptr for a campaign without one.
[[nodiscard]] const FormSpec *formOf(const Campaign &campaign);

/// A catalogue file as a row of the form, and back (unit and campaign left to the caller).
[[nodiscard]] FormData::Row rowOf(const CaseFile &file);
[[nodiscard]] CaseFile fileOf(const FormData::Row &row);

/// The view: each catalogue form of `submissions` shows its unit's catalogue as rows and the figures the
/// rows count, whatever its stored copy held. A unit whose catalogue is empty keeps its stored copy.
void applyCatalogue(const Campaign &campaign, std::vector<Submission> &submissions,
                    const std::vector<CaseFile> &files);

/// A unit's form handed in with its register: the catalogue becomes those rows (files added, changed, and
/// those no longer listed removed; a file drawn in the spot check cannot go). A form without rows leaves the
/// catalogue alone. Audited; call inside the caller's transaction.
[[nodiscard]] Result<void> writeRows(WriteScope &scope, const Campaign &campaign, UnitId unit,
                                     const std::vector<FormData::Row> &rows, const QDateTime &now);

/// A catalogue imported (import cases): each of `units` that has no catalogue form yet has one received
/// today, so the grid and status agree with the case-review page. Call inside the caller's transaction.
[[nodiscard]] Result<void> receiveForUnits(WriteScope &scope, const Campaign &campaign,
                                           const QSet<UnitId> &units, QDate today, const QDateTime &now);

class Text
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CatalogueFormText)
};

} // namespace catalogueform

} // namespace oversight
