#include "zeroreportstab.h"

#include "messagebox.h"
#include "services/clock.h"
#include "services/normativeservice.h"
#include "widgets/recordtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace oversight {

ZeroReportsTab::ZeroReportsTab(NormativeService &service, UnitService &units, const Clock &clock,
                               QWidget *parent)
    : NormativeTab(service, units, clock, parent)
{
    setObjectName(QStringLiteral("zeroReportsTab"));
    auto *record = namedButton(tr("&Record zero report…"), QStringLiteral("zeroRecordButton"), this, this,
                               &ZeroReportsTab::recordZeroReport);
    m_zeroRemoveButton = namedButton(tr("&Withdraw zero report"), QStringLiteral("zeroRemoveButton"), this,
                                     this, &ZeroReportsTab::removeZeroReport);
    m_zeroRemoveButton->setEnabled(false);
    m_zeroLabel = new QLabel(this);
    m_zeroLabel->setObjectName(QStringLiteral("zeroLabel"));
    m_zeroLabel->setWordWrap(true);
    m_periods = newTable({}, QStringLiteral("periodsTable"), this);
    m_periods->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto *top = new QHBoxLayout;
    top->addWidget(record);
    top->addWidget(m_zeroRemoveButton);
    top->addWidget(m_zeroLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_periods, 1);
    connect(m_periods, &QTableWidget::cellDoubleClicked, this, &ZeroReportsTab::recordZeroReport);
    connect(m_periods, &QTableWidget::currentCellChanged, this, [this] {
        const QTableWidgetItem *item = m_periods->currentItem();
        m_zeroRemoveButton->setEnabled(item &&
                                       item->text() == periodStateLabel(PeriodStatus::State::ZeroReport));
    });
    // A filed document covers its period.
    connect(&m_service, &NormativeService::documentsChanged, this, &ZeroReportsTab::reloadPeriods);
    connect(&m_service, &NormativeService::zeroReportsChanged, this, &ZeroReportsTab::reloadPeriods);
}

void ZeroReportsTab::reload()
{
    reloadPeriods();
}

void ZeroReportsTab::unitsChanged()
{
    reloadPeriods();
}

void ZeroReportsTab::refreshDay()
{
    reloadPeriods();
}

void ZeroReportsTab::showUnit(UnitId unit)
{
    for (int row = 0; row < m_periods->rowCount(); ++row) {
        int first = -1;
        for (int col = 0; col < m_periods->columnCount(); ++col) {
            const QTableWidgetItem *item = m_periods->item(row, col);
            if (!item || item->data(Qt::UserRole).toLongLong() != unit.value)
                continue;
            if (first < 0)
                first = col;
            if (item->foreground().color() == attention()) {
                first = col;
                break;
            }
        }
        if (first >= 0) {
            m_periods->setCurrentCell(row, first);
            m_periods->scrollToItem(m_periods->item(row, first));
            return;
        }
    }
}

void ZeroReportsTab::reloadPeriods()
{
    const std::vector<Period> periods = periodsOf(m_campaign.year, m_campaign.rules.zeroReportPeriod);
    m_periods->clear();
    QStringList headers;
    for (const Period &p : periods)
        headers.append(p.label());
    m_periods->setColumnCount(int(headers.size()));
    m_periods->setHorizontalHeaderLabels(headers);
    m_periods->setRowCount(0);
    if (!m_campaign.id.isValid())
        return;
    const auto statuses = m_service.periodStatuses(m_campaign.id, m_clock.today());
    if (!statuses) {
        MessageBox::warning(this, tr("Zero reports"), statuses.error().message, statuses.error().detail);
        return;
    }
    QStringList rows;
    int missing = 0;
    for (const PeriodStatus &s : *statuses) {
        int row = int(rows.indexOf(unitName(s.unit)));
        if (row < 0) {
            row = m_periods->rowCount();
            rows.append(unitName(s.unit));
            m_periods->insertRow(row);
            m_periods->setVerticalHeaderItem(row, new QTableWidgetItem(unitName(s.unit)));
        }
        const int col = int(std::find(periods.begin(), periods.end(), s.period) - periods.begin());
        auto *item = cell(periodStateLabel(s.state), s.unit.value);
        item->setData(Qt::UserRole + 1, s.period.key);
        if (s.state == PeriodStatus::State::Missing || s.state == PeriodStatus::State::Unfiled) {
            item->setForeground(attention());
            ++missing;
        } else if (s.state != PeriodStatus::State::Open) {
            item->setForeground(done());
        }
        m_periods->setItem(row, col, item);
    }
    m_periods->verticalHeader()->show();
    m_periods->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_zeroLabel->setText(
        tr("A period counts once it has ended: a unit either filed a document issued in it or sends a zero "
           "report. %n gap(s) today.",
           nullptr, missing));
}

void ZeroReportsTab::recordZeroReport()
{
    if (!m_campaign.id.isValid())
        return;
    UnitId unit;
    QString period;
    if (const QTableWidgetItem *item = m_periods->currentItem()) {
        unit = UnitId(item->data(Qt::UserRole).toLongLong());
        period = item->data(Qt::UserRole + 1).toString();
    }
    ZeroReportDialog dialog(m_service, m_campaign.id,
                            periodsOf(m_campaign.year, m_campaign.rules.zeroReportPeriod), unitChoices(),
                            unit, period, m_clock.today(), this);
    dialog.exec();
}

void ZeroReportsTab::removeZeroReport()
{
    const QTableWidgetItem *item = m_periods->currentItem();
    if (!item || !m_campaign.id.isValid())
        return;
    const UnitId unit(item->data(Qt::UserRole).toLongLong());
    const QString period = item->data(Qt::UserRole + 1).toString();
    const auto reports = m_service.zeroReports(m_campaign.id);
    if (!reports)
        return;
    for (const ZeroReport &z : *reports) {
        if (z.unit != unit || z.period != period)
            continue;
        if (MessageBox::question(this, tr("Withdraw zero report"),
                                 tr("Withdraw the zero report of %1 for %2?")
                                     .arg(unitName(unit), periodFromKey(period)->label())) !=
            QMessageBox::Yes)
            return;
        if (auto r = m_service.removeZeroReport(z.id); !r)
            MessageBox::warning(this, tr("Withdraw zero report"), r.error().message, r.error().detail);
        return;
    }
}

} // namespace oversight
