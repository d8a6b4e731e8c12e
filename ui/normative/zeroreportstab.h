#pragma once

#include "normativetab.h"

class QLabel;
class QTableWidget;

namespace oversight {

/// The zero reports (零报告): a grid of every unit and period, what each owes or has sent, with the
/// report recorded or withdrawn from its cell.
class ZeroReportsTab final : public NormativeTab
{
    Q_OBJECT
public:
    ZeroReportsTab(NormativeService &service, UnitService &units, const Clock &clock,
                   QWidget *parent = nullptr);

    /// Missing zero reports depend on the day.
    void refreshDay();
    [[nodiscard]] QTableWidget *periods() const { return m_periods; }
    /// The unit's first missing period, else its row's first cell.
    void showUnit(UnitId unit);

public Q_SLOTS:
    void recordZeroReport();
    /// Withdraws the zero report of the selected cell (recorded by mistake), after asking.
    void removeZeroReport();

private:
    void reload() override;
    void unitsChanged() override;
    void reloadPeriods();

    QTableWidget *m_periods = nullptr;
    QLabel *m_zeroLabel = nullptr;
    QPushButton *m_zeroRemoveButton = nullptr;
};

} // namespace oversight
