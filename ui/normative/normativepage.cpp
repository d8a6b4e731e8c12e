#include "normativepage.h"

#include "cleanuproundstab.h"
#include "normativefilingstab.h"
#include "zeroreportstab.h"
#include "widgets/recordtable.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace oversight {

NormativePage::NormativePage(NormativeService &service, UnitService &units, const Clock &clock,
                             QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("normativePage"));
    auto *heading = pageHeading(tr("Normative documents: filing review and clean-up"), this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("normativeTabs"));
    m_filingsTab = new NormativeFilingsTab(service, units, clock, m_tabs);
    m_zeroTab = new ZeroReportsTab(service, units, clock, m_tabs);
    m_roundsTab = new CleanupRoundsTab(service, units, clock, *m_filingsTab, m_tabs);
    m_tabs->addTab(m_filingsTab, tr("Filings and review"));
    m_tabs->addTab(m_zeroTab, tr("Zero reports"));
    m_tabs->addTab(m_roundsTab, tr("Clean-up rounds"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}

void NormativePage::setCampaign(const Campaign &campaign)
{
    m_filingsTab->setCampaign(campaign);
    m_zeroTab->setCampaign(campaign);
    m_roundsTab->setCampaign(campaign);
}

void NormativePage::refreshDay()
{
    m_filingsTab->refreshDay();
    m_zeroTab->refreshDay();
}

QTableWidget *NormativePage::filings() const
{
    return m_filingsTab->table();
}

QTableWidget *NormativePage::periods() const
{
    return m_zeroTab->periods();
}

QTableWidget *NormativePage::roundItems() const
{
    return m_roundsTab->items();
}

QTextBrowser *NormativePage::detail() const
{
    return m_filingsTab->detail();
}

NormativeDocumentId NormativePage::selectedDocument() const
{
    return m_filingsTab->selectedDocument();
}

void NormativePage::selectDocument(NormativeDocumentId id)
{
    m_filingsTab->selectDocument(id);
}

void NormativePage::showZeroReports(UnitId unit)
{
    m_tabs->setCurrentWidget(m_zeroTab);
    m_zeroTab->showUnit(unit);
}

CleanupRoundId NormativePage::selectedRound() const
{
    return m_roundsTab->selectedRound();
}

void NormativePage::selectRound(CleanupRoundId id)
{
    m_roundsTab->selectRound(id);
}

ImportDialog *NormativePage::openImportDialog(const QString &path)
{
    return m_filingsTab->openImportDialog(path);
}

bool NormativePage::exportRound(const QString &path)
{
    return m_roundsTab->exportRound(path);
}

void NormativePage::removeSelected()
{
    m_filingsTab->removeSelected();
}

void NormativePage::removeZeroReport()
{
    m_zeroTab->removeZeroReport();
}

} // namespace oversight
