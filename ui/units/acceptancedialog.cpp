#include "acceptancedialog.h"

#include "services/acceptanceservice.h"

#include <QPlainTextEdit>

namespace oversight {

AcceptanceDialog::AcceptanceDialog(AcceptanceService &service, const Unit &unit, const Acceptance &current,
                                   QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_form(current, this)
{
    setObjectName(QStringLiteral("acceptanceDialog"));
    setWindowTitle(tr("Acceptance: %1").arg(unit.name));
    m_form.record().campaign = unit.campaign;
    m_form.record().unit = unit.id;

    m_form.choice(tr("&Conclusion:"), QStringLiteral("conclusionCombo"), &Acceptance::conclusion,
                  choices(allAcceptanceConclusions(), acceptanceWord));
    m_form.text(tr("&Reasons:"), QStringLiteral("reasonsEdit"), 4, &Acceptance::reasons)
        ->setPlaceholderText(tr("Required for 基本合格 and 不合格: what is not rectified or falls short"));
    m_form.date(tr("&Decided on:"), QStringLiteral("decidedOnEdit"), &Acceptance::decidedOn, today);
    layForm(m_form.layout(), tr("&Save"));
}

void AcceptanceDialog::accept()
{
    closeWhenSaved(m_service.set(m_form.edited()));
}

} // namespace oversight
