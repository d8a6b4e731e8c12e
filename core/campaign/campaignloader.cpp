#include "campaignloader.h"

#include "domain/isodate.h"
#include "domain/normative.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace oversight {

namespace {

/// True for a finite whole number a qint64 holds exactly; checked before any cast, because casting
/// an out-of-range double to an integer is undefined behaviour (the fuzzer found 2e48 in a campaign file).
bool isWhole(double d)
{
    return std::isfinite(d) && std::fabs(d) < 9e15 && std::trunc(d) == d;
}

/// Walks a JSON tree and records every fault with the path it was found at.
class Reader
{
public:
    QStringList errors;

    void fail(const QString &path, const QString &what) { errors.append(path + QStringLiteral(": ") + what); }

    static QString join(const QString &base, const QString &key)
    {
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }
    static QString index(const QString &base, qsizetype i) { return base + QStringLiteral("[%1]").arg(i); }

    QString string(const QJsonObject &o, const QString &base, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(join(base, key), CampaignLoader::tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(join(base, key), CampaignLoader::tr("must be text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(join(base, key), CampaignLoader::tr("must not be empty"));
        return v.toString().trimmed();
    }

    int integer(const QJsonObject &o, const QString &base, const QString &key, int min, int max,
                bool required = true, int fallback = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(base, key), CampaignLoader::tr("is missing"));
            return fallback;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
            fail(join(base, key), CampaignLoader::tr("must be a whole number"));
            return fallback;
        }
        if (d < min || d > max) {
            fail(join(base, key), CampaignLoader::tr("%1 is out of range (%2 to %3)")
                                      .arg(QString::number(d, 'g', 16))
                                      .arg(min)
                                      .arg(max));
            return fallback;
        }
        return int(d);
    }

    QDate date(const QJsonObject &o, const QString &base, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(join(base, key), CampaignLoader::tr("is missing"));
            return {};
        }
        const QString text = v.toString();
        const QDate d = parseIsoDate(text);
        if (!v.isString() || !d.isValid()) {
            fail(join(base, key),
                 CampaignLoader::tr("\"%1\" is not a date (write YYYY-MM-DD)")
                     .arg(v.isString()
                              ? text
                              : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                    .mid(1)
                                    .chopped(1)));
            return {};
        }
        return d;
    }

    QJsonArray array(const QJsonObject &o, const QString &base, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(base, key), CampaignLoader::tr("is missing"));
            return {};
        }
        if (!v.isArray()) {
            fail(join(base, key), CampaignLoader::tr("must be a list"));
            return {};
        }
        return v.toArray();
    }

    QStringList strings(const QJsonObject &o, const QString &base, const QString &key)
    {
        QStringList out;
        const QJsonArray a = array(o, base, key, false);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(index(join(base, key), i), CampaignLoader::tr("must be text"));
            else
                out.append(a.at(i).toString());
        }
        return out;
    }

    bool object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(path, CampaignLoader::tr("must be an object ({ … })"));
            return false;
        }
        return true;
    }
};

std::optional<FormSpec::Kind> kindFromText(const QString &text)
{
    if (text == QLatin1String("checklist"))
        return FormSpec::Kind::Checklist;
    if (text == QLatin1String("figures"))
        return FormSpec::Kind::Figures;
    if (text == QLatin1String("register"))
        return FormSpec::Kind::Register;
    return std::nullopt;
}

void readAreas(Reader &r, const QJsonObject &root, Campaign &c)
{
    const QJsonArray areas = r.array(root, {}, QStringLiteral("areas"));
    QSet<int> seen;
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const QString path = Reader::index(QStringLiteral("areas"), i);
        if (!r.object(areas.at(i), path))
            continue;
        const QJsonObject o = areas.at(i).toObject();
        Area a;
        a.number = r.integer(o, path, QStringLiteral("number"), 1, 99);
        if (a.number && seen.contains(a.number))
            r.fail(Reader::join(path, QStringLiteral("number")),
                   CampaignLoader::tr("%1 is used twice").arg(a.number));
        seen.insert(a.number);
        a.title = r.string(o, path, QStringLiteral("title"));
        a.checkPoints = r.strings(o, path, QStringLiteral("check_points"));
        a.forms = r.strings(o, path, QStringLiteral("forms"));
        c.areas.push_back(a);
    }
    if (areas.isEmpty() && !root.value(QStringLiteral("areas")).isUndefined())
        r.fail(QStringLiteral("areas"), CampaignLoader::tr("must name at least one area"));
}

