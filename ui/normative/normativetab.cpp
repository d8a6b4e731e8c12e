#include "normativetab.h"

#include "services/unitservice.h"
#include "widgets/recordtable.h"

#include <QColor>
#include <QTableWidget>

namespace oversight {

NormativeTab::NormativeTab(NormativeService &service, UnitService &units, const Clock &clock, QWidget *parent)
    : CampaignPage(units, clock, parent), m_service(service)
{
    followUnitRegister([this] {
        reloadUnitNames();
        unitsChanged();
    });
}

void NormativeTab::campaignChanged()
{
    reloadUnitNames();
    reload();
}

QString NormativeTab::unitName(UnitId id) const
{
    return m_unitNames.value(id.value);
}

void NormativeTab::reloadUnitNames()
{
    m_unitNames.clear();
    for (const auto &[id, name] : unitChoices())
        m_unitNames.insert(id.value, name);
}

QTableWidget *NormativeTab::newTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    QTableWidget *t = recordTable(headers, objectName, parent);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *NormativeTab::cell(const QString &text, qint64 id)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (id != 0)
        item->setData(Qt::UserRole, id);
    return item;
}

QColor NormativeTab::attention()
{
    return {176, 28, 28};
}

QColor NormativeTab::done()
{
    return {30, 110, 50};
}

} // namespace oversight
