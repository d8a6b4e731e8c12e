#include "formdata.h"

#include "enumnames.h"
#include "yesno.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace oversight {

namespace {

const QString itemKey = QStringLiteral("_item");
const QString multiSeparator = QStringLiteral("、");

constexpr EnumName<FieldSpec::Type> fieldTypeRows[] = {
    {FieldSpec::Type::Text, nullptr, nullptr, QT_TRANSLATE_NOOP("oversight::FormText", "text")},
    {FieldSpec::Type::Integer, nullptr, nullptr, QT_TRANSLATE_NOOP("oversight::FormText", "whole number")},
    {FieldSpec::Type::Decimal, nullptr, nullptr, QT_TRANSLATE_NOOP("oversight::FormText", "number")},
    {FieldSpec::Type::Date, nullptr, nullptr, QT_TRANSLATE_NOOP("oversight::FormText", "date (YYYY-MM-DD)")},
    {FieldSpec::Type::YesNo, nullptr, nullptr, QT_TRANSLATE_NOOP("oversight::FormText", "是 or 否")},
    {FieldSpec::Type::Choice, nullptr, nullptr,
     QT_TRANSLATE_NOOP("oversight::FormText", "one of the choices")},
    {FieldSpec::Type::MultiChoice, nullptr, nullptr,
     QT_TRANSLATE_NOOP("oversight::FormText", "one or more of the choices, separated by 、")},
};
constexpr EnumNames fieldTypeNames(fieldTypeRows, "oversight::FormText");

QDate readDate(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString formatNumber(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'f', 2).remove(QRegularExpression(QStringLiteral("0+$")));
}

/// Where a finding is: "自查案卷数" or "第3行 执法证号" / "事前公开：存在问题".
QString place(const FormSpec &spec, const FieldSpec &field, int row)
{
    if (row < 0)
        return field.label;
    if (spec.fixedRows() && row < spec.items.size())
        return FormText::tr("%1: %2").arg(spec.items.at(row).label, field.label);
    return FormText::tr("row %1, %2").arg(row + 1).arg(field.label);
}

bool conditionHolds(const FormCondition &c, const std::function<QString(const QString &)> &value)
{
    if (!c.isSet())
        return true;
    const QString v = value(c.field);
    if (c.filled == 1 && v.isEmpty())
        return false;
    if (c.filled == 0 && !v.isEmpty())
        return false;
    const QStringList parts = v.split(multiSeparator, Qt::SkipEmptyParts);
    const auto anyIn = [&parts](const QStringList &list) {
        for (const QString &p : parts)
            if (list.contains(p))
                return true;
        return false;
    };
    if (!c.in.isEmpty() && !anyIn(c.in))
        return false;
    if (!c.notIn.isEmpty() && anyIn(c.notIn))
        return false;
    return true;
}

/// A comparable value: a number, or a date as its Julian day. nullopt when an input is empty.
std::optional<double> operandValue(const FormOperand &o, const std::function<QString(const QString &)> &value)
{
    switch (o.kind) {
    case FormOperand::Kind::Number:
        return o.number;
    case FormOperand::Kind::Field: {
        const QString v = value(o.fields.value(0));
        if (const QDate d = readDate(v); d.isValid())
            return double(d.toJulianDay());
        return numberValue(v);
    }
    case FormOperand::Kind::Sum: {
        double sum = 0;
        bool any = false;
        for (const QString &f : o.fields) {
            if (auto n = numberValue(value(f))) {
                sum += *n;
                any = true;
            }
        }
        return any ? std::optional<double>(sum) : std::nullopt;
    }
    case FormOperand::Kind::SelfCheckRequired: {
        const auto n = numberValue(value(o.fields.value(0)));
        if (!n)
            return std::nullopt;
        return double(SelfCheckFigures::requiredFor(int(*n)));
    }
    }
    return std::nullopt;
}

bool compare(double l, const QString &op, double r)
{
    if (op == QLatin1String("=="))
        return std::abs(l - r) < 1e-9;
    if (op == QLatin1String("!="))
        return std::abs(l - r) >= 1e-9;
    if (op == QLatin1String("<="))
        return l <= r + 1e-9;
    if (op == QLatin1String(">="))
        return l + 1e-9 >= r;
    if (op == QLatin1String("<"))
        return l < r;
    return l > r;
}

} // namespace

