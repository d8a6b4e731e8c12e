#include "findingdialog.h"

#include "services/supervisionservice.h"
#include "widgets/formdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace oversight {

FindingDialog::FindingDialog(SupervisionService &service, const Campaign &campaign, ComplaintFinding finding,
                             QWidget *parent)
    : RecordDialog(parent), m_service(service), m_finding(std::move(finding))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(tr("Problem found"));

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    for (const Area &a : campaign.areas)
        m_area->addItem(QStringLiteral("%1. %2").arg(a.number).arg(a.title), a.number);
    m_area->setCurrentIndex(qMax(0, m_area->findData(m_finding.area)));
    m_area->setMinimumContentsLength(24);
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    if (m_finding.callBack.isValid() && !m_finding.complaint.isValid()) {
        m_source->addItem(findingSourceWord(ComplaintFinding::Source::CallBack),
                          int(ComplaintFinding::Source::CallBack));
        m_source->setEnabled(false);
    } else {
        for (auto s : {ComplaintFinding::Source::Complaint, ComplaintFinding::Source::Supervision})
            m_source->addItem(findingSourceWord(s), int(s));
        m_source->setCurrentIndex(qMax(0, m_source->findData(int(m_finding.source))));
    }

    m_description = FormDialog::textBox(m_finding.description, 4, QStringLiteral("descriptionEdit"), this);
    m_measure = FormDialog::textBox(m_finding.measure, 4, QStringLiteral("measureEdit"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Reform &area:"), m_area);
    form->addRow(tr("Ledger &source:"), m_source);
    form->addRow(tr("&Problem:"), m_description);
    form->addRow(tr("&Measure:"), m_measure);
    layForm(form, tr("&Save"));
}

void FindingDialog::accept()
{
    ComplaintFinding f = m_finding;
    f.area = m_area->currentData().toInt();
    f.source = ComplaintFinding::Source(m_source->currentData().toInt());
    f.description = m_description->toPlainText();
    f.measure = m_measure->toPlainText();
    closeWhenSaved(addOrUpdate(
        f.id, [&] { return m_service.updateFinding(f); }, [&] { return m_service.addFinding(f); }));
}

} // namespace oversight
