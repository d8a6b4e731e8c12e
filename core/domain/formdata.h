#pragma once

#include "formspec.h"
#include "selfcheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace oversight {

/// What a unit wrote into a form: its figures by field key, and its rows (a checklist's rows follow its
/// items, one each; a register's rows are as many as the unit wrote). Every value is text in a canonical
/// form: integers and decimals as digits, dates as YYYY-MM-DD, yes/no as 是/否, a multi-choice joined by 、.
/// Empty text is an empty cell.
struct FormData
{
    using Row = QHash<QString, QString>;
    QHash<QString, QString> values;
    std::vector<Row> rows;

    /// {"values": {…}, "rows": [{…}]} as stored; a checklist's rows carry their item's key as "_item".
    [[nodiscard]] QJsonObject toJson(const FormSpec &spec) const;
    [[nodiscard]] static FormData fromJson(const FormSpec &spec, const QJsonObject &json);
    /// The same data with a checklist's rows lined up with its items (one row each, in item order), values
    /// trimmed and derived fields dropped (they are computed, never stored).
    [[nodiscard]] FormData normalized(const FormSpec &spec) const;
    /// No value in any field or row.
    [[nodiscard]] bool isEmpty() const;

    friend bool operator==(const FormData &, const FormData &) = default;
};

/// A finding of a form's checks, pointing at a field (row -1) or a cell of a row.
struct FormFinding
{
    CheckSpec::Level level = CheckSpec::Level::Error;
    QString field;
    int row = -1;
    QString message; ///< already names the field (and the row)
    QString checkId; ///< the campaign check's id; empty for a value that does not read as its type

    [[nodiscard]] bool isError() const { return level == CheckSpec::Level::Error; }
};

class FormText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::FormText)
};

/// Reads `text` as a value of `field`'s type. Returns the canonical text (empty stays empty), or nullopt
/// with `why` set when it does not read: "3.5" for an integer, "2022-02-30", a choice not offered. Accepts
/// the ways people type: dates as 2022/5/21 or 2022年5月21日, yes/no as 是/否/Y/N, choices split by 、,，;.
/// The largest figure (in absolute value) a number field takes: more than any count, hour or yuan amount a
/// county's forms report, far less than what a stray exponent makes.
inline constexpr double maxFormFigure = 999'999'999'999.0;

[[nodiscard]] std::optional<QString> readFieldValue(const FieldSpec &field, const QString &text,
                                                    QString *why = nullptr);

/// The number a value holds, for sums and comparisons; nullopt for an empty or unreadable value.
[[nodiscard]] std::optional<double> numberValue(const QString &text);

/// A derived field's value as shown: a sum, a share "31.9%", a row count; empty when an input is missing.
[[nodiscard]] QString derivedValue(const FormSpec &spec, const FormData &data, const FieldSpec &field);
/// A field's value, typed or derived.
[[nodiscard]] QString fieldValue(const FormSpec &spec, const FormData &data, const QString &key);

/// How many of `rows` a from_rows figure counts (FieldSpec::fromRows).
[[nodiscard]] int rowFigure(const FieldSpec &field, const std::vector<FormData::Row> &rows);
/// The data with every empty from_rows figure filled in from its rows (unchanged when it has no rows): a
/// figure the rows count is never typed twice.
[[nodiscard]] FormData withRowFigures(const FormSpec &spec, FormData data);
/// The from_rows figures that were typed and disagree with the rows (errors naming the figure, what was
/// typed and what the rows count; checkId "from_rows"). Empty for a form without rows.
[[nodiscard]] std::vector<FormFinding> rowFigureFindings(const FormSpec &spec, const FormData &data);

/// Every finding of the form: values that do not read as their type, required fields left empty, then the
/// campaign's checks in their order. `today` dates the expiry checks.
[[nodiscard]] std::vector<FormFinding> checkForm(const FormSpec &spec, const FormData &data, QDate today);
[[nodiscard]] bool hasErrors(const std::vector<FormFinding> &findings);

/// The 30% rule's figures a form reports, read from its fields marked "cases_total" and
/// "cases_self_checked" (附件2); nullopt for a form without them or with either left empty.
[[nodiscard]] std::optional<SelfCheckFigures> selfCheckFigures(const FormSpec &spec, const FormData &data);

/// The clerk's label of a field type ("date", "yes/no"…), for hints and templates.
[[nodiscard]] QString fieldTypeLabel(FieldSpec::Type type);

} // namespace oversight
