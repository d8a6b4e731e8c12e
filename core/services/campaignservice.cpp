#include "campaignservice.h"

#include "campaign/campaignloader.h"
#include "clock.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "writescope.h"

namespace oversight {

CampaignService::CampaignService(Database &db, const Clock &clock, QString actor, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_actor(std::move(actor))
{}

Result<std::vector<CampaignRow>> CampaignService::list() const
{
    return CampaignRepository(m_db.connection()).list();
}

Result<QByteArray> CampaignService::definition(CampaignId id) const
{
    return CampaignRepository(m_db.connection()).definition(id);
}

Result<Campaign> CampaignService::campaign(CampaignId id) const
{
    if (auto it = m_cache.constFind(id.value); it != m_cache.constEnd())
        return *it;
    const Result<QByteArray> bytes = definition(id);
    if (!bytes)
        return bytes.error();
    Result<Campaign> parsed = CampaignLoader::parse(*bytes);
    if (!parsed)
        return makeError(Error::Code::Damaged,
                         tr("The stored definition of campaign %1 is damaged.").arg(id.value),
                         parsed.error().message);
    Campaign c = std::move(parsed).value();
    c.id = id;
    m_cache.insert(id.value, c);
    return c;
}

Result<CampaignId> CampaignService::current() const
{
    CampaignRepository repo(m_db.connection());
    const Result<CampaignId> chosen = repo.current();
    if (!chosen)
        return chosen;
    const auto rows = repo.list();
    if (!rows)
        return rows.error();
    for (const CampaignRow &row : *rows) {
        if (row.id == *chosen)
            return *chosen;
    }
    return rows->empty() ? CampaignId() : rows->back().id;
}

Result<void> CampaignService::setCurrent(CampaignId id)
{
    CampaignRepository repo(m_db.connection());
    if (auto def = repo.definition(id); !def)
        return def.error();
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.setCurrent(id); },
               {QStringLiteral("campaign"), id.value, QStringLiteral("select")},
               [&] { Q_EMIT currentChanged(id); });
}

Result<CampaignId> CampaignService::add(const QByteArray &definition)
{
    const Result<Campaign> parsed = CampaignLoader::parse(definition);
    if (!parsed)
        return parsed.error();
    CampaignRepository repo(m_db.connection());
    const Result<bool> exists = repo.codeExists(parsed->code);
    if (!exists)
        return exists.error();
    if (*exists)
        return makeError(Error::Code::Conflict,
                         tr("A campaign with the code \"%1\" is already in this file.").arg(parsed->code));
    const Result<CampaignId> chosen = repo.current();
    if (!chosen)
        return chosen.error();

    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    const Result<CampaignId> id =
        repo.insert(parsed->code, parsed->year, parsed->title, definition, m_clock.now());
    if (!id)
        return id;
    if (!chosen->isValid()) {
        if (auto r = repo.setCurrent(*id); !r)
            return r.error();
    }
    const QJsonObject changes{{QStringLiteral("code"), parsed->code},
                              {QStringLiteral("year"), parsed->year},
                              {QStringLiteral("title"), parsed->title}};
    if (auto r = scope.audit(QStringLiteral("campaign"), id->value, QStringLiteral("create"), changes); !r)
        return r.error();
    if (auto r = scope.commit([&] {
            Q_EMIT campaignsChanged();
            if (!chosen->isValid())
                Q_EMIT currentChanged(*id);
        });
        !r)
        return r.error();
    return id;
}

Result<CampaignId> CampaignService::clone(CampaignId from, int year)
{
    const Result<Campaign> source = campaign(from);
    if (!source)
        return source.error();
    const Result<QByteArray> bytes = definition(from);
    if (!bytes)
        return bytes.error();
    const Result<QByteArray> shifted = CampaignLoader::shiftToYear(*bytes, year);
    if (!shifted)
        return shifted.error();
    const Result<Campaign> target = CampaignLoader::parse(*shifted);
    if (!target)
        return target.error();

    CampaignRepository repo(m_db.connection());
    const Result<bool> exists = repo.codeExists(target->code);
    if (!exists)
        return exists.error();
    if (*exists)
        return makeError(Error::Code::Conflict,
                         tr("The file already holds a campaign \"%1\" for %2.").arg(target->code).arg(year));

    UnitRepository units(m_db.connection());
    const auto sourceUnits = units.listByCampaign(from);
    if (!sourceUnits)
        return sourceUnits.error();

    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    const QDateTime now = m_clock.now();
    const Result<CampaignId> id = repo.insert(target->code, target->year, target->title, *shifted, now);
    if (!id)
        return id;
    const QJsonObject changes{{QStringLiteral("code"), target->code},
                              {QStringLiteral("year"), target->year},
                              {QStringLiteral("cloned_from"), source->code}};
    if (auto r = scope.audit(QStringLiteral("campaign"), id->value, QStringLiteral("clone"), changes, now);
        !r)
        return r.error();
    for (Unit u : *sourceUnits) {
        u.campaign = *id;
        u.contactPerson.clear();
        u.contactPhone.clear();
        const Result<UnitId> unitId = units.insert(u, now);
        if (!unitId)
            return unitId.error();
        if (auto r = scope.audit(QStringLiteral("unit"), unitId->value, QStringLiteral("create"),
                                 auditFields(u), now);
            !r)
            return r.error();
    }
    if (auto r = scope.commit([&] { Q_EMIT campaignsChanged(); }); !r)
        return r.error();
    return id;
}

Result<CampaignId> CampaignService::ensureDefault()
{
    const auto rows = list();
    if (!rows)
        return rows.error();
    if (!rows->empty())
        return current();
    const Result<QByteArray> bytes = CampaignLoader::readFile(CampaignLoader::builtinPath());
    if (!bytes)
        return bytes.error();
    return add(*bytes);
}

} // namespace oversight
