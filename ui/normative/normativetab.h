#pragma once

#include "normativedialogs.h"
#include "widgets/campaignpage.h"

#include <QHash>

class QColor;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace oversight {

class NormativeService;

/// What the three tabs of the normative page share: the service, the unit names the tables show (kept as
/// the register changes), and the look of their tables and buttons.
class NormativeTab : public CampaignPage
{
    Q_OBJECT
protected:
    NormativeTab(NormativeService &service, UnitService &units, const Clock &clock, QWidget *parent);

    void campaignChanged() override;
    /// A unit was added, renamed or removed (the names are reloaded already).
    virtual void unitsChanged() {}

    [[nodiscard]] QString unitName(UnitId id) const;

    /// A read-only table of whole rows, one selected at a time, copyable.
    static QTableWidget *newTable(const QStringList &headers, const QString &objectName, QWidget *parent);
    /// A cell whose tooltip shows its text whole, with the record's id (Qt::UserRole) when given.
    static QTableWidgetItem *cell(const QString &text, qint64 id = 0);
    /// The text colour of what wants the clerk's attention (late, missing, pending), and of what is done.
    static QColor attention();
    static QColor done();

    NormativeService &m_service;

private:
    void reloadUnitNames();

    QHash<qint64, QString> m_unitNames;
};

} // namespace oversight
