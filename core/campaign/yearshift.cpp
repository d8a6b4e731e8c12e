#include "campaignloader.h"
#include "domain/isodate.h"
#include "domain/jsonstrings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oversight {

// A campaign file moved to another year (`campaign clone --year`): every date by whole years, the year
// fields with them.

namespace {

QDate shiftDate(QDate d, int years)
{
    // QDate::addYears already turns 02-29 into 02-28 in a common year.
    return d.addYears(years);
}

QJsonValue shiftValue(const QJsonValue &v, int years)
{
    return mapJsonStrings(v, [years](const QString &s) {
        const QDate d = parseIsoDate(s);
        return d.isValid() ? QJsonValue(shiftDate(d, years).toString(Qt::ISODate)) : QJsonValue(s);
    });
}

} // namespace

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