QJsonObject FormData::toJson(const FormSpec &spec) const
{
    QJsonObject v;
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!it.value().isEmpty())
            v.insert(it.key(), it.value());
    QJsonArray r;
    for (size_t i = 0; i < rows.size(); ++i) {
        QJsonObject o;
        for (auto it = rows[i].begin(); it != rows[i].end(); ++it)
            if (!it.value().isEmpty())
                o.insert(it.key(), it.value());
        if (spec.fixedRows() && qsizetype(i) < spec.items.size())
            o.insert(itemKey, spec.items.at(qsizetype(i)).key);
        r.append(o);
    }
    return QJsonObject{{QStringLiteral("values"), v}, {QStringLiteral("rows"), r}};
}

FormData FormData::fromJson(const FormSpec &spec, const QJsonObject &json)
{
    FormData d;
    const QJsonObject v = json.value(QStringLiteral("values")).toObject();
    for (auto it = v.begin(); it != v.end(); ++it)
        d.values.insert(it.key(), it.value().toString());
    for (const QJsonValue &rv : json.value(QStringLiteral("rows")).toArray()) {
        Row row;
        const QJsonObject o = rv.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            row.insert(it.key(), it.value().toString());
        d.rows.push_back(row);
    }
    return d.normalized(spec);
}

FormData FormData::normalized(const FormSpec &spec) const
{
    FormData out;
    for (const FieldSpec &f : spec.fields) {
        const QString v = values.value(f.key).trimmed();
        if (!f.isDerived() && !v.isEmpty())
            out.values.insert(f.key, v);
    }
    const auto clean = [&spec](const Row &row) {
        Row r;
        for (const FieldSpec &c : spec.columns) {
            const QString v = row.value(c.key).trimmed();
            if (!c.isDerived() && !v.isEmpty())
                r.insert(c.key, v);
        }
        return r;
    };
    if (spec.fixedRows()) {
        // Rows follow the items: matched by the stored item key, else by position.
        QHash<QString, Row> byItem;
        for (const Row &row : rows)
            if (row.contains(itemKey))
                byItem.insert(row.value(itemKey), row);
        for (qsizetype i = 0; i < spec.items.size(); ++i) {
            const QString key = spec.items.at(i).key;
            const Row row = byItem.contains(key) ? byItem.value(key)
                            : size_t(i) < rows.size() && !rows[size_t(i)].contains(itemKey) ? rows[size_t(i)]
                                                                                            : Row();
            out.rows.push_back(clean(row));
        }
    } else {
        for (const Row &row : rows) {
            Row r = clean(row);
            if (!r.isEmpty())
                out.rows.push_back(r);
        }
    }
    return out;
}

bool FormData::isEmpty() const
{
    if (!values.isEmpty())
        return false;
    for (const Row &r : rows)
        if (!r.isEmpty())
            return false;
    return true;
}

std::optional<double> numberValue(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<QString> readFieldValue(const FieldSpec &field, const QString &input, QString *why)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QString();
    // A typo or a stray exponent (1e308 training hours) would be stored as a 300-digit figure.
    const auto outOfRange = [&text] {
        return FormText::tr("\"%1\" is out of range; a figure on a form is at most %2")
            .arg(text, QLocale(QLocale::English).toString(qint64(maxFormFigure)));
    };
    const auto fail = [why](const QString &message) -> std::optional<QString> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    switch (field.type) {
    case FieldSpec::Type::Text:
        return text;
    case FieldSpec::Type::Integer: {
        // Excel writes a whole number cell as "12"; a thousands separator is common in typed figures.
        QString digits = text;
        digits.remove(QLatin1Char(','));
        bool ok = false;
        const qint64 v = digits.toLongLong(&ok);
        if (const auto d = numberValue(digits);
            (ok && v > maxFormFigure) || (d && std::abs(*d) > maxFormFigure))
            return fail(outOfRange());
        if (!ok) {
            const auto d = numberValue(digits);
            if (d && *d == std::floor(*d) && std::abs(*d) < 1e15)
                return d && *d >= 0
                           ? std::optional<QString>(QString::number(qint64(*d)))
                           : fail(FormText::tr("\"%1\" is not a whole number of 0 or more").arg(text));
            return fail(FormText::tr("\"%1\" is not a whole number").arg(text));
        }
        if (v < 0)
            return fail(FormText::tr("\"%1\" is not a whole number of 0 or more").arg(text));
        return QString::number(v);
    }
    case FieldSpec::Type::Decimal: {
        QString digits = text;
        digits.remove(QLatin1Char(','));
        if (digits.endsWith(QLatin1Char('%')))
            digits.chop(1);
        const auto d = numberValue(digits);
        if (!d)
            return fail(FormText::tr("\"%1\" is not a number").arg(text));
        if (std::abs(*d) > maxFormFigure)
            return fail(outOfRange());
        return formatNumber(*d);
    }
    case FieldSpec::Type::Date: {
        const QDate d = readDate(text);
        if (!d.isValid())
            return fail(FormText::tr("\"%1\" is not a date (write YYYY-MM-DD)").arg(text));
        return d.toString(Qt::ISODate);
    }
    case FieldSpec::Type::YesNo: {
        static const QStringList yesWords{yesWord(),
                                          QStringLiteral("Y"),
                                          QStringLiteral("y"),
                                          QStringLiteral("yes"),
                                          QStringLiteral("Yes"),
                                          QStringLiteral("√"),
                                          QStringLiteral("1")};
        static const QStringList noWords{noWord(),
                                         QStringLiteral("N"),
                                         QStringLiteral("n"),
                                         QStringLiteral("no"),
                                         QStringLiteral("No"),
                                         QStringLiteral("×"),
                                         QStringLiteral("0")};
        if (yesWords.contains(text))
            return yesWord();
        if (noWords.contains(text))
            return noWord();
        return fail(FormText::tr("\"%1\" is not 是 or 否").arg(text));
    }
    case FieldSpec::Type::Choice:
        if (!field.choices.contains(text))
            return fail(
                FormText::tr("\"%1\" is not one of: %2").arg(text, field.choices.join(multiSeparator)));
        return text;
    case FieldSpec::Type::MultiChoice: {
        static const QRegularExpression separators(QStringLiteral("[、,，;；/\\s]+"));
        QStringList chosen;
        for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
            if (!field.choices.contains(part))
                return fail(
                    FormText::tr("\"%1\" is not one of: %2").arg(part, field.choices.join(multiSeparator)));
            if (!chosen.contains(part))
                chosen.append(part);
        }
        // In the order the campaign lists them, so equal choices compare equal.
        QStringList ordered;
        for (const QString &c : field.choices)
            if (chosen.contains(c))
                ordered.append(c);
        return ordered.join(multiSeparator);
    }
    }
    return text;
}

