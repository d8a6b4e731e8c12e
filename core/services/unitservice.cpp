#include "unitservice.h"

#include "clock.h"
#include "storage/auditlog.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

namespace oversight {

namespace {

QString tableLabel(const QString &table)
{
    // Tables added by later issues name themselves here as they land.
    if (table == QLatin1String("complaints"))
        return UnitText::tr("complaints and supervision cases");
    if (table == QLatin1String("callbacks"))
        return UnitText::tr("call-backs");
    if (table == QLatin1String("complaint_findings"))
        return UnitText::tr("problems found by supervision");
    return table;
}

} // namespace

UnitService::UnitService(Database &db, const Clock &clock, QString actor, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_actor(std::move(actor))
{}

Result<std::vector<Unit>> UnitService::units(CampaignId campaign) const
{
    return UnitRepository(m_db.connection()).listByCampaign(campaign);
}

Result<Unit> UnitService::unit(UnitId id) const
{
    return UnitRepository(m_db.connection()).get(id);
}

Result<std::optional<Unit>> UnitService::findByName(CampaignId campaign, const QString &name) const
{
    return UnitRepository(m_db.connection()).findByName(campaign, name.trimmed());
}

Unit UnitService::normalized(Unit unit)
{
    unit.name = unit.name.simplified();
    unit.contactPerson = unit.contactPerson.trimmed();
    unit.contactPhone = unit.contactPhone.trimmed();
    unit.notes = unit.notes.trimmed();
    return unit;
}

Result<void> UnitService::check(const Unit &unit) const
{
    const QList<FieldError> problems = validateUnit(unit);
    if (!problems.isEmpty()) {
        Error e = fieldError(problems.first().field, problems.first().message);
        for (qsizetype i = 1; i < problems.size(); ++i)
            e.message += QLatin1Char('\n') + problems.at(i).message;
        return e;
    }
    if (!unit.campaign.isValid())
        return makeError(Error::Code::Invalid, UnitText::tr("The unit belongs to no campaign."));
    const auto same = UnitRepository(m_db.connection()).findByName(unit.campaign, unit.name);
    if (!same)
        return same.error();
    if (same->has_value() && (*same)->id != unit.id) {
        Error e =
            fieldError(QStringLiteral("name"),
                       UnitText::tr("Unit name: \"%1\" is already in the register; each unit is listed once.")
                           .arg(unit.name));
        e.code = Error::Code::Conflict;
        return e;
    }
    return {};
}

Result<UnitId> UnitService::create(Unit unit)
{
    unit = normalized(std::move(unit));
    unit.id = UnitId();
    if (auto r = check(unit); !r)
        return r.error();
    if (auto def = CampaignRepository(m_db.connection()).definition(unit.campaign); !def)
        return def.error();

    Transaction tx(m_db.connection());
    if (auto r = tx.begun(); !r)
        return r.error();
    const QDateTime now = m_clock.now();
    const Result<UnitId> id = UnitRepository(m_db.connection()).insert(unit, now);
    if (!id)
        return id;
    if (auto r = AuditLog::append(m_db.connection(), {0,
                                                      now,
                                                      m_actor,
                                                      QStringLiteral("unit"),
                                                      id->value,
                                                      QStringLiteral("create"),
                                                      auditFields(unit),
                                                      {},
                                                      {}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    Q_EMIT unitAdded(*id, unit.campaign);
    return id;
}

Result<void> UnitService::update(Unit unit)
{
    unit = normalized(std::move(unit));
    UnitRepository repo(m_db.connection());
    const Result<Unit> before = repo.get(unit.id);
    if (!before)
        return before.error();
    unit.campaign = before->campaign; // a unit never moves between campaigns
    if (auto r = check(unit); !r)
        return r;
    if (unit == *before)
        return {};

    QJsonObject changes;
    const QJsonObject was = auditFields(*before);
    const QJsonObject is = auditFields(unit);
    for (auto it = is.begin(); it != is.end(); ++it) {
        if (was.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), was.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    }

    Transaction tx(m_db.connection());
    if (auto r = tx.begun(); !r)
        return r;
    const QDateTime now = m_clock.now();
    if (auto r = repo.update(unit, now); !r)
        return r;
    if (auto r = AuditLog::append(m_db.connection(), {0,
                                                      now,
                                                      m_actor,
                                                      QStringLiteral("unit"),
                                                      unit.id.value,
                                                      QStringLiteral("update"),
                                                      changes,
                                                      {},
                                                      {}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r;
    Q_EMIT unitChanged(unit.id);
    return {};
}

Result<void> UnitService::remove(UnitId id)
{
    UnitRepository repo(m_db.connection());
    const Result<Unit> before = repo.get(id);
    if (!before)
        return before.error();
    const auto held = repo.dependents(id);
    if (!held)
        return held.error();
    if (!held->empty()) {
        QStringList parts;
        for (const UnitDependents &d : *held)
            parts.append(UnitText::tr("%1: %2").arg(tableLabel(d.table)).arg(d.count));
        return makeError(Error::Code::Conflict,
                         UnitText::tr("\"%1\" cannot be deleted: the file holds records of this unit: %2. "
                                      "Delete or move those records first.")
                             .arg(before->name, parts.join(UnitText::tr(", "))));
    }

    Transaction tx(m_db.connection());
    if (auto r = tx.begun(); !r)
        return r;
    if (auto r = repo.remove(id); !r)
        return r;
    if (auto r = AuditLog::append(m_db.connection(), {0,
                                                      m_clock.now(),
                                                      m_actor,
                                                      QStringLiteral("unit"),
                                                      id.value,
                                                      QStringLiteral("delete"),
                                                      auditFields(*before),
                                                      {},
                                                      {}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r;
    Q_EMIT unitRemoved(id, before->campaign);
    return {};
}

} // namespace oversight
