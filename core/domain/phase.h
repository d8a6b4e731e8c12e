#pragma once

#include <QDate>
#include <QString>

namespace oversight {

/// One of the campaign's phases (阶段). Both ends are inclusive; two phases may share a day.
struct Phase
{
    QString key;  ///< stable identifier: mobilisation, self_check, spot_check, rectification, acceptance
    QString name; ///< as the plan names it: 动员部署, 自查, 抽检, 整改, 总结验收
    QDate from;
    QDate to;
    QString description;

    [[nodiscard]] bool contains(QDate day) const { return day >= from && day <= to; }
};

} // namespace oversight
