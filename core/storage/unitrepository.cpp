#include "unitrepository.h"

#include "recordtable.h"

#include <QSqlQuery>

namespace oversight {

namespace {
// Column order of every SELECT below (id, then insertColumns); fromQuery() reads by these positions.
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

// The columns an edit writes, in the order of editableValues().
const QString editableColumns = QStringLiteral(
    "name, category, contact_person, contact_phone, notes, official_name, contact_received_on");

QVariantList editableValues(const Unit &u)
{
    return {u.name,
            categoryKey(u.category),
            textValue(u.contactPerson),
            textValue(u.contactPhone),
            textValue(u.notes),
            textValue(u.officialName),
            dateValue(u.contactReceivedOn)};
}

// A new unit's columns: its campaign, then what an edit writes.
const QString insertColumns = QStringLiteral("campaign_id, ") + editableColumns;

QVariantList insertValues(const Unit &u)
{
    return QVariantList{u.campaign.value} << editableValues(u);
}

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

const UnitRepository::Table UnitRepository::records(
    QStringLiteral("units"), QStringLiteral("id, ") + insertColumns, QStringLiteral("id"), &fromQuery, &tr,
    RecordTexts{QT_TR_NOOP("Could not read the units."), QT_TR_NOOP("Could not read the unit."),
                QT_TR_NOOP("Unit %1 does not exist."), QT_TR_NOOP("Could not save the unit."),
                QT_TR_NOOP("Could not delete the unit.")},
    insertColumns, &insertValues, editableColumns, &editableValues);

Result<std::optional<Unit>> UnitRepository::findByName(CampaignId campaign, const QString &name) const
{
    return records.first(m_db, QStringLiteral("WHERE campaign_id = ? AND name = ?"), {campaign.value, name},
                         tr("Could not read the unit."));
}

Result<std::vector<UnitId>> UnitRepository::insertAll(const std::vector<Unit> &units, const QDateTime &now)
{
    return records.insertAll(m_db, units, now);
}

Result<void> UnitRepository::updateAll(const std::vector<Unit> &units, const QDateTime &now)
{
    return records.updateAll(m_db, units, now);
}

Result<void> UnitRepository::remove(UnitId id)
{
    return records.remove(m_db, id);
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

template class RecordRepository<Unit, UnitId>;
template class EditableRecordRepository<Unit, UnitId>;

} // namespace oversight
