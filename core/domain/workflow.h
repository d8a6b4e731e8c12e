#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

/// The labels of the statuses a record in `from` may move to (`canMove`, the record's workflow rule), in the
/// order of `all`, joined by `separator` ("investigating or closed"): what a refused step tells the clerk.
template <typename Status>
[[nodiscard]] QString nextStepLabels(Status from, const QList<Status> &all, QString (*label)(Status),
                                     const QString &separator)
{
    QStringList names;
    for (Status s : all) {
        if (canMove(from, s))
            names.append(label(s));
    }
    return names.join(separator);
}

} // namespace oversight
