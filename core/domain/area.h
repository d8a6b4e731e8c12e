#pragma once

#include <QString>
#include <QStringList>

namespace oversight {

/// One of the campaign's ten reform areas (规范内容 / 改革领域), numbered 1–10 as in the plan.
struct Area
{
    int number = 0;
    QString title;
    QStringList checkPoints; ///< what the plan tells units to examine in this area
    QStringList forms;       ///< ids of the attachment forms that report on it (附件1 …)
};

} // namespace oversight
