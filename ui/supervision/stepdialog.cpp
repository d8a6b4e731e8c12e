#include "stepdialog.h"

#include "services/supervisionservice.h"
#include "widgets/formdialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace oversight {

QString StepDialog::title(Kind kind)
{
    switch (kind) {
    case Kind::Investigate:
        return tr("Start investigation");
    case Kind::NoViolation:
        return tr("No violation found…");
    case Kind::Notice:
        return tr("Issue a supervision notice…");
    case Kind::Refer:
        return tr("Refer to discipline inspection…");
    case Kind::Reply:
        return tr("Record the unit's reply…");
    case Kind::Close:
        return tr("Close the case…");
    }
    return {};
}

Complaint::Status StepDialog::target(Kind kind)
{
    switch (kind) {
    case Kind::Investigate:
        return Complaint::Status::Investigating;
    case Kind::NoViolation:
        return Complaint::Status::NoViolation;
    case Kind::Notice:
        return Complaint::Status::NoticeIssued;
    case Kind::Refer:
        return Complaint::Status::Referred;
    case Kind::Reply:
        return Complaint::Status::UnitReplied;
    case Kind::Close:
        return Complaint::Status::Closed;
    }
    return Complaint::Status::Registered;
}

QPlainTextEdit *StepDialog::addText(const QString &objectName, int lines)
{
    return FormDialog::textBox(QString(), lines, objectName, this);
}

StepDialog::StepDialog(SupervisionService &service, const Complaint &complaint, Kind kind, QDate today,
                       QWidget *parent)
    : RecordDialog(parent), m_service(service), m_complaint(complaint), m_kind(kind)
{
    setObjectName(QStringLiteral("stepDialog"));
    QString heading = title(kind);
    heading.remove(QStringLiteral("…"));
    setWindowTitle(tr("Case %1: %2").arg(complaint.reference, heading));

    auto *form = new QFormLayout;
    m_date = FormDialog::dateBox(today, QStringLiteral("dateEdit"), this);
    m_date->setMaximumDate(today);
    if (kind != Kind::Investigate)
        form->addRow(tr("&Date:"), m_date);
    else
        m_date->hide();

    if (kind == Kind::Notice) {
        m_facts = addText(QStringLiteral("factsEdit"), 4);
        m_facts->setPlainText(complaint.summary);
        m_reasons = addText(QStringLiteral("reasonsEdit"), 2);
        m_decision = addText(QStringLiteral("decisionEdit"), 3);
        m_basis = addText(QStringLiteral("basisEdit"), 2);
        m_correctBy = FormDialog::dateBox(today.addDays(10), QStringLiteral("correctByEdit"), this);
        m_replyDue = FormDialog::dateBox(today.addDays(15), QStringLiteral("replyDueEdit"), this);
        form->addRow(tr("&Facts:"), m_facts);
        form->addRow(tr("&Reasons:"), m_reasons);
        form->addRow(tr("De&cision:"), m_decision);
        form->addRow(tr("Legal &basis:"), m_basis);
        form->addRow(tr("Correct b&y:"), m_correctBy);
        form->addRow(tr("Reply d&ue:"), m_replyDue);
    }
    if (kind == Kind::Reply) {
        m_reply = addText(QStringLiteral("replyEdit"), 4);
        form->addRow(tr("&Reply:"), m_reply);
    }
    m_note = addText(QStringLiteral("noteEdit"), 2);
    form->addRow(kind == Kind::Refer ? tr("&Note (what and why):") : tr("&Note:"), m_note);

    layForm(form, tr("&Record"), QDialogButtonBox::Ok, QStringLiteral("okButton"));
}

void StepDialog::accept()
{
    const QDate on = m_date->date();
    const QString note = m_note->toPlainText();
    Result<void> r;
    switch (m_kind) {
    case Kind::Investigate:
        r = m_service.startInvestigation(m_complaint.id, note);
        break;
    case Kind::NoViolation:
        r = m_service.recordNoViolation(m_complaint.id, on, note);
        break;
    case Kind::Notice: {
        NoticeDraft n;
        n.issuedOn = on;
        n.facts = m_facts->toPlainText();
        n.reasons = m_reasons->toPlainText();
        n.decision = m_decision->toPlainText();
        n.basis = m_basis->toPlainText();
        n.correctBy = m_correctBy->date();
        n.replyDue = m_replyDue->date();
        r = m_service.issueNotice(m_complaint.id, n, note);
        break;
    }
    case Kind::Refer:
        r = m_service.refer(m_complaint.id, on, note);
        break;
    case Kind::Reply:
        r = m_service.recordReply(m_complaint.id, on, m_reply->toPlainText());
        break;
    case Kind::Close:
        r = m_service.close(m_complaint.id, on, note);
        break;
    }
    closeWhenSaved(r);
}

} // namespace oversight
