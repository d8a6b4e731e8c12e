#pragma once

// Shared by the files of LedgerService (ledgerservice.cpp, ledgersteps.cpp); not part of its interface.

#include "domain/isodate.h"
#include "domain/problem.h"

#include <QJsonObject>
#include <QString>

namespace oversight::ledgerdetail {

/// The audit log's entity name for a problem.
inline const QString problemEntity = QStringLiteral("problem");

/// A problem's fields as its audit entries record them.
inline QJsonObject auditFields(const Problem &p)
{
    QJsonObject o{{QStringLiteral("campaign_id"), p.campaign.value},
                  {QStringLiteral("unit_id"), p.unit.value},
                  {QStringLiteral("area"), p.area},
                  {QStringLiteral("source"), problemSourceKey(p.source)},
                  {QStringLiteral("description"), p.description},
                  {QStringLiteral("measure"), p.measure},
                  {QStringLiteral("owner"), p.owner},
                  {QStringLiteral("deadline"), iso(p.deadline)},
                  {QStringLiteral("status"), problemStatusKey(p.status)},
                  {QStringLiteral("progress"), p.progress}};
    if (!p.inspectingBody.isEmpty())
        o.insert(QStringLiteral("inspecting_body"), p.inspectingBody);
    if (!p.originKind.isEmpty()) {
        o.insert(QStringLiteral("origin_kind"), p.originKind);
        o.insert(QStringLiteral("origin_id"), p.originId);
    }
    return o;
}

} // namespace oversight::ledgerdetail