void readPhases(Reader &r, const QJsonObject &root, Campaign &c)
{
    const QJsonArray phases = r.array(root, {}, QStringLiteral("phases"));
    QSet<QString> keys;
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const QString path = Reader::index(QStringLiteral("phases"), i);
        if (!r.object(phases.at(i), path))
            continue;
        const QJsonObject o = phases.at(i).toObject();
        Phase p;
        p.key = r.string(o, path, QStringLiteral("key"));
        if (!p.key.isEmpty() && keys.contains(p.key))
            r.fail(Reader::join(path, QStringLiteral("key")),
                   CampaignLoader::tr("\"%1\" is used twice").arg(p.key));
        keys.insert(p.key);
        p.name = r.string(o, path, QStringLiteral("name"));
        p.from = r.date(o, path, QStringLiteral("from"));
        p.to = r.date(o, path, QStringLiteral("to"));
        p.description = r.string(o, path, QStringLiteral("description"), false);
        if (p.from.isValid() && p.to.isValid() && p.to < p.from)
            r.fail(Reader::join(path, QStringLiteral("to")),
                   CampaignLoader::tr("ends (%1) before it starts (%2)")
                       .arg(p.to.toString(Qt::ISODate), p.from.toString(Qt::ISODate)));
        if (!c.phases.empty() && p.from.isValid() && c.phases.back().from.isValid() &&
            p.from < c.phases.back().from)
            r.fail(Reader::join(path, QStringLiteral("from")),
                   CampaignLoader::tr("phases must be listed in the order they start"));
        c.phases.push_back(p);
    }
    if (phases.isEmpty() && !root.value(QStringLiteral("phases")).isUndefined())
        r.fail(QStringLiteral("phases"), CampaignLoader::tr("must name at least one phase"));
}

void readDeadlines(Reader &r, const QJsonObject &root, Campaign &c)
{
    const QJsonArray deadlines = r.array(root, {}, QStringLiteral("deadlines"));
    QSet<QString> keys;
    for (qsizetype i = 0; i < deadlines.size(); ++i) {
        const QString path = Reader::index(QStringLiteral("deadlines"), i);
        if (!r.object(deadlines.at(i), path))
            continue;
        const QJsonObject o = deadlines.at(i).toObject();
        Deadline d;
        d.key = r.string(o, path, QStringLiteral("key"));
        if (!d.key.isEmpty() && keys.contains(d.key))
            r.fail(Reader::join(path, QStringLiteral("key")),
                   CampaignLoader::tr("\"%1\" is used twice").arg(d.key));
        keys.insert(d.key);
        d.title = r.string(o, path, QStringLiteral("title"));
        d.due = r.date(o, path, QStringLiteral("due"));
        d.forms = r.strings(o, path, QStringLiteral("forms"));
        c.deadlines.push_back(d);
    }
}

std::optional<FieldSpec::Type> fieldTypeFromText(const QString &text)
{
    static const QHash<QString, FieldSpec::Type> types{
        {QStringLiteral("text"), FieldSpec::Type::Text},
        {QStringLiteral("integer"), FieldSpec::Type::Integer},
        {QStringLiteral("decimal"), FieldSpec::Type::Decimal},
        {QStringLiteral("date"), FieldSpec::Type::Date},
        {QStringLiteral("yesno"), FieldSpec::Type::YesNo},
        {QStringLiteral("choice"), FieldSpec::Type::Choice},
        {QStringLiteral("multichoice"), FieldSpec::Type::MultiChoice},
    };
    if (auto it = types.find(text); it != types.end())
        return *it;
    return std::nullopt;
}

