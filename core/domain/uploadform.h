#pragma once

#include "domain/campaign.h"
#include "domain/drawrecord.h"
#include "domain/formdata.h"

#include <vector>

namespace oversight {

/// 附件7 is one thing: the campaign's form owed by the units with drawn files
/// (抽查案卷评查及录入监督平台情况表) has one row per drawn case file, and its 已录入 / 录入日期 cells are
/// the upload ticks of the case review. The form's columns are read from the campaign file; the program fills
/// those it knows by key: case_no, case_name, case_type, unit_name, score, grade, problems, uploaded,
/// uploaded_on.
namespace uploadform {

/// The campaign's form owed only by the drawn units (附件7), or nullptr when it has none.
[[nodiscard]] const FormSpec *of(const Campaign &campaign);

/// The form's row for a drawn file: its number, title, type, unit, score, grade and problems when scored,
/// and the upload tick. Only the keys the form has are written.
[[nodiscard]] FormData::Row row(const FormSpec &spec, const DrawnFile &file);

/// One row per case file (a file drawn in two draws once), in the order of `files`.
[[nodiscard]] std::vector<FormData::Row> rows(const FormSpec &spec, const std::vector<DrawnFile> &files);

/// The drawn files' problems (item keys as the store has them) named by their items' texts.
void nameProblems(const Campaign &campaign, std::vector<DrawnFile> &files);

/// The 案卷编号 of a row.
[[nodiscard]] QString caseNumber(const FormData::Row &row);
/// A row's upload cells: ticked (是) and the date (invalid when none).
[[nodiscard]] bool uploaded(const FormData::Row &row);
[[nodiscard]] QDate uploadedOn(const FormData::Row &row);
/// Writes the tick into a row's upload cells.
void setUpload(FormData::Row &row, bool uploaded, QDate on);

/// Whether `data`'s upload cells agree with the ticks of `files` (one unit's drawn files) and it has a row
/// for each of them.
[[nodiscard]] bool agrees(const FormData &data, const std::vector<DrawnFile> &files);

} // namespace uploadform
} // namespace oversight
