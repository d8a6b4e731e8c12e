#pragma once

#include "domain/callback.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <vector>

class QSqlQuery;

namespace oversight {

/// SQL for the call-backs table. The one place that knows its columns.
class CallBackRepository
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CallBackRepository)
public:
    explicit CallBackRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<std::vector<CallBack>> listByCampaign(CampaignId campaign) const;
    [[nodiscard]] Result<CallBack> get(CallBackId id) const;
    [[nodiscard]] Result<CallBackId> insert(const CallBack &callBack, const QDateTime &now);
    [[nodiscard]] Result<void> update(const CallBack &callBack, const QDateTime &now);

private:
    static CallBack fromQuery(const QSqlQuery &q);
    QSqlDatabase m_db;
};

} // namespace oversight