/// A form's fields or columns; `names` collects the keys (they must differ across both lists).
QList<FieldSpec> readFields(Reader &r, const QJsonObject &o, const QString &base, const QString &key,
                            QSet<QString> &names)
{
    QList<FieldSpec> out;
    const QJsonArray list = r.array(o, base, key, false);
    const QString listPath = Reader::join(base, key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = Reader::index(listPath, i);
        if (!r.object(list.at(i), path))
            continue;
        const QJsonObject fo = list.at(i).toObject();
        FieldSpec f;
        f.key = r.string(fo, path, QStringLiteral("key"));
        if (!f.key.isEmpty() && names.contains(f.key))
            r.fail(Reader::join(path, QStringLiteral("key")),
                   CampaignLoader::tr("\"%1\" is used twice in this form").arg(f.key));
        names.insert(f.key);
        f.label = r.string(fo, path, QStringLiteral("label"));
        const QString type = r.string(fo, path, QStringLiteral("type"));
        if (auto t = fieldTypeFromText(type))
            f.type = *t;
        else if (!type.isEmpty())
            r.fail(
                Reader::join(path, QStringLiteral("type")),
                CampaignLoader::tr("\"%1\" is not a field type (text, integer, decimal, date, yesno, choice "
                                   "or multichoice)")
                    .arg(type));
        f.required = fo.value(QStringLiteral("required")).toBool(false);
        f.choices = r.strings(fo, path, QStringLiteral("choices"));
        if ((f.type == FieldSpec::Type::Choice || f.type == FieldSpec::Type::MultiChoice) &&
            f.choices.isEmpty())
            r.fail(Reader::join(path, QStringLiteral("choices")),
                   CampaignLoader::tr("a choice field must list its choices"));
        f.hint = r.string(fo, path, QStringLiteral("hint"), false);
        f.role = r.string(fo, path, QStringLiteral("role"), false);
        if (!f.role.isEmpty() && f.role != QLatin1String("cases_total") &&
            f.role != QLatin1String("cases_self_checked"))
            r.fail(
                Reader::join(path, QStringLiteral("role")),
                CampaignLoader::tr("\"%1\" is not a role (cases_total or cases_self_checked)").arg(f.role));
        if (const QJsonValue rows = fo.value(QStringLiteral("from_rows")); !rows.isUndefined()) {
            // true: every row; {"field": …, "in": […]}: the rows whose column holds one of the values.
            f.fromRows = true;
            const QString rpath = Reader::join(path, QStringLiteral("from_rows"));
            if (rows.isObject()) {
                f.rowsWhereField = r.string(rows.toObject(), rpath, QStringLiteral("field"));
                f.rowsWhereIn = r.strings(rows.toObject(), rpath, QStringLiteral("in"));
            } else if (!rows.isBool()) {
                r.fail(rpath, CampaignLoader::tr("must be true or {\"field\": column, \"in\": [values]}"));
            }
            if (f.type != FieldSpec::Type::Integer)
                r.fail(rpath, CampaignLoader::tr("only a whole-number field counts rows"));
        }
        const QJsonValue derived = fo.value(QStringLiteral("derived"));
        if (!derived.isUndefined()) {
            const QString dpath = Reader::join(path, QStringLiteral("derived"));
            const QJsonObject d = derived.toObject();
            if (d.contains(QStringLiteral("sum"))) {
                f.derivation = FieldSpec::Derivation::Sum;
                f.of = r.strings(d, dpath, QStringLiteral("sum"));
            } else if (d.contains(QStringLiteral("percent"))) {
                f.derivation = FieldSpec::Derivation::Percent;
                f.of = r.strings(d, dpath, QStringLiteral("percent"));
                if (f.of.size() != 2)
                    r.fail(Reader::join(dpath, QStringLiteral("percent")),
                           CampaignLoader::tr("must name two fields: the part and the whole"));
            } else if (d.value(QStringLiteral("rows")).toBool()) {
                f.derivation = FieldSpec::Derivation::RowCount;
            } else {
                r.fail(dpath,
                       CampaignLoader::tr("must be {\"sum\": [fields]}, {\"percent\": [part, whole]} or "
                                          "{\"rows\": true}"));
            }
        }
        out.append(f);
    }
    return out;
}

FormCondition readCondition(Reader &r, const QJsonObject &o, const QString &base)
{
    FormCondition c;
    const QJsonValue v = o.value(QStringLiteral("when"));
    if (v.isUndefined())
        return c;
    const QString path = Reader::join(base, QStringLiteral("when"));
    if (!r.object(v, path))
        return c;
    const QJsonObject w = v.toObject();
    c.field = r.string(w, path, QStringLiteral("field"));
    c.in = r.strings(w, path, QStringLiteral("in"));
    c.notIn = r.strings(w, path, QStringLiteral("not_in"));
    if (w.contains(QStringLiteral("filled")))
        c.filled = w.value(QStringLiteral("filled")).toBool() ? 1 : 0;
    return c;
}

FormOperand readOperand(Reader &r, const QJsonValue &v, const QString &path)
{
    FormOperand op;
    if (v.isString()) {
        op.kind = FormOperand::Kind::Field;
        op.fields = QStringList{v.toString()};
    } else if (v.isDouble()) {
        op.kind = FormOperand::Kind::Number;
        op.number = v.toDouble();
    } else if (v.isObject() && v.toObject().contains(QStringLiteral("sum"))) {
        op.kind = FormOperand::Kind::Sum;
        op.fields = r.strings(v.toObject(), path, QStringLiteral("sum"));
    } else if (v.isObject() && v.toObject().value(QStringLiteral("self_check_required")).isString()) {
        op.kind = FormOperand::Kind::SelfCheckRequired;
        op.fields = QStringList{v.toObject().value(QStringLiteral("self_check_required")).toString()};
    } else {
        r.fail(path, CampaignLoader::tr("must be a field key, a number, {\"sum\": [fields]} or "
                                        "{\"self_check_required\": field}"));
    }
    return op;
}

/// Every field key a check names must be a field (form scope) or a column (rows scope) of its form.
void checkNames(Reader &r, const QString &path, const QStringList &keys, const QSet<QString> &known)
{
    for (const QString &k : keys)
        if (!known.contains(k))
            r.fail(path, CampaignLoader::tr("\"%1\" is not a field of this form").arg(k));
}

