#include "acceptancedialog.h"

#include "services/acceptanceservice.h"
#include "widgets/formdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace oversight {

AcceptanceDialog::AcceptanceDialog(AcceptanceService &service, const Unit &unit, const Acceptance &current,
                                   QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_acceptance(current)
{
    setObjectName(QStringLiteral("acceptanceDialog"));
    setWindowTitle(tr("Acceptance: %1").arg(unit.name));
    m_acceptance.campaign = unit.campaign;
    m_acceptance.unit = unit.id;

    m_conclusion = new QComboBox(this);
    m_conclusion->setObjectName(QStringLiteral("conclusionCombo"));
    for (Acceptance::Conclusion c : allAcceptanceConclusions())
        m_conclusion->addItem(acceptanceWord(c), int(c));
    m_conclusion->setCurrentIndex(qMax(0, m_conclusion->findData(int(m_acceptance.conclusion))));
    m_reasons = FormDialog::textBox(m_acceptance.reasons, 4, QStringLiteral("reasonsEdit"), this);
    m_reasons->setPlaceholderText(tr("Required for 基本合格 and 不合格: what is not rectified or falls short"));
    m_decidedOn = FormDialog::dateBox(m_acceptance.decidedOn.isValid() ? m_acceptance.decidedOn : today,
                                      QStringLiteral("decidedOnEdit"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Conclusion:"), m_conclusion);
    form->addRow(tr("&Reasons:"), m_reasons);
    form->addRow(tr("&Decided on:"), m_decidedOn);
    layForm(form, tr("&Save"));
}

void AcceptanceDialog::accept()
{
    Acceptance a = m_acceptance;
    a.conclusion = Acceptance::Conclusion(m_conclusion->currentData().toInt());
    a.reasons = m_reasons->toPlainText();
    a.decidedOn = m_decidedOn->date();
    closeWhenSaved(m_service.set(a));
}

} // namespace oversight
