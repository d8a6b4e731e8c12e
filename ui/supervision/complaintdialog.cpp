#include "complaintdialog.h"

#include "services/supervisionservice.h"
#include "widgets/searchablecombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

namespace oversight {

ComplaintDialog::ComplaintDialog(SupervisionService &service, const Complaint &complaint,
                                 const std::vector<Unit> &units, QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_form(complaint, this)
{
    setObjectName(QStringLiteral("complaintDialog"));
    setWindowTitle(complaint.id.isValid() ? tr("Edit case %1").arg(complaint.reference)
                                          : tr("Register a complaint"));

    m_form.choice(tr("&Channel:"), QStringLiteral("channelCombo"), &Complaint::channel,
                  choices(allChannels(), channelLabel));
    m_form.date(tr("&Received on:"), QStringLiteral("receivedEdit"), &Complaint::receivedOn, today)
        ->setMaximumDate(today);
    makeSearchable(m_form.choice(tr("&Unit concerned:"), QStringLiteral("unitCombo"), &Complaint::unit,
                                 Choices{{tr("(choose a unit)"), 0}} + unitNames(units)));
    m_form.line(tr("&Enterprise:"), QStringLiteral("enterpriseEdit"), &Complaint::enterpriseName);
    m_form.check(tr("Enterprise-related complaint (涉企)"), QStringLiteral("enterpriseRelatedCheck"),
                 &Complaint::enterpriseRelated);
    m_form.text(tr("&Summary:"), QStringLiteral("summaryEdit"), 4, &Complaint::summary);
    m_form.line(tr("Com&plainant:"), QStringLiteral("complainantEdit"), &Complaint::complainantName)
        ->setPlaceholderText(tr("optional"));
    m_form.line(tr("C&ontact:"), QStringLiteral("contactEdit"), &Complaint::complainantContact)
        ->setPlaceholderText(tr("optional"));
    auto *privacy =
        new QLabel(tr("The complainant's name and contact are kept private: they are never printed "
                      "in notices, ledgers or exports, and lists show them masked."),
                   this);
    privacy->setWordWrap(true);
    privacy->setEnabled(false);
    m_form.row(QString(), privacy);

    layForm(m_form.layout(), complaint.id.isValid() ? tr("&Save") : tr("&Register"));
}

void ComplaintDialog::accept()
{
    closeWhenSaved(m_form.save([&](const Complaint &c) { return m_service.updateIntake(c); },
                               [&](const Complaint &c) { return m_service.intake(c); }));
}

} // namespace oversight
