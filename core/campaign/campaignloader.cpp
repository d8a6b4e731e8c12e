#include "campaignloader.h"

#include "domain/isodate.h"
#include "domain/normative.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace oversight {

namespace {

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
        if (!v.isDouble() || d != double(qint64(d))) {
            fail(join(base, key), CampaignLoader::tr("must be a whole number"));
            return fallback;
        }
        if (d < min || d > max) {
            fail(join(base, key),
                 CampaignLoader::tr("%1 is out of range (%2 to %3)").arg(qint64(d)).arg(min).arg(max));
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
        f.area = r.integer(o, path, QStringLiteral("area"), 1, 99);
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
        f.fields = r.array(o, path, QStringLiteral("fields"), false);
        f.items = r.array(o, path, QStringLiteral("items"), false);
        f.checks = r.array(o, path, QStringLiteral("checks"), false);
        c.forms.push_back(f);
    }
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
    // Normative-document filing supervision (area 9); optional for the same reason.
    c.rules.filingDeadlineDays = r.integer(o, base, QStringLiteral("filing_deadline_days"), 1, 365, false,
                                           CampaignRules{}.filingDeadlineDays);
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
    c.documentNumber = r.string(root, {}, QStringLiteral("document_number"), false);
    c.issuedOn = r.date(root, {}, QStringLiteral("issued_on"));

    readAreas(r, root, c);
    readPhases(r, root, c);
    readDeadlines(r, root, c);
    readForms(r, root, c);
    readRules(r, root, c);

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
