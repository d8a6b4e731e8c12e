#include "campaignrepository.h"

#include "sqlrows.h"

#include <QSqlQuery>

namespace oversight {

namespace {
const QString currentKey = QStringLiteral("current_campaign");
}

Result<std::vector<CampaignRow>> CampaignRepository::list() const
{
    return selectAll(m_db, QStringLiteral("SELECT id, code, year, title FROM campaigns ORDER BY year, id"),
                     {}, tr("Could not read the list of campaigns."), [](const QSqlQuery &q) {
                         return CampaignRow{CampaignId(q.value(0).toLongLong()), q.value(1).toString(),
                                            q.value(2).toInt(), q.value(3).toString()};
                     });
}

Result<QByteArray> CampaignRepository::definition(CampaignId id) const
{
    return selectOne(m_db, QStringLiteral("SELECT definition FROM campaigns WHERE id = ?"), {id.value},
                     tr("Could not read the campaign."),
                     tr("Campaign %1 does not exist in this file.").arg(id.value),
                     [](const QSqlQuery &q) { return q.value(0).toString().toUtf8(); });
}

Result<bool> CampaignRepository::codeExists(const QString &code) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q, QStringLiteral("SELECT 1 FROM campaigns WHERE code = ?"), {code},
                      tr("Could not read the campaign."));
        !r)
        return r.error();
    return q.next();
}

Result<CampaignId> CampaignRepository::insert(const QString &code, int year, const QString &title,
                                              const QByteArray &definition, const QDateTime &now)
{
    return insertRow<CampaignId>(
        m_db, QStringLiteral("campaigns"), QStringLiteral("code, year, title, definition, created_at"),
        {code, year, title, QString::fromUtf8(definition), stamp(now)}, tr("Could not store the campaign."));
}

Result<CampaignId> CampaignRepository::current() const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {currentKey},
                      tr("Could not read the current campaign."));
        !r)
        return r.error();
    return q.next() ? CampaignId(q.value(0).toLongLong()) : CampaignId();
}

Result<void> CampaignRepository::setCurrent(CampaignId id)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                {currentKey, QString::number(id.value)}, tr("Could not store the current campaign."));
}

} // namespace oversight