void readChecks(Reader &r, const QJsonObject &o, const QString &base, FormSpec &f)
{
    QSet<QString> fieldKeys, columnKeys;
    for (const FieldSpec &x : f.fields)
        fieldKeys.insert(x.key);
    for (const FieldSpec &x : f.columns)
        columnKeys.insert(x.key);
    static const QHash<QString, CheckSpec::Rule> rules{
        {QStringLiteral("compare"), CheckSpec::Rule::Compare},
        {QStringLiteral("required_if"), CheckSpec::Rule::RequiredIf},
        {QStringLiteral("unique"), CheckSpec::Rule::Unique},
        {QStringLiteral("in"), CheckSpec::Rule::InList},
        {QStringLiteral("expiry"), CheckSpec::Rule::Expiry},
    };
    static const QStringList ops{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                                 QStringLiteral(">="), QStringLiteral("<"),  QStringLiteral(">")};
    const QJsonArray list = r.array(o, base, QStringLiteral("checks"), false);
    const QString listPath = Reader::join(base, QStringLiteral("checks"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = Reader::index(listPath, i);
        if (!r.object(list.at(i), path))
            continue;
        const QJsonObject co = list.at(i).toObject();
        CheckSpec c;
        c.id = r.string(co, path, QStringLiteral("id"));
        if (!c.id.isEmpty() && ids.contains(c.id))
            r.fail(Reader::join(path, QStringLiteral("id")),
                   CampaignLoader::tr("\"%1\" is used twice in this form").arg(c.id));
        ids.insert(c.id);
        const QString level = r.string(co, path, QStringLiteral("level"));
        if (level == QLatin1String("error"))
            c.level = CheckSpec::Level::Error;
        else if (level == QLatin1String("warning"))
            c.level = CheckSpec::Level::Warning;
        else if (!level.isEmpty())
            r.fail(Reader::join(path, QStringLiteral("level")),
                   CampaignLoader::tr("\"%1\" is not a level (error or warning)").arg(level));
        const QString rule = r.string(co, path, QStringLiteral("rule"));
        if (auto it = rules.find(rule); it != rules.end())
            c.rule = *it;
        else if (!rule.isEmpty())
            r.fail(Reader::join(path, QStringLiteral("rule")),
                   CampaignLoader::tr("\"%1\" is not a rule (compare, required_if, unique, in or expiry)")
                       .arg(rule));
        const QString scope = r.string(co, path, QStringLiteral("scope"), false);
        if (scope.isEmpty())
            c.scope = c.rule == CheckSpec::Rule::Compare ? CheckSpec::Scope::Form : CheckSpec::Scope::Rows;
        else if (scope == QLatin1String("form"))
            c.scope = CheckSpec::Scope::Form;
        else if (scope == QLatin1String("rows"))
            c.scope = CheckSpec::Scope::Rows;
        else
            r.fail(Reader::join(path, QStringLiteral("scope")),
                   CampaignLoader::tr("\"%1\" is not a scope (form or rows)").arg(scope));
        if (c.rule == CheckSpec::Rule::Unique)
            c.scope = CheckSpec::Scope::Rows;
        const QSet<QString> &known = c.scope == CheckSpec::Scope::Form ? fieldKeys : columnKeys;
        c.message = r.string(co, path, QStringLiteral("message"));
        c.when = readCondition(r, co, path);
        if (c.when.isSet())
            checkNames(r, Reader::join(path, QStringLiteral("when.field")), {c.when.field}, known);
        if (c.rule == CheckSpec::Rule::Compare) {
            c.op = r.string(co, path, QStringLiteral("op"));
            if (!c.op.isEmpty() && !ops.contains(c.op))
                r.fail(Reader::join(path, QStringLiteral("op")),
                       CampaignLoader::tr("\"%1\" is not a comparison (%2)")
                           .arg(c.op, ops.join(QLatin1Char(' '))));
            c.left =
                readOperand(r, co.value(QStringLiteral("left")), Reader::join(path, QStringLiteral("left")));
            c.right = readOperand(r, co.value(QStringLiteral("right")),
                                  Reader::join(path, QStringLiteral("right")));
            checkNames(r, Reader::join(path, QStringLiteral("left")), c.left.fields, known);
            checkNames(r, Reader::join(path, QStringLiteral("right")), c.right.fields, known);
            c.field = r.string(co, path, QStringLiteral("field"), false);
            if (c.field.isEmpty())
                c.field = c.left.fields.value(0);
        } else {
            c.field = r.string(co, path, QStringLiteral("field"));
        }
        if (!c.field.isEmpty())
            checkNames(r, Reader::join(path, QStringLiteral("field")), {c.field}, known);
        if (c.rule == CheckSpec::Rule::InList) {
            c.values = r.strings(co, path, QStringLiteral("values"));
            if (c.values.isEmpty())
                r.fail(Reader::join(path, QStringLiteral("values")),
                       CampaignLoader::tr("must list the values"));
        }
        if (c.rule == CheckSpec::Rule::Expiry)
            c.days = r.integer(co, path, QStringLiteral("days"), 0, 3650);
        f.checks.append(c);
    }
}

void readFormBody(Reader &r, const QJsonObject &o, const QString &path, FormSpec &f)
{
    QSet<QString> names;
    f.fields = readFields(r, o, path, QStringLiteral("fields"), names);
    f.columns = readFields(r, o, path, QStringLiteral("columns"), names);
    f.rowsTitle = r.string(o, path, QStringLiteral("rows_title"), false);
    const QJsonArray items = r.array(o, path, QStringLiteral("items"), false);
    QSet<QString> itemKeys;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString ipath = Reader::index(Reader::join(path, QStringLiteral("items")), i);
        if (!r.object(items.at(i), ipath))
            continue;
        ItemSpec item;
        item.key = r.string(items.at(i).toObject(), ipath, QStringLiteral("key"));
        if (!item.key.isEmpty() && itemKeys.contains(item.key))
            r.fail(Reader::join(ipath, QStringLiteral("key")),
                   CampaignLoader::tr("\"%1\" is used twice in this form").arg(item.key));
        itemKeys.insert(item.key);
        item.label = r.string(items.at(i).toObject(), ipath, QStringLiteral("label"));
        f.items.append(item);
    }
    // Derived fields add up, or share out, the form's own number fields.
    for (qsizetype i = 0; i < f.fields.size(); ++i) {
        for (const QString &k : f.fields.at(i).of) {
            const FieldSpec *ref = f.field(k);
            if (!ref || !ref->isNumber())
                r.fail(Reader::index(Reader::join(path, QStringLiteral("fields")), i) +
                           QStringLiteral(".derived"),
                       CampaignLoader::tr("\"%1\" is not a number field of this form").arg(k));
        }
    }
    // Only a form that shows its fields can have one marked with a role (the self-check figures).
    readChecks(r, o, path, f);
}

