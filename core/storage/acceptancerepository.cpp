#include "acceptancerepository.h"

#include "sqlrows.h"

#include <QSqlQuery>

namespace oversight {

namespace {
Acceptance acceptanceFromQuery(const QSqlQuery &q)
{
    Acceptance a;
    a.id = q.value(0).toLongLong();
    a.campaign = CampaignId(q.value(5).toLongLong());
    a.unit = UnitId(q.value(1).toLongLong());
    a.conclusion = acceptanceFromKey(q.value(2).toString()).value_or(Acceptance::Conclusion::Fail);
    a.reasons = q.value(3).toString();
    a.decidedOn = dateOf(q.value(4));
    return a;
}
} // namespace

Result<std::vector<Acceptance>> AcceptanceRepository::listByCampaign(CampaignId campaign) const
{
    return selectAll(
        m_db,
        QStringLiteral(
            "SELECT id, unit_id, conclusion, reasons, decided_on, campaign_id FROM unit_acceptance "
            "WHERE campaign_id = ? ORDER BY unit_id"),
        {campaign.value}, tr("Could not read the acceptance conclusions."), &acceptanceFromQuery);
}

Result<qint64> AcceptanceRepository::save(const Acceptance &a, const QDateTime &now)
{
    QSqlQuery q(m_db);
    if (auto r = exec(q,
                      QStringLiteral("INSERT INTO unit_acceptance (campaign_id, unit_id, conclusion, reasons, "
                                     "decided_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT (campaign_id, unit_id) DO UPDATE SET conclusion = "
                                     "excluded.conclusion, reasons = excluded.reasons, decided_on = "
                                     "excluded.decided_on, updated_at = excluded.updated_at"),
                      {a.campaign.value, a.unit.value, acceptanceKey(a.conclusion), textValue(a.reasons),
                       dateValue(a.decidedOn), stamp(now), stamp(now)},
                      tr("Could not save the acceptance conclusion."));
        !r)
        return r.error();
    QSqlQuery id(m_db);
    if (auto r = exec(id, QStringLiteral("SELECT id FROM unit_acceptance WHERE campaign_id = ? AND unit_id = ?"),
                      {a.campaign.value, a.unit.value}, tr("Could not save the acceptance conclusion."));
        !r)
        return r.error();
    return id.next() ? id.value(0).toLongLong() : qint64(0);
}

} // namespace oversight
