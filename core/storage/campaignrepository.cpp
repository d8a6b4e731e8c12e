#include "campaignrepository.h"

#include "sqlerror.h"

#include <QSqlQuery>

namespace oversight {

namespace {
const QString currentKey = QStringLiteral("current_campaign");
}

Result<std::vector<CampaignRow>> CampaignRepository::list() const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q, QStringLiteral("SELECT id, code, year, title FROM campaigns ORDER BY year, id"), {},
                      tr("Could not read the list of campaigns."));
        !r)
        return r.error();
    std::vector<CampaignRow> rows;
    while (q.next())
        rows.push_back({CampaignId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toInt(),
                        q.value(3).toString()});
    return rows;
}

Result<QByteArray> CampaignRepository::definition(CampaignId id) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q, QStringLiteral("SELECT definition FROM campaigns WHERE id = ?"), {id.value},
                      tr("Could not read the campaign."));
        !r)
        return r.error();
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("Campaign %1 does not exist in this file.").arg(id.value));
    return q.value(0).toString().toUtf8();
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
    QSqlQuery q(m_db);
    if (auto r = exec(
            q,
            QStringLiteral(
                "INSERT INTO campaigns (code, year, title, definition, created_at) VALUES (?, ?, ?, ?, ?)"),
            {code, year, title, QString::fromUtf8(definition), now.toUTC().toString(Qt::ISODateWithMs)},
            tr("Could not store the campaign."));
        !r)
        return r.error();
    return CampaignId(q.lastInsertId().toLongLong());
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