void readReports(Reader &r, const QJsonObject &root, Campaign &c, QSet<QString> &ids)
{
    const QJsonArray reports = r.array(root, {}, QStringLiteral("reports"), false);
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const QString path = Reader::index(QStringLiteral("reports"), i);
        if (!r.object(reports.at(i), path))
            continue;
        const QJsonObject o = reports.at(i).toObject();
        ReportSpec rep;
        rep.id = r.string(o, path, QStringLiteral("id"));
        if (!rep.id.isEmpty() && ids.contains(rep.id))
            r.fail(Reader::join(path, QStringLiteral("id")),
                   CampaignLoader::tr("\"%1\" is already the id of a form or report").arg(rep.id));
        ids.insert(rep.id);
        rep.title = r.string(o, path, QStringLiteral("title"));
        rep.deadlineKey = r.string(o, path, QStringLiteral("deadline"));
        if (!rep.deadlineKey.isEmpty() && !c.deadline(rep.deadlineKey))
            r.fail(Reader::join(path, QStringLiteral("deadline")),
                   CampaignLoader::tr("\"%1\" is not a key under \"deadlines\"").arg(rep.deadlineKey));
        c.reports.push_back(rep);
    }
}

void readForms(Reader &r, const QJsonObject &root, Campaign &c)
{
    const QJsonArray forms = r.array(root, {}, QStringLiteral("forms"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const QString path = Reader::index(QStringLiteral("forms"), i);
        if (!r.object(forms.at(i), path))
            continue;
        const QJsonObject o = forms.at(i).toObject();
        FormSpec f;
        f.id = r.string(o, path, QStringLiteral("id"));
        if (!f.id.isEmpty() && ids.contains(f.id))
            r.fail(Reader::join(path, QStringLiteral("id")),
                   CampaignLoader::tr("\"%1\" is used twice").arg(f.id));
        ids.insert(f.id);
        f.title = r.string(o, path, QStringLiteral("title"));
        // Optional: a phase-1 deliverable (the implementation plan) reports on no reform area.
        f.area = r.integer(o, path, QStringLiteral("area"), 1, 99, false, 0);
        if (f.area && !c.area(f.area))
            r.fail(Reader::join(path, QStringLiteral("area")),
                   CampaignLoader::tr("area %1 is not defined under \"areas\"").arg(f.area));
        const QString kind = r.string(o, path, QStringLiteral("kind"));
        if (auto k = kindFromText(kind))
            f.kind = *k;
        else if (!kind.isEmpty())
            r.fail(Reader::join(path, QStringLiteral("kind")),
                   CampaignLoader::tr("\"%1\" is not a kind of form (checklist, figures or register)")
                       .arg(kind));
        f.deadlineKey = r.string(o, path, QStringLiteral("deadline"), false);
        if (!f.deadlineKey.isEmpty() && !c.deadline(f.deadlineKey))
            r.fail(Reader::join(path, QStringLiteral("deadline")),
                   CampaignLoader::tr("\"%1\" is not a key under \"deadlines\"").arg(f.deadlineKey));
        const QString owedBy = r.string(o, path, QStringLiteral("owed_by"), false);
        if (owedBy == QLatin1String("drawn_units"))
            f.owedByDrawnUnitsOnly = true;
        else if (!owedBy.isEmpty() && owedBy != QLatin1String("all"))
            r.fail(Reader::join(path, QStringLiteral("owed_by")),
                   CampaignLoader::tr("\"%1\" is not known (all or drawn_units)").arg(owedBy));
        f.role = r.string(o, path, QStringLiteral("role"), false);
        if (!f.role.isEmpty() && f.role != QLatin1String("implementation_plan"))
            r.fail(Reader::join(path, QStringLiteral("role")),
                   CampaignLoader::tr("\"%1\" is not a form's role (implementation_plan)").arg(f.role));
        readFormBody(r, o, path, f);
        if (!f.items.isEmpty() && f.columns.isEmpty())
            r.fail(Reader::join(path, QStringLiteral("columns")),
                   CampaignLoader::tr("a checklist's items need columns to be answered in"));
        if (!f.items.isEmpty() && f.kind != FormSpec::Kind::Checklist)
            r.fail(
                Reader::join(path, QStringLiteral("items")),
                CampaignLoader::tr("only a checklist has fixed items; a %1 form lists its rows as the unit "
                                   "writes them")
                    .arg(kind));
        c.forms.push_back(f);
    }
    readReports(r, root, c, ids);
    // Cross references that name forms.
    for (size_t i = 0; i < c.areas.size(); ++i) {
        for (qsizetype j = 0; j < c.areas[i].forms.size(); ++j) {
            if (!c.form(c.areas[i].forms[j]))
                r.fail(Reader::index(Reader::index(QStringLiteral("areas"), qsizetype(i)) +
                                         QStringLiteral(".forms"),
                                     j),
                       CampaignLoader::tr("\"%1\" is not a form under \"forms\"").arg(c.areas[i].forms[j]));
        }
    }
    for (size_t i = 0; i < c.deadlines.size(); ++i) {
        for (qsizetype j = 0; j < c.deadlines[i].forms.size(); ++j) {
            if (!c.form(c.deadlines[i].forms[j]))
                r.fail(
                    Reader::index(Reader::index(QStringLiteral("deadlines"), qsizetype(i)) +
                                      QStringLiteral(".forms"),
                                  j),
                    CampaignLoader::tr("\"%1\" is not a form under \"forms\"").arg(c.deadlines[i].forms[j]));
        }
    }
}

void readRules(Reader &r, const QJsonObject &root, Campaign &c)
{
    const QJsonValue v = root.value(QStringLiteral("rules"));
    if (v.isUndefined()) {
        r.fail(QStringLiteral("rules"), CampaignLoader::tr("is missing"));
        return;
    }
    if (!r.object(v, QStringLiteral("rules")))
        return;
    const QJsonObject o = v.toObject();
    const QString base = QStringLiteral("rules");
    c.rules.selfCheckMinPercent = r.integer(o, base, QStringLiteral("self_check_min_percent"), 0, 100);
    c.rules.spotCheckMinFiles = r.integer(o, base, QStringLiteral("spot_check_min_files"), 0, 100000);
    c.rules.rectificationDeadline = r.date(o, base, QStringLiteral("rectification_deadline"));
    // Optional, so that definitions written before the supervision cases existed still load.
    c.rules.complaintHandlingDays = r.integer(o, base, QStringLiteral("complaint_handling_days"), 1, 365,
                                              false, CampaignRules{}.complaintHandlingDays);
    c.rules.rectificationMinDays = r.integer(o, base, QStringLiteral("rectification_min_days"), 1, 365, false,
                                             CampaignRules{}.rectificationMinDays);
    // Normative-document filing supervision (area 9); optional for the same reason.
    c.rules.filingDeadlineDays = r.integer(o, base, QStringLiteral("filing_deadline_days"), 1, 365, false,
                                           CampaignRules{}.filingDeadlineDays);
    // Area 10's 重大行政处罚备案 (issue 23); optional, the plan sets no limit.
    c.rules.majorPenaltyFilingDays = r.integer(o, base, QStringLiteral("major_penalty_filing_days"), 1, 365,
                                               false, CampaignRules{}.majorPenaltyFilingDays);
    const QJsonValue period = o.value(QStringLiteral("zero_report_period"));
    if (!period.isUndefined()) {
        const QString path = Reader::join(base, QStringLiteral("zero_report_period"));
        if (!period.isString())
            r.fail(path, CampaignLoader::tr("must be text: \"quarter\" or \"year\""));
        else if (const auto p = zeroReportPeriodFromKey(period.toString()))
            c.rules.zeroReportPeriod = *p;
        else
            r.fail(path, CampaignLoader::tr("\"%1\" is not a period; write \"quarter\" or \"year\"")
                             .arg(period.toString()));
    }
}

/// Points as the scoring sheet writes them: a positive multiple of 0.5, returned in half points.
int halfPoints(Reader &r, const QJsonObject &o, const QString &base, const QString &key, int maxHalves)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        r.fail(Reader::join(base, key), CampaignLoader::tr("is missing"));
        return 0;
    }
    const double d = v.toDouble(-1);
    const double halves = d * 2;
    if (!v.isDouble() || !isWhole(halves) || halves < 1 || halves > maxHalves) {
        r.fail(Reader::join(base, key),
               CampaignLoader::tr("must be a number of points in steps of 0.5, from 0.5 to %1")
                   .arg(maxHalves / 2.0));
        return 0;
    }
    return int(halves);
}

