#include "unitservice.h"

#include "clock.h"
#include "domain/textnormal.h"
#include "storage/auditlog.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "writescope.h"

#include <QHash>
#include <QSet>

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
    if (table == QLatin1String("submissions"))
        return UnitText::tr("forms and reports handed in");
    if (table == QLatin1String("case_files"))
        return UnitText::tr("case files in its catalogue");
    if (table == QLatin1String("case_catalogue_none"))
        return UnitText::tr("the declaration that it had no cases");
    if (table == QLatin1String("drawn_files"))
        return UnitText::tr("files drawn for the spot check");
    if (table == QLatin1String("problems"))
        return UnitText::tr("problems in the rectification ledger");
    if (table == QLatin1String("normative_documents"))
        return UnitText::tr("normative documents");
    if (table == QLatin1String("normative_zero_reports"))
        return UnitText::tr("zero reports");
    if (table == QLatin1String("cleanup_items"))
        return UnitText::tr("documents in clean-up rounds");
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
    auto exact = UnitRepository(m_db.connection()).findByName(campaign, name.trimmed());
    if (!exact || exact->has_value())
        return exact;
    const QString key = matchKey(name);
    if (key.isEmpty())
        return exact;
    const auto all = UnitRepository(m_db.connection()).listByCampaign(campaign);
    if (!all)
        return all.error();
    for (const Unit &u : *all)
        if (matchKey(u.name) == key)
            return std::optional<Unit>(u);
    return std::optional<Unit>();
}

Result<QStringList> UnitService::lookalikes(const Unit &unit) const
{
    const auto all = UnitRepository(m_db.connection()).listByCampaign(unit.campaign);
    if (!all)
        return all.error();
    QStringList out;
    for (const Unit &u : *all)
        if (u.id != unit.id && looksAlike(unit.name, u.name))
            out.append(u.name);
    return out;
}

Unit UnitService::normalized(Unit unit)
{
    unit.name = unit.name.simplified();
    unit.contactPerson = unit.contactPerson.trimmed();
    unit.contactPhone = unit.contactPhone.trimmed();
    unit.notes = unit.notes.trimmed();
    unit.officialName = unit.officialName.simplified();
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
    const auto same = findByName(unit.campaign, unit.name);
    if (!same)
        return same.error();
    if (same->has_value() && (*same)->id != unit.id) {
        // The same name, or one that differs only in full-width forms, invisible characters or spaces.
        Error e = fieldError(QStringLiteral("name"),
                             (*same)->name == unit.name
                                 ? UnitText::tr("Unit name: \"%1\" is already in the register; each unit is "
                                                "listed once.")
                                       .arg(unit.name)
                                 : UnitText::tr("Unit name: \"%1\" is the registered unit \"%2\" written "
                                                "differently; each unit is listed once.")
                                       .arg(unit.name, (*same)->name));
        e.code = Error::Code::Conflict;
        return e;
    }
    return {};
}

namespace {

/// A contact's receipt day when the caller gives none: the day stored for the contact already named, or
/// today for a contact named for the first time (the clerk types it in as it arrives). A day the clerk
/// gives always stays.
void stampContact(Unit &unit, const Unit *before, QDate today)
{
    if (!unit.hasContact() || unit.contactReceivedOn.isValid())
        return;
    unit.contactReceivedOn = before && before->hasContact() ? before->contactReceivedOn : today;
}

} // namespace

Result<UnitId> UnitService::create(Unit unit)
{
    unit = normalized(std::move(unit));
    unit.id = UnitId();
    stampContact(unit, nullptr, m_clock.today());
    if (auto r = check(unit); !r)
        return r.error();
    if (auto def = CampaignRepository(m_db.connection()).definition(unit.campaign); !def)
        return def.error();

    const QDateTime now = m_clock.now();
    return WriteScope(m_db, m_clock, m_actor)
        .create([&] { return UnitRepository(m_db.connection()).insert(unit, now); },
                {QStringLiteral("unit"), {}, QStringLiteral("create"), auditFields(unit), now},
                [&](UnitId id) { Q_EMIT unitAdded(id, unit.campaign); });
}

Result<void> UnitService::update(Unit unit)
{
    unit = normalized(std::move(unit));
    UnitRepository repo(m_db.connection());
    const Result<Unit> before = repo.get(unit.id);
    if (!before)
        return before.error();
    unit.campaign = before->campaign; // a unit never moves between campaigns
    stampContact(unit, &*before, m_clock.today());
    if (auto r = check(unit); !r)
        return r;
    if (unit == *before)
        return {};

    QJsonObject changes = fieldChanges(auditFields(*before), auditFields(unit));

    const QDateTime now = m_clock.now();
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.update(unit, now); },
               {QStringLiteral("unit"), unit.id.value, QStringLiteral("update"), changes, now},
               [&] { Q_EMIT unitChanged(unit.id); });
}

namespace {

/// auditFields(unit) as compact JSON, built directly (an import writes it 100,000 times); a test holds it
/// equal to QJsonDocument's output.
QByteArray auditFieldsJson(const Unit &u)
{
    QByteArray out;
    out.reserve(128 + 3 * (u.name.size() + u.contactPerson.size() + u.notes.size()));
    out += "{\"campaign_id\":";
    out += QByteArray::number(u.campaign.value);
    out += ",\"category\":";
    AuditLog::appendJsonString(out, categoryKey(u.category));
    out += ",\"contact_person\":";
    AuditLog::appendJsonString(out, u.contactPerson);
    out += ",\"contact_phone\":";
    AuditLog::appendJsonString(out, u.contactPhone);
    if (u.contactReceivedOn.isValid()) {
        out += ",\"contact_received_on\":";
        AuditLog::appendJsonString(out, u.contactReceivedOn.toString(Qt::ISODate));
    }
    out += ",\"name\":";
    AuditLog::appendJsonString(out, u.name);
    out += ",\"notes\":";
    AuditLog::appendJsonString(out, u.notes);
    if (!u.officialName.isEmpty()) {
        out += ",\"official_name\":";
        AuditLog::appendJsonString(out, u.officialName);
    }
    out += '}';
    return out;
}

} // namespace

