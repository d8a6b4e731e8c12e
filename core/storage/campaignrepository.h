#pragma once

#include "domain/ids.h"
#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace oversight {

/// A stored campaign as listed: the definition itself stays in the file and is parsed on demand.
struct CampaignRow
{
    CampaignId id;
    QString code;
    int year = 0;
    QString title;
};

/// SQL for the campaigns table and the "current campaign" choice.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CampaignRepository)
public:
    explicit CampaignRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<std::vector<CampaignRow>> list() const;
    [[nodiscard]] Result<QByteArray> definition(CampaignId id) const;
    [[nodiscard]] Result<bool> codeExists(const QString &code) const;
    [[nodiscard]] Result<CampaignId> insert(const QString &code, int year, const QString &title,
                                            const QByteArray &definition, const QDateTime &now);
    [[nodiscard]] Result<CampaignId> current() const; ///< invalid id when none is chosen
    [[nodiscard]] Result<void> setCurrent(CampaignId id);

private:
    QSqlDatabase m_db;
};

} // namespace oversight
