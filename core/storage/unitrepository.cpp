#include "unitrepository.h"

#include "sqlerror.h"

#include <QSqlQuery>

namespace oversight {

namespace {
// Column order of every SELECT below; fromQuery() reads by these positions.
const QString selectColumns = QStringLiteral(
    "SELECT id, campaign_id, name, category, contact_person, contact_phone, notes, official_name, "
    "contact_received_on FROM units ");
enum Column
{
    IdCol,
    CampaignCol,
    NameCol,
    CategoryCol,
    ContactPersonCol,
    ContactPhoneCol,
    NotesCol,
    OfficialNameCol,
    ContactReceivedCol
};

} // namespace

Unit UnitRepository::fromQuery(const QSqlQuery &q)
{
    Unit u;
    u.id = UnitId(q.value(IdCol).toLongLong());
    u.campaign = CampaignId(q.value(CampaignCol).toLongLong());
    u.name = q.value(NameCol).toString();
    u.category = categoryFromKey(q.value(CategoryCol).toString()).value_or(Unit::Category::Department);
    u.contactPerson = q.value(ContactPersonCol).toString();
    u.contactPhone = q.value(ContactPhoneCol).toString();
    u.notes = q.value(NotesCol).toString();
    u.officialName = q.value(OfficialNameCol).toString();
    u.contactReceivedOn = QDate::fromString(q.value(ContactReceivedCol).toString(), Qt::ISODate);
    return u;
}

Result<std::vector<Unit>> UnitRepository::listByCampaign(CampaignId campaign) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = exec(q, selectColumns + QStringLiteral("WHERE campaign_id = ? ORDER BY id"),
                      {campaign.value}, tr("Could not read the units."));
        !r)
        return r.error();
    std::vector<Unit> units;
    while (q.next())
        units.push_back(fromQuery(q));
    return units;
}

Result<Unit> UnitRepository::get(UnitId id) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q, selectColumns + QStringLiteral("WHERE id = ?"), {id.value},
                      tr("Could not read the unit."));
        !r)
        return r.error();
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("Unit %1 does not exist.").arg(id.value));
    return fromQuery(q);
}

Result<std::optional<Unit>> UnitRepository::findByName(CampaignId campaign, const QString &name) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q, selectColumns + QStringLiteral("WHERE campaign_id = ? AND name = ?"),
                      {campaign.value, name}, tr("Could not read the unit."));
        !r)
        return r.error();
    if (!q.next())
        return std::optional<Unit>();
    return std::optional<Unit>(fromQuery(q));
}

Result<UnitId> UnitRepository::insert(const Unit &u, const QDateTime &now)
{
    QSqlQuery q(m_db);
    if (auto r =
            exec(q,
                 QStringLiteral(
                     "INSERT INTO units (campaign_id, name, category, contact_person, contact_phone, notes, "
                     "official_name, created_at, updated_at, contact_received_on) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {u.campaign.value, u.name, categoryKey(u.category), textValue(u.contactPerson),
                  textValue(u.contactPhone), textValue(u.notes), textValue(u.officialName), stamp(now),
                  stamp(now), dateValue(u.contactReceivedOn)},
                 tr("Could not save the unit."));
        !r)
        return r.error();
    return UnitId(q.lastInsertId().toLongLong());
}

Result<void> UnitRepository::update(const Unit &u, const QDateTime &now)
{
    QSqlQuery q(m_db);
    if (auto r =
            exec(q,
                 QStringLiteral(
                     "UPDATE units SET name = ?, category = ?, contact_person = ?, contact_phone = ?, "
                     "notes = ?, official_name = ?, updated_at = ?, contact_received_on = ? WHERE id = ?"),
                 {u.name, categoryKey(u.category), textValue(u.contactPerson), textValue(u.contactPhone),
                  textValue(u.notes), textValue(u.officialName), stamp(now), dateValue(u.contactReceivedOn),
                  u.id.value},
                 tr("Could not save the unit."));
        !r)
        return r;
    if (q.numRowsAffected() != 1)
        return makeError(Error::Code::NotFound, tr("Unit %1 does not exist.").arg(u.id.value));
    return {};
}