struct UnitService::ImportSession::Private
{
    UnitService *service = nullptr;
    CampaignId campaign;
    std::unique_ptr<WriteScope> scope;
    QHash<qint64, Unit> byId; // the register as it was when the session began
    QSet<QString> names;      // the names as they will be, by matchKey()
    bool committed = false;
};

UnitService::ImportSession::ImportSession(std::unique_ptr<Private> p) : d(std::move(p)) {}
UnitService::ImportSession::~ImportSession() = default; // the WriteScope rolls back unless committed

Result<std::unique_ptr<UnitService::ImportSession>> UnitService::beginImport(CampaignId campaign)
{
    if (auto def = CampaignRepository(m_db.connection()).definition(campaign); !def)
        return def.error();
    auto d = std::make_unique<ImportSession::Private>();
    d->service = this;
    d->campaign = campaign;
    d->scope = std::make_unique<WriteScope>(m_db, m_clock, m_actor);
    if (auto r = d->scope->begun(); !r)
        return r.error();
    // Read inside the transaction, so the register cannot change between this read and the writes.
    const auto existing = UnitRepository(m_db.connection()).listByCampaign(campaign);
    if (!existing)
        return existing.error();
    for (const Unit &u : *existing) {
        d->byId.insert(u.id.value, u);
        d->names.insert(matchKey(u.name));
    }
    return std::unique_ptr<ImportSession>(new ImportSession(std::move(d)));
}

Result<void> UnitService::ImportSession::add(std::vector<Unit> added, std::vector<Unit> changed)
{
    if (d->committed)
        return makeError(Error::Code::Invalid, UnitText::tr("The import was already committed."));
    UnitService &service = *d->service;
    // The same rules as create() and update(), checked against the register as it will be.
    const auto refuse = [](const Unit &u, const QString &message) {
        return makeError(Error::Code::Invalid, UnitText::tr("\"%1\": %2").arg(u.name, message));
    };
    std::vector<AuditEntry> audit;
    audit.reserve(added.size() + changed.size());
    const QDateTime now = service.m_clock.now();
    for (Unit &u : changed) {
        u = normalized(std::move(u));
        const auto before = d->byId.constFind(u.id.value);
        if (before == d->byId.cend())
            return makeError(Error::Code::NotFound, UnitText::tr("Unit %1 does not exist.").arg(u.id.value));
        u.campaign = d->campaign;
        stampContact(u, &*before, service.m_clock.today());
        if (const auto problems = validateUnit(u); !problems.isEmpty())
            return refuse(u, problems.first().message);
        if (const QString key = matchKey(u.name), was = matchKey(before->name); key != was) {
            if (d->names.contains(key))
                return refuse(u, UnitText::tr("the name is already in the register."));
            d->names.remove(was);
            d->names.insert(key);
        }
        const QJsonObject changes = fieldChanges(auditFields(*before), auditFields(u));
        audit.push_back({0,
                         now,
                         service.m_actor,
                         QStringLiteral("unit"),
                         u.id.value,
                         QStringLiteral("import-update"),
                         changes,
                         {},
                         {},
                         {}});
        d->byId.insert(u.id.value, u);
    }
    for (Unit &u : added) {
        u = normalized(std::move(u));
        u.id = UnitId();
        u.campaign = d->campaign;
        stampContact(u, nullptr, service.m_clock.today());
        if (const auto problems = validateUnit(u); !problems.isEmpty())
            return refuse(u, problems.first().message);
        const QString key = matchKey(u.name);
        if (d->names.contains(key))
            return refuse(u, UnitText::tr("the name is already in the register."));
        d->names.insert(key);
    }

    UnitRepository repo(service.m_db.connection());
    if (auto r = repo.updateAll(changed, now); !r)
        return r;
    const auto ids = repo.insertAll(added, now);
    if (!ids)
        return ids.error();
    const QString entity = QStringLiteral("unit");
    const QString action = QStringLiteral("import-create");
    for (size_t i = 0; i < added.size(); ++i) {
        AuditEntry e{0, now, service.m_actor, entity, (*ids)[i].value, action, {}, {}, {}, {}};
        e.changesJson = auditFieldsJson(added[i]);
        audit.push_back(std::move(e));
    }
    return d->scope->auditMany(std::move(audit));
}

Result<void> UnitService::ImportSession::commit()
{
    return d->scope->commit([this] {
        d->committed = true;
        Q_EMIT d->service->unitsImported(d->campaign);
    });
}

Result<void> UnitService::importUnits(CampaignId campaign, std::vector<Unit> added, std::vector<Unit> changed)
{
    if (added.empty() && changed.empty())
        return {};
    auto session = beginImport(campaign);
    if (!session)
        return session.error();
    if (auto r = (*session)->add(std::move(added), std::move(changed)); !r)
        return r;
    return (*session)->commit();
}

QByteArray UnitService::auditJson(const Unit &unit)
{
    return auditFieldsJson(unit);
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

    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.remove(id); },
               {QStringLiteral("unit"), id.value, QStringLiteral("delete"), auditFields(*before)},
               [&] { Q_EMIT unitRemoved(id, before->campaign); });
}

} // namespace oversight
