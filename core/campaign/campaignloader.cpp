#include "campaignloader.h"

#include "campaignreader.h"

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

using campaignfile::Reader;
using campaignfile::isWhole;

namespace {

void readAreas(Reader &r, const QJsonObject &root, Campaign &c)
{
    QSet<int> seen;
    const QJsonArray areas =
        r.objects(root, {}, QStringLiteral("areas"), true, [&](const QJsonObject &o, const QString &path) {
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
        });
    if (areas.isEmpty() && !root.value(QStringLiteral("areas")).isUndefined())
        r.fail(QStringLiteral("areas"), CampaignLoader::tr("must name at least one area"));
}

void readPhases(Reader &r, const QJsonObject &root, Campaign &c)
{
    QSet<QString> keys;
    const QJsonArray phases =
        r.objects(root, {}, QStringLiteral("phases"), true, [&](const QJsonObject &o, const QString &path) {
            Phase p;
            p.key = r.string(o, path, QStringLiteral("key"));
            r.once(keys, p.key, path, QStringLiteral("key"), CampaignLoader::tr("\"%1\" is used twice"));
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
        });
    if (phases.isEmpty() && !root.value(QStringLiteral("phases")).isUndefined())
        r.fail(QStringLiteral("phases"), CampaignLoader::tr("must name at least one phase"));
}

void readDeadlines(Reader &r, const QJsonObject &root, Campaign &c)
{
    QSet<QString> keys;
    const QJsonArray deadlines = r.objects(
        root, {}, QStringLiteral("deadlines"), true, [&](const QJsonObject &o, const QString &path) {
            Deadline d;
            d.key = r.string(o, path, QStringLiteral("key"));
            r.once(keys, d.key, path, QStringLiteral("key"), CampaignLoader::tr("\"%1\" is used twice"));
            d.title = r.string(o, path, QStringLiteral("title"));
            d.due = r.date(o, path, QStringLiteral("due"));
            d.forms = r.strings(o, path, QStringLiteral("forms"));
            c.deadlines.push_back(d);
        });
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
    QSet<QString> keys; // the veto items', groups' and defect lines' keys are one set
    const QString twice = CampaignLoader::tr("\"%1\" is used twice");

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

    r.objects(o, base, QStringLiteral("veto_items"), true, [&](const QJsonObject &vo, const QString &path) {
        VetoItem item;
        item.key = r.string(vo, path, QStringLiteral("key"));
        r.once(keys, item.key, path, QStringLiteral("key"), twice);
        item.text = r.string(vo, path, QStringLiteral("text"));
        spec.vetoItems.push_back(item);
    });

    const QString groupsPath = Reader::join(base, QStringLiteral("groups"));
    const QJsonArray groups =
        r.objects(o, base, QStringLiteral("groups"), true, [&](const QJsonObject &go, const QString &path) {
            ScoringGroup group;
            group.key = r.string(go, path, QStringLiteral("key"));
            r.once(keys, group.key, path, QStringLiteral("key"), twice);
            group.title = r.string(go, path, QStringLiteral("title"));
            group.points = r.integer(go, path, QStringLiteral("points"), 1, 100);
            const QJsonArray items = r.objects(
                go, path, QStringLiteral("items"), true, [&](const QJsonObject &io, const QString &itemPath) {
                    ScoringItem item;
                    item.key = r.string(io, itemPath, QStringLiteral("key"));
                    r.once(keys, item.key, itemPath, QStringLiteral("key"), twice);
                    item.text = r.string(io, itemPath, QStringLiteral("text"));
                    item.halfPoints =
                        halfPoints(r, io, itemPath, QStringLiteral("points"), std::max(group.points, 1) * 2);
                    const QJsonValue flag = io.value(QStringLiteral("no_legal_review"));
                    if (!flag.isUndefined() && !flag.isBool())
                        r.fail(Reader::join(itemPath, QStringLiteral("no_legal_review")),
                               CampaignLoader::tr("must be true or false"));
                    item.noLegalReview = flag.toBool(false);
                    group.items.push_back(item);
                });
            if (items.isEmpty() && go.value(QStringLiteral("items")).isArray())
                r.fail(Reader::join(path, QStringLiteral("items")),
                       CampaignLoader::tr("must name at least one defect line"));
            spec.groups.push_back(group);
        });
    if (groups.isEmpty() && o.value(QStringLiteral("groups")).isArray())
        r.fail(groupsPath, CampaignLoader::tr("must name at least one group"));
    else if (!groups.isEmpty() && spec.totalPoints() != 100)
        r.fail(groupsPath,
               CampaignLoader::tr("the groups' points add up to %1, not 100").arg(spec.totalPoints()));
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
    campaignfile::readForms(r, root, c);
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

} // namespace oversight
