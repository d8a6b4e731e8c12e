#include "campaignreader.h"

#include "domain/normative.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace oversight::campaignfile {

namespace {

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
    r.objects(o, base, key, false, [&](const QJsonObject &fo, const QString &path) {
        FieldSpec f;
        f.key = r.string(fo, path, QStringLiteral("key"));
        r.once(names, f.key, path, QStringLiteral("key"),
               CampaignLoader::tr("\"%1\" is used twice in this form"));
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
    });
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
    QSet<QString> ids;
    r.objects(o, base, QStringLiteral("checks"), false, [&](const QJsonObject &co, const QString &path) {
        CheckSpec c;
        c.id = r.string(co, path, QStringLiteral("id"));
        r.once(ids, c.id, path, QStringLiteral("id"),
               CampaignLoader::tr("\"%1\" is used twice in this form"));
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
    });
}

void readFormBody(Reader &r, const QJsonObject &o, const QString &path, FormSpec &f)
{
    QSet<QString> names;
    f.fields = readFields(r, o, path, QStringLiteral("fields"), names);
    f.columns = readFields(r, o, path, QStringLiteral("columns"), names);
    f.rowsTitle = r.string(o, path, QStringLiteral("rows_title"), false);
    QSet<QString> itemKeys;
    r.objects(o, path, QStringLiteral("items"), false, [&](const QJsonObject &io, const QString &ipath) {
        ItemSpec item;
        item.key = r.string(io, ipath, QStringLiteral("key"));
        r.once(itemKeys, item.key, ipath, QStringLiteral("key"),
               CampaignLoader::tr("\"%1\" is used twice in this form"));
        item.label = r.string(io, ipath, QStringLiteral("label"));
        f.items.append(item);
    });
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
    r.objects(root, {}, QStringLiteral("reports"), false, [&](const QJsonObject &o, const QString &path) {
        ReportSpec rep;
        rep.id = r.string(o, path, QStringLiteral("id"));
        r.once(ids, rep.id, path, QStringLiteral("id"),
               CampaignLoader::tr("\"%1\" is already the id of a form or report"));
        rep.title = r.string(o, path, QStringLiteral("title"));
        rep.deadlineKey = r.string(o, path, QStringLiteral("deadline"));
        if (!rep.deadlineKey.isEmpty() && !c.deadline(rep.deadlineKey))
            r.fail(Reader::join(path, QStringLiteral("deadline")),
                   CampaignLoader::tr("\"%1\" is not a key under \"deadlines\"").arg(rep.deadlineKey));
        c.reports.push_back(rep);
    });
}

} // namespace

void readForms(Reader &r, const QJsonObject &root, Campaign &c)
{
    QSet<QString> ids;
    r.objects(root, {}, QStringLiteral("forms"), true, [&](const QJsonObject &o, const QString &path) {
        FormSpec f;
        f.id = r.string(o, path, QStringLiteral("id"));
        r.once(ids, f.id, path, QStringLiteral("id"), CampaignLoader::tr("\"%1\" is used twice"));
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
    });
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

} // namespace oversight::campaignfile
