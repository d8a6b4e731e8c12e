#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace oversight {

/// `value` with every string in it, at any depth of arrays and objects, replaced by `change(string)` (a
/// QJsonValue or a QString); numbers, booleans and nulls are kept, and so is the shape.
template <typename Change>
[[nodiscard]] QJsonValue mapJsonStrings(const QJsonValue &value, const Change &change)
{
    if (value.isString())
        return change(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(mapJsonStrings(v, change));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), mapJsonStrings(it.value(), change));
        return out;
    }
    return value;
}

} // namespace oversight