void readScoring(Reader &r, const QJsonObject &root, Campaign &c)
{
    const QJsonValue v = root.value(QStringLiteral("scoring"));
    if (v.isUndefined())
        return; // definitions written before the case review still load; scoring then refuses politely
    const QString base = QStringLiteral("scoring");
    if (!r.object(v, base))
        return;
    const QJsonObject o = v.toObject();
    ScoringSpec &spec = c.scoring;
    QSet<QString> keys;
    const auto uniqueKey = [&](const QString &key, const QString &path) {
        if (key.isEmpty())
            return;
        if (keys.contains(key))
            r.fail(path, CampaignLoader::tr("\"%1\" is used twice").arg(key));
        keys.insert(key);
    };

    const QJsonValue grades = o.value(QStringLiteral("grades"));
    const QString gradesPath = Reader::join(base, QStringLiteral("grades"));
    if (grades.isUndefined()) {
        r.fail(gradesPath, CampaignLoader::tr("is missing"));
    } else if (r.object(grades, gradesPath)) {
        const QJsonObject g = grades.toObject();
        const auto threshold = [&](const QString &key, double fallback) {
            const QJsonValue t = g.value(key);
            const double d = t.toDouble(-1);
            if (!t.isDouble() || d < 0 || d > 100 || !isWhole(d * 2)) {
                r.fail(Reader::join(gradesPath, key),
                       t.isUndefined() ? CampaignLoader::tr("is missing")
                                       : CampaignLoader::tr("must be a score from 0 to 100 in steps of 0.5"));
                return fallback;
            }
            return d;
        };
        spec.excellentMin = threshold(QStringLiteral("excellent"), spec.excellentMin);
        spec.goodMin = threshold(QStringLiteral("good"), spec.goodMin);
        spec.passMin = threshold(QStringLiteral("pass"), spec.passMin);
        if (!(spec.excellentMin > spec.goodMin && spec.goodMin > spec.passMin))
            r.fail(gradesPath, CampaignLoader::tr("the thresholds must fall: excellent > good > pass"));
    }

    const QJsonArray vetoes = r.array(o, base, QStringLiteral("veto_items"));
    for (qsizetype i = 0; i < vetoes.size(); ++i) {
        const QString path = Reader::index(Reader::join(base, QStringLiteral("veto_items")), i);
        if (!r.object(vetoes.at(i), path))
            continue;
        const QJsonObject vo = vetoes.at(i).toObject();
        VetoItem item;
        item.key = r.string(vo, path, QStringLiteral("key"));
        uniqueKey(item.key, Reader::join(path, QStringLiteral("key")));
        item.text = r.string(vo, path, QStringLiteral("text"));
        spec.vetoItems.push_back(item);
    }

    const QJsonArray groups = r.array(o, base, QStringLiteral("groups"));
    const QString groupsPath = Reader::join(base, QStringLiteral("groups"));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString path = Reader::index(groupsPath, i);
        if (!r.object(groups.at(i), path))
            continue;
        const QJsonObject go = groups.at(i).toObject();
        ScoringGroup group;
        group.key = r.string(go, path, QStringLiteral("key"));
        uniqueKey(group.key, Reader::join(path, QStringLiteral("key")));
        group.title = r.string(go, path, QStringLiteral("title"));
        group.points = r.integer(go, path, QStringLiteral("points"), 1, 100);
        const QJsonArray items = r.array(go, path, QStringLiteral("items"));
        if (items.isEmpty() && go.value(QStringLiteral("items")).isArray())
            r.fail(Reader::join(path, QStringLiteral("items")),
                   CampaignLoader::tr("must name at least one defect line"));
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QString itemPath = Reader::index(Reader::join(path, QStringLiteral("items")), j);
            if (!r.object(items.at(j), itemPath))
                continue;
            const QJsonObject io = items.at(j).toObject();
            ScoringItem item;
            item.key = r.string(io, itemPath, QStringLiteral("key"));
            uniqueKey(item.key, Reader::join(itemPath, QStringLiteral("key")));
            item.text = r.string(io, itemPath, QStringLiteral("text"));
            item.halfPoints =
                halfPoints(r, io, itemPath, QStringLiteral("points"), std::max(group.points, 1) * 2);
            const QJsonValue flag = io.value(QStringLiteral("no_legal_review"));
            if (!flag.isUndefined() && !flag.isBool())
                r.fail(Reader::join(itemPath, QStringLiteral("no_legal_review")),
                       CampaignLoader::tr("must be true or false"));
            item.noLegalReview = flag.toBool(false);
            group.items.push_back(item);
        }
        spec.groups.push_back(group);
    }
    if (groups.isEmpty() && o.value(QStringLiteral("groups")).isArray())
        r.fail(groupsPath, CampaignLoader::tr("must name at least one group"));
    else if (!groups.isEmpty() && spec.totalPoints() != 100)
        r.fail(groupsPath,
               CampaignLoader::tr("the groups' points add up to %1, not 100").arg(spec.totalPoints()));
}