QString derivedValue(const FormSpec &spec, const FormData &data, const FieldSpec &field)
{
    const auto value = [&](const QString &key) { return fieldValue(spec, data, key); };
    switch (field.derivation) {
    case FieldSpec::Derivation::None:
        return data.values.value(field.key);
    case FieldSpec::Derivation::Sum: {
        double sum = 0;
        for (const QString &k : field.of) {
            const auto n = numberValue(value(k));
            if (!n)
                return {};
            sum += *n;
        }
        return formatNumber(sum);
    }
    case FieldSpec::Derivation::Percent: {
        const auto part = numberValue(value(field.of.value(0)));
        const auto whole = numberValue(value(field.of.value(1)));
        if (!part || !whole || *whole == 0)
            return {};
        return QString::number(*part * 100.0 / *whole, 'f', 1) + QLatin1Char('%');
    }
    case FieldSpec::Derivation::RowCount:
        return QString::number(data.rows.size());
    }
    return {};
}

QString fieldValue(const FormSpec &spec, const FormData &data, const QString &key)
{
    const FieldSpec *f = spec.field(key);
    if (f && f->isDerived())
        return derivedValue(spec, data, *f);
    return data.values.value(key);
}

int rowFigure(const FieldSpec &field, const std::vector<FormData::Row> &rows)
{
    int n = 0;
    for (const FormData::Row &row : rows)
        n += field.rowsWhereField.isEmpty() || field.rowsWhereIn.contains(row.value(field.rowsWhereField));
    return n;
}

FormData withRowFigures(const FormSpec &spec, FormData data)
{
    if (data.rows.empty())
        return data;
    for (const FieldSpec &f : spec.fields)
        if (f.fromRows && data.values.value(f.key).trimmed().isEmpty())
            data.values.insert(f.key, QString::number(rowFigure(f, data.rows)));
    return data;
}

std::vector<FormFinding> rowFigureFindings(const FormSpec &spec, const FormData &data)
{
    std::vector<FormFinding> out;
    if (data.rows.empty())
        return out;
    const QString rowsTitle = spec.rowsTitle.isEmpty() ? FormText::tr("the rows") : spec.rowsTitle;
    for (const FieldSpec &f : spec.fields) {
        const QString typed = data.values.value(f.key).trimmed();
        const std::optional<double> n = numberValue(typed);
        if (!f.fromRows || typed.isEmpty() || !n)
            continue;
        const int counted = rowFigure(f, data.rows);
        if (*n != counted)
            out.push_back({CheckSpec::Level::Error, f.key, -1,
                           FormText::tr("%1: %2 was written, but %3 lists %4; the figure is counted from "
                                        "%3, so correct the figure (or leave it empty) or complete %3")
                               .arg(f.label, typed, rowsTitle)
                               .arg(counted),
                           QStringLiteral("from_rows")});
    }
    return out;
}

