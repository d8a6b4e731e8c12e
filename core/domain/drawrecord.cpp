#include "drawrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oversight {

namespace {
QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

QStringList DrawRecord::units() const
{
    QStringList out;
    for (const draw::Quota &q : quotas)
        out.append(q.unit);
    return out;
}

std::pair<QString, QString> DrawRecord::reviewersOf(size_t index) const
{
    if (!hasReviewers() || index >= reviewerResult.picks.size())
        return {};
    const std::vector<draw::Reviewer> names = draw::reviewersFromText(reviewerPool);
    const draw::ReviewerPick &p = reviewerResult.picks[index];
    const auto name = [&names](int i) {
        return i >= 0 && size_t(i) < names.size() ? names[size_t(i)].name : QString();
    };
    return {name(p.first), name(p.second)};
}

QString DrawRecord::quotasJson() const
{
    QJsonArray a;
    for (const draw::Quota &q : quotas)
        a.append(QJsonObject{{QStringLiteral("unit"), q.unit},
                             {QStringLiteral("pool"), q.poolSize},
                             {QStringLiteral("quota"), q.quota}});
    return compact(a);
}

QString DrawRecord::resultJson() const
{
    QJsonArray a;
    for (const draw::PoolFile &f : result)
        a.append(QJsonArray{f.unit, f.number});
    return compact(a);
}

QString DrawRecord::reviewerResultJson() const
{
    QJsonArray picks;
    for (const draw::ReviewerPick &p : reviewerResult.picks)
        picks.append(QJsonArray{p.first, p.second});
    QJsonArray redraws;
    for (const draw::Redraw &r : reviewerResult.redraws)
        redraws.append(QJsonObject{{QStringLiteral("file"), r.file},
                                   {QStringLiteral("reviewer"), r.reviewer},
                                   {QStringLiteral("reason"), r.reason}});
    return compact(QJsonObject{{QStringLiteral("picks"), picks}, {QStringLiteral("redraws"), redraws}});
}

std::vector<draw::Quota> DrawRecord::quotasFromJson(const QString &json)
{
    std::vector<draw::Quota> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("unit")).toString(), o.value(QStringLiteral("pool")).toInt(),
                       o.value(QStringLiteral("quota")).toInt()});
    }
    return out;
}

std::vector<draw::PoolFile> DrawRecord::resultFromJson(const QString &json)
{
    std::vector<draw::PoolFile> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray a = v.toArray();
        out.push_back({a.at(0).toString(), a.at(1).toString()});
    }
    return out;
}

draw::ReviewerResult DrawRecord::reviewerResultFromJson(const QString &json)
{
    draw::ReviewerResult out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("picks")).toArray())
        out.picks.push_back({v.toArray().at(0).toInt(-1), v.toArray().at(1).toInt(-1)});
    for (const QJsonValue &v : o.value(QStringLiteral("redraws")).toArray()) {
        const QJsonObject r = v.toObject();
        out.redraws.push_back({r.value(QStringLiteral("file")).toInt(),
                               r.value(QStringLiteral("reviewer")).toInt(),
                               r.value(QStringLiteral("reason")).toString()});
    }
    return out;
}

} // namespace oversight
