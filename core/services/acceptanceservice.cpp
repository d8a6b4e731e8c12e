#include "acceptanceservice.h"

#include "clock.h"
#include "domain/isodate.h"
#include "storage/acceptancerepository.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "writescope.h"

#include <QJsonObject>

namespace oversight {

AcceptanceService::AcceptanceService(Database &db, const Clock &clock, QString actor, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_actor(std::move(actor))
{}

Result<std::vector<Acceptance>> AcceptanceService::conclusions(CampaignId campaign) const
{
    return AcceptanceRepository(m_db.connection()).listByCampaign(campaign);
}

Result<void> AcceptanceService::set(Acceptance a)
{
    a.reasons = a.reasons.trimmed();
    if (!a.decidedOn.isValid())
        a.decidedOn = m_clock.today();
    if (a.decidedOn > m_clock.today())
        return fieldError(QStringLiteral("decidedOn"),
                          AcceptanceText::tr("Decided on: %1 is after today (%2).")
                              .arg(iso(a.decidedOn), iso(m_clock.today())));
    if (const QString problem = acceptanceProblem(a); !problem.isEmpty())
        return fieldError(a.decidedOn.isValid() ? QStringLiteral("reasons") : QStringLiteral("decidedOn"),
                          problem);
    const Result<Unit> unit = UnitRepository(m_db.connection()).get(a.unit);
    if (!unit || unit->campaign != a.campaign)
        return fieldError(QStringLiteral("unit"),
                          AcceptanceText::tr("Unit: unit %1 is not in this campaign's register.").arg(a.unit.value));
    AcceptanceRepository repo(m_db.connection());
    const Result<std::vector<Acceptance>> all = repo.listByCampaign(a.campaign);
    if (!all)
        return all.error();
    std::optional<Acceptance> before;
    for (const Acceptance &x : *all)
        if (x.unit == a.unit)
            before = x;
    if (before && before->conclusion == a.conclusion && before->reasons == a.reasons &&
        before->decidedOn == a.decidedOn)
        return {};
    QJsonObject changes{{QStringLiteral("unit"), a.unit.value},
                        {QStringLiteral("conclusion"), acceptanceKey(a.conclusion)},
                        {QStringLiteral("reasons"), a.reasons},
                        {QStringLiteral("decided_on"), iso(a.decidedOn)}};
    if (before)
        changes.insert(QStringLiteral("was"), QJsonObject{{QStringLiteral("conclusion"), acceptanceKey(before->conclusion)},
                                                          {QStringLiteral("reasons"), before->reasons},
                                                          {QStringLiteral("decided_on"), iso(before->decidedOn)}});
    const QDateTime now = m_clock.now();
    const AuditNote note{QStringLiteral("acceptance"), {},
                         before ? QStringLiteral("update") : QStringLiteral("create"), changes, now};
    if (auto r = WriteScope(m_db, m_clock, m_actor)
                     .create([&] { return repo.save(a, now); }, note,
                             [&] { Q_EMIT conclusionChanged(a.campaign, a.unit); });
        !r)
        return r.error();
    return {};
}

} // namespace oversight