QDate shiftDate(QDate d, int years)
{
    // QDate::addYears already turns 02-29 into 02-28 in a common year.
    return d.addYears(years);
}

QJsonValue shiftValue(const QJsonValue &v, int years)
{
    if (const QDate d = parseIsoDate(v.toString()); v.isString() && d.isValid())
        return shiftDate(d, years).toString(Qt::ISODate);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(shiftValue(item, years));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), shiftValue(it.value(), years));
        return out;
    }
    return v;
}

} // namespace

QString CampaignLoader::builtinPath()
{
    return QStringLiteral(":/campaigns/naiman-2022.json");
}

Result<Campaign> CampaignLoader::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line number the clerk can find in an editor.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return makeError(
            Error::Code::Invalid,
            tr("line %1: the file is not valid JSON (%2)").arg(line).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return makeError(Error::Code::Invalid, tr("the file must hold one JSON object ({ … })"));

    const QJsonObject root = doc.object();
    Reader r;
    Campaign c;
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        r.fail(QStringLiteral("format"), tr("is missing (write \"format\": %1)").arg(formatVersion));
    else if (format.toInt(-1) != formatVersion)
        r.fail(QStringLiteral("format"), tr("version %1 is not known to this program (it reads version %2)")
                                             .arg(format.toVariant().toString())
                                             .arg(formatVersion));
    c.code = r.string(root, {}, QStringLiteral("code"));
    c.year = r.integer(root, {}, QStringLiteral("year"), 2000, 2999);
    c.caseYear = r.integer(root, {}, QStringLiteral("case_year"), 2000, 2999, false, c.year ? c.year - 1 : 0);
    c.title = r.string(root, {}, QStringLiteral("title"));
    c.shortTitle = r.string(root, {}, QStringLiteral("short_title"), false);
    c.authority = r.string(root, {}, QStringLiteral("authority"));
    c.section = r.string(root, {}, QStringLiteral("section"), false);
    c.office = r.string(root, {}, QStringLiteral("office"), false);
    c.supervisionBasis = r.string(root, {}, QStringLiteral("supervision_basis"), false);
    c.documentNumber = r.string(root, {}, QStringLiteral("document_number"), false);
    c.issuedOn = r.date(root, {}, QStringLiteral("issued_on"));

    readAreas(r, root, c);
    readPhases(r, root, c);
    readDeadlines(r, root, c);
    readForms(r, root, c);
    readRules(r, root, c);
    readScoring(r, root, c);

    if (!r.errors.isEmpty())
        return makeError(Error::Code::Invalid, r.errors.join(QLatin1Char('\n')));
    return c;
}