std::vector<FormFinding> checkForm(const FormSpec &spec, const FormData &input, QDate today)
{
    const FormData data = withRowFigures(spec, input);
    std::vector<FormFinding> out = rowFigureFindings(spec, data);
    const auto error = [&out](const QString &field, int row, const QString &message) {
        out.push_back({CheckSpec::Level::Error, field, row, message, {}});
    };
    // Values first: a value that does not read as its type, a required field left empty.
    for (const FieldSpec &f : spec.fields) {
        if (f.isDerived())
            continue;
        const QString v = data.values.value(f.key);
        QString why;
        if (v.isEmpty() && f.required)
            error(f.key, -1, FormText::tr("%1: must be filled in").arg(f.label));
        else if (!readFieldValue(f, v, &why))
            error(f.key, -1, FormText::tr("%1: %2").arg(f.label, why));
    }
    for (size_t r = 0; r < data.rows.size(); ++r) {
        for (const FieldSpec &c : spec.columns) {
            if (c.isDerived())
                continue;
            const QString v = data.rows[r].value(c.key);
            QString why;
            if (v.isEmpty() && c.required)
                error(c.key, int(r), FormText::tr("%1: must be filled in").arg(place(spec, c, int(r))));
            else if (!readFieldValue(c, v, &why))
                error(c.key, int(r), FormText::tr("%1: %2").arg(place(spec, c, int(r)), why));
        }
    }

    for (const CheckSpec &check : spec.checks) {
        const auto found = [&](int row) {
            QString message = check.message;
            if (row >= 0) {
                const FieldSpec *c = spec.column(check.field);
                message = (c ? place(spec, *c, row) : FormText::tr("row %1").arg(row + 1)) +
                          FormText::tr(": ") + message;
            }
            out.push_back({check.level, check.field, row, message, check.id});
        };
        const auto evaluate = [&](const std::function<QString(const QString &)> &value, int row) {
            if (!conditionHolds(check.when, value))
                return;
            switch (check.rule) {
            case CheckSpec::Rule::Compare: {
                const auto l = operandValue(check.left, value);
                const auto r = operandValue(check.right, value);
                if (l && r && !compare(*l, check.op, *r))
                    found(row);
                break;
            }
            case CheckSpec::Rule::RequiredIf:
                if (value(check.field).isEmpty())
                    found(row);
                break;
            case CheckSpec::Rule::InList: {
                const QString v = value(check.field);
                if (!check.values.contains(v))
                    found(row);
                break;
            }
            case CheckSpec::Rule::Expiry: {
                const QDate d = readDate(value(check.field));
                if (d.isValid() && today.isValid() && d <= today.addDays(check.days))
                    found(row);
                break;
            }
            case CheckSpec::Rule::Unique:
                break;
            }
        };
        if (check.rule == CheckSpec::Rule::Unique) {
            QHash<QString, int> seen;
            for (size_t r = 0; r < data.rows.size(); ++r) {
                const QString v = data.rows[r].value(check.field);
                if (v.isEmpty())
                    continue;
                if (seen.contains(v))
                    found(int(r));
                else
                    seen.insert(v, int(r));
            }
            continue;
        }
        if (check.scope == CheckSpec::Scope::Form) {
            evaluate([&](const QString &key) { return fieldValue(spec, data, key); }, -1);
        } else {
            for (size_t r = 0; r < data.rows.size(); ++r) {
                const FormData::Row &row = data.rows[r];
                evaluate([&row](const QString &key) { return row.value(key); }, int(r));
            }
        }
    }
    return out;
}

bool hasErrors(const std::vector<FormFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const FormFinding &f) { return f.isError(); });
}

std::optional<SelfCheckFigures> selfCheckFigures(const FormSpec &spec, const FormData &data)
{
    const FieldSpec *total = spec.fieldWithRole(QStringLiteral("cases_total"));
    const FieldSpec *checked = spec.fieldWithRole(QStringLiteral("cases_self_checked"));
    if (!total || !checked)
        return std::nullopt;
    const auto t = numberValue(fieldValue(spec, data, total->key));
    const auto c = numberValue(fieldValue(spec, data, checked->key));
    if (!t || !c)
        return std::nullopt;
    return SelfCheckFigures{int(*t), int(*c)};
}

QString fieldTypeLabel(FieldSpec::Type type)
{
    return fieldTypeNames.label(type);
}

} // namespace oversight
