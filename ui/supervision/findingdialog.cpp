#include "findingdialog.h"

#include "services/supervisionservice.h"
#include "widgets/formdialog.h"

#include <QComboBox>

namespace oversight {

FindingDialog::FindingDialog(SupervisionService &service, const Campaign &campaign, ComplaintFinding finding,
                             QWidget *parent)
    : RecordDialog(parent), m_service(service), m_form(std::move(finding), this)
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(tr("Problem found"));
    using Source = ComplaintFinding::Source;
    const ComplaintFinding &f = m_form.record();

    FormDialog::widen(m_form.choice(tr("Reform &area:"), QStringLiteral("areaCombo"), &ComplaintFinding::area,
                                    areaTitles(campaign)),
                      24);
    // A finding of a call-back is listed under 回访; a case's under 个案监督 or 投诉举报, as the clerk says.
    const bool fromCallBack = f.callBack.isValid() && !f.complaint.isValid();
    m_form
        .choice(tr("Ledger &source:"), QStringLiteral("sourceCombo"), &ComplaintFinding::source,
                choices(fromCallBack ? QList<Source>{Source::CallBack}
                                     : QList<Source>{Source::Complaint, Source::Supervision},
                        findingSourceWord))
        ->setEnabled(!fromCallBack);
    m_form.text(tr("&Problem:"), QStringLiteral("descriptionEdit"), 4, &ComplaintFinding::description);
    m_form.text(tr("&Measure:"), QStringLiteral("measureEdit"), 4, &ComplaintFinding::measure);
    layForm(m_form.layout(), tr("&Save"));
}

void FindingDialog::accept()
{
    closeWhenSaved(m_form.save([&](const ComplaintFinding &f) { return m_service.updateFinding(f); },
                               [&](const ComplaintFinding &f) { return m_service.addFinding(f); }));
}

} // namespace oversight