Result<std::vector<UnitId>> UnitRepository::insertAll(const std::vector<Unit> &units, const QDateTime &now)
{
    const QString message = tr("Could not save the unit.");
    QSqlQuery q(m_db);
    if (!q.prepare(
            QStringLiteral("INSERT INTO units (campaign_id, name, category, contact_person, contact_phone, "
                           "notes, created_at, updated_at, official_name, contact_received_on) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return StorageText::fromQuery(q, message);
    std::vector<UnitId> ids;
    ids.reserve(units.size());
    const QString at = stamp(now);
    for (const Unit &u : units) {
        q.bindValue(0, u.campaign.value);
        q.bindValue(1, u.name);
        q.bindValue(2, categoryKey(u.category));
        q.bindValue(3, textValue(u.contactPerson));
        q.bindValue(4, textValue(u.contactPhone));
        q.bindValue(5, textValue(u.notes));
        q.bindValue(6, at);
        q.bindValue(7, at);
        q.bindValue(8, textValue(u.officialName));
        q.bindValue(9, dateValue(u.contactReceivedOn));
        if (!q.exec())
            return StorageText::fromQuery(q, message);
        ids.emplace_back(q.lastInsertId().toLongLong());
    }
    return ids;
}

Result<void> UnitRepository::updateAll(const std::vector<Unit> &units, const QDateTime &now)
{
    const QString message = tr("Could not save the unit.");
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "UPDATE units SET name = ?, category = ?, contact_person = ?, contact_phone = ?, "
            "notes = ?, updated_at = ?, official_name = ?, contact_received_on = ? WHERE id = ?")))
        return StorageText::fromQuery(q, message);
    const QString at = stamp(now);
    for (const Unit &u : units) {
        q.bindValue(0, u.name);
        q.bindValue(1, categoryKey(u.category));
        q.bindValue(2, textValue(u.contactPerson));
        q.bindValue(3, textValue(u.contactPhone));
        q.bindValue(4, textValue(u.notes));
        q.bindValue(5, at);
        q.bindValue(6, textValue(u.officialName));
        q.bindValue(7, dateValue(u.contactReceivedOn));
        q.bindValue(8, u.id.value);
        if (!q.exec())
            return StorageText::fromQuery(q, message);
        if (q.numRowsAffected() != 1)
            return makeError(Error::Code::NotFound, tr("Unit %1 does not exist.").arg(u.id.value));
    }
    return {};
}

Result<void> UnitRepository::remove(UnitId id)
{
    QSqlQuery q(m_db);
    return execOne(q, QStringLiteral("DELETE FROM units WHERE id = ?"), {id.value},
                   tr("Could not delete the unit."), tr("Unit %1 does not exist.").arg(id.value));
}

Result<std::vector<UnitDependents>> UnitRepository::dependents(UnitId id) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q,
                      QStringLiteral(
                          "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                          "WHERE m.type = 'table' AND f.\"table\" = 'units'"),
                      {}, tr("Could not read the database schema."));
        !r)
        return r.error();
    std::vector<std::pair<QString, QString>> references;
    while (q.next())
        references.emplace_back(q.value(0).toString(), q.value(1).toString());

    std::vector<UnitDependents> found;
    for (const auto &[table, column] : references) {
        QSqlQuery count(m_db);
        // Names come from sqlite_master, not from input; quote them all the same.
        const QString sql = QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = ?")
                                .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\"")),
                                     QString(column).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
        if (auto r = exec(count, sql, {id.value}, tr("Could not read the unit's records.")); !r)
            return r.error();
        if (count.next() && count.value(0).toLongLong() > 0)
            found.push_back({table, count.value(0).toLongLong()});
    }
    return found;
}

} // namespace oversight
