#include "complaintdialog.h"

#include "services/supervisionservice.h"
#include "widgets/formdialog.h"
#include "widgets/searchablecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace oversight {

ComplaintDialog::ComplaintDialog(SupervisionService &service, const Complaint &complaint,
                                 const std::vector<Unit> &units, QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_complaint(complaint)
{
    setObjectName(QStringLiteral("complaintDialog"));
    setWindowTitle(complaint.id.isValid() ? tr("Edit case %1").arg(complaint.reference)
                                          : tr("Register a complaint"));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    for (Complaint::Channel c : allChannels())
        m_channel->addItem(channelLabel(c), int(c));
    m_channel->setCurrentIndex(m_channel->findData(int(complaint.channel)));

    m_received = FormDialog::dateBox(complaint.receivedOn.isValid() ? complaint.receivedOn : today,
                                     QStringLiteral("receivedEdit"), this);
    m_received->setMaximumDate(today);

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->addItem(tr("(choose a unit)"), 0);
    for (const Unit &u : units)
        m_unit->addItem(u.name, u.id.value);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(complaint.unit.value)));
    makeSearchable(m_unit);

    m_enterprise = new QLineEdit(complaint.enterpriseName, this);
    m_enterprise->setObjectName(QStringLiteral("enterpriseEdit"));
    m_enterpriseRelated = new QCheckBox(tr("Enterprise-related complaint (涉企)"), this);
    m_enterpriseRelated->setObjectName(QStringLiteral("enterpriseRelatedCheck"));
    m_enterpriseRelated->setChecked(complaint.enterpriseRelated);

    m_summary = FormDialog::textBox(complaint.summary, 4, QStringLiteral("summaryEdit"), this);

    m_complainant = new QLineEdit(complaint.complainantName, this);
    m_complainant->setObjectName(QStringLiteral("complainantEdit"));
    m_complainant->setPlaceholderText(tr("optional"));
    m_contact = new QLineEdit(complaint.complainantContact, this);
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_contact->setPlaceholderText(tr("optional"));
    auto *privacy =
        new QLabel(tr("The complainant's name and contact are kept private: they are never printed "
                      "in notices, ledgers or exports, and lists show them masked."),
                   this);
    privacy->setWordWrap(true);
    privacy->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Received on:"), m_received);
    form->addRow(tr("&Unit concerned:"), m_unit);
    form->addRow(tr("&Enterprise:"), m_enterprise);
    form->addRow(QString(), m_enterpriseRelated);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("Com&plainant:"), m_complainant);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(QString(), privacy);

    layForm(form, complaint.id.isValid() ? tr("&Save") : tr("&Register"));
}

Complaint ComplaintDialog::edited() const
{
    Complaint c = m_complaint;
    c.channel = Complaint::Channel(m_channel->currentData().toInt());
    c.receivedOn = m_received->date();
    c.unit = UnitId(m_unit->currentData().toLongLong());
    c.enterpriseName = m_enterprise->text();
    c.enterpriseRelated = m_enterpriseRelated->isChecked();
    c.summary = m_summary->toPlainText();
    c.complainantName = m_complainant->text();
    c.complainantContact = m_contact->text();
    return c;
}

void ComplaintDialog::accept()
{
    const Complaint c = edited();
    const auto saved =
        addOrUpdate(c.id, [&] { return m_service.updateIntake(c); }, [&] { return m_service.intake(c); });
    if (saved)
        m_saved = *saved;
    closeWhenSaved(saved);
}

} // namespace oversight
