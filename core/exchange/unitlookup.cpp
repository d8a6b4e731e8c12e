#include "unitlookup.h"

#include "domain/textnormal.h"
#include "importer.h"
#include "services/unitservice.h"

namespace oversight {

Result<void> UnitLookup::load()
{
    if (m_loaded)
        return {};
    if (m_loadError)
        return *m_loadError;
    const auto units = m_units.units(m_campaign);
    if (!units) {
        m_loadError = units.error();
        return units.error();
    }
    for (const Unit &u : *units)
        m_unitByName.insert(matchKey(u.name), u.id);
    m_loaded = true;
    return {};
}

UnitId UnitLookup::read(ImportRow &row, const ColumnSpec &column, const QString &whenEmpty)
{
    (void)load(); // a register that cannot be read finds no unit; the import reports its error
    const QString name = row.text(column).simplified();
    if (name.isEmpty()) {
        row.fail(column, whenEmpty.arg(row.header(column)));
        return {};
    }
    if (const auto it = m_unitByName.constFind(matchKey(name)); it != m_unitByName.cend())
        return *it;
    row.fail(column, tr("%1: \"%2\" is not in the units register; register it first or correct the name.")
                         .arg(row.header(column), name));
    return {};
}

Result<QHash<qint64, QString>> unitNamesById(const UnitService &units, CampaignId campaign)
{
    const Result<std::vector<Unit>> register_ = units.units(campaign);
    if (!register_)
        return register_.error();
    QHash<qint64, QString> names;
    for (const Unit &u : *register_)
        names.insert(u.id.value, u.name);
    return names;
}

} // namespace oversight
