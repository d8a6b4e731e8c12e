#pragma once

// The campaign file's reader, shared by the files of campaign/ (campaignloader.cpp: the campaign itself;
// formspecs.cpp: its forms and reports). Not part of the room's interface: include campaignloader.h.

#include "campaignloader.h"
#include "domain/campaign.h"
#include "domain/isodate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <optional>

namespace oversight::campaignfile {

/// True for a finite whole number a qint64 holds exactly; checked before any cast, because casting
/// an out-of-range double to an integer is undefined behaviour (the fuzzer found 2e48 in a campaign file).
inline bool isWhole(double d)
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

    /// The value at `key`, or nothing when it is not there (nor is a null, unless `nullIsValue`): a fault
    /// where the value is `required`.
    std::optional<QJsonValue> present(const QJsonObject &o, const QString &base, const QString &key,
                                      bool required, bool nullIsValue = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || (v.isNull() && !nullIsValue)) {
            if (required)
                fail(join(base, key), CampaignLoader::tr("is missing"));
            return std::nullopt;
        }
        return v;
    }

    QString string(const QJsonObject &o, const QString &base, const QString &key, bool required = true)
    {
        const std::optional<QJsonValue> v = present(o, base, key, required);
        if (!v)
            return {};
        if (!v->isString()) {
            fail(join(base, key), CampaignLoader::tr("must be text"));
            return {};
        }
        if (required && v->toString().trimmed().isEmpty())
            fail(join(base, key), CampaignLoader::tr("must not be empty"));
        return v->toString().trimmed();
    }

    int integer(const QJsonObject &o, const QString &base, const QString &key, int min, int max,
                bool required = true, int fallback = 0)
    {
        const std::optional<QJsonValue> v = present(o, base, key, required, true);
        if (!v)
            return fallback;
        const double d = v->toDouble(-1e300);
        if (!v->isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
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
        const std::optional<QJsonValue> v = present(o, base, key, required);
        if (!v)
            return {};
        const QString text = v->toString();
        const QDate d = parseIsoDate(text);
        if (!v->isString() || !d.isValid()) {
            fail(join(base, key),
                 CampaignLoader::tr("\"%1\" is not a date (write YYYY-MM-DD)")
                     .arg(v->isString() ? text
                                        : QString::fromUtf8(
                                              QJsonDocument(QJsonArray{*v}).toJson(QJsonDocument::Compact))
                                              .mid(1)
                                              .chopped(1)));
            return {};
        }
        return d;
    }

    QJsonArray array(const QJsonObject &o, const QString &base, const QString &key, bool required = true)
    {
        const std::optional<QJsonValue> v = present(o, base, key, required, true);
        if (!v)
            return {};
        if (!v->isArray()) {
            fail(join(base, key), CampaignLoader::tr("must be a list"));
            return {};
        }
        return v->toArray();
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

    /// Reads the list `key` of `o` (found at `base`): `read(item, path)` for each item that is an object,
    /// a fault for each that is not. Returns the list, empty when it is missing or not a list.
    template <typename Read>
    QJsonArray objects(const QJsonObject &o, const QString &base, const QString &key, bool required,
                       const Read &read)
    {
        const QJsonArray list = array(o, base, key, required);
        const QString listPath = join(base, key);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = index(listPath, i);
            if (object(list.at(i), path))
                read(list.at(i).toObject(), path);
        }
        return list;
    }

    /// Notes a list item's `key` (its field `field` at `path`) in `seen`; a key seen before is the fault
    /// `twice` (with %1 the key).
    void once(QSet<QString> &seen, const QString &key, const QString &path, const QString &field,
              const QString &twice)
    {
        if (!key.isEmpty() && seen.contains(key))
            fail(join(path, field), twice.arg(key));
        seen.insert(key);
    }
};

/// The `forms` and `reports` sections (formspecs.cpp): every form with its fields, columns and checks.
void readForms(Reader &r, const QJsonObject &root, Campaign &c);

} // namespace oversight::campaignfile