Result<QByteArray> CampaignLoader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("%1: cannot read the campaign file").arg(path),
                         file.errorString());
    if (file.size() > 16 * 1024 * 1024)
        return makeError(Error::Code::Invalid,
                         tr("%1: the file is too large for a campaign definition").arg(path));
    const QByteArray bytes = file.readAll();
    const Result<Campaign> parsed = parse(bytes);
    if (!parsed) {
        // Every line names the file, as compilers do: "FILE: phases[2].to: …".
        QStringList lines = parsed.error().message.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line.prepend(path + QStringLiteral(": "));
        return makeError(Error::Code::Invalid, lines.join(QLatin1Char('\n')));
    }
    return bytes;
}

Result<Campaign> CampaignLoader::loadFile(const QString &path)
{
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes);
}

Result<QByteArray> CampaignLoader::shiftToYear(const QByteArray &json, int year)
{
    const Result<Campaign> original = parse(json);
    if (!original)
        return original.error();
    if (year < 2000 || year > 2999)
        return makeError(Error::Code::Invalid, tr("%1 is not a campaign year (2000 to 2999)").arg(year));
    const int years = year - original->year;
    QJsonObject root = shiftValue(QJsonDocument::fromJson(json).object(), years).toObject();
    root.insert(QStringLiteral("year"), year);
    root.insert(QStringLiteral("case_year"), original->caseYear + years);
    QString code = original->code;
    code.replace(QString::number(original->year), QString::number(year));
    if (code == original->code)
        code += QLatin1Char('-') + QString::number(year);
    root.insert(QStringLiteral("code"), code);
    // Titles that name the year ("2022年规范行政执法专项行动") follow it.
    for (const QString &key : {QStringLiteral("title"), QStringLiteral("short_title")}) {
        if (root.contains(key))
            root.insert(key, root.value(key).toString().replace(QString::number(original->year),
                                                                QString::number(year)));
    }
    // The new year's plan gets its own number when it is issued; keep the old one visibly marked.
    root.remove(QStringLiteral("document_number"));
    root.insert(QStringLiteral("cloned_from"), original->code);
    QByteArray out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    const Result<Campaign> check = parse(out);
    if (!check)
        return check.error();
    return out;
}

} // namespace oversight
