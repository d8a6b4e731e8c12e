#include "stepdialog.h"

#include "services/supervisionservice.h"
#include "widgets/formdialog.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QPlainTextEdit>

#include <iterator>

namespace oversight {

namespace {

// The steps' menu titles and the statuses they lead to, in the order of StepDialog::Kind.
constexpr const char *titles[] = {
    QT_TRANSLATE_NOOP("oversight::StepDialog", "Start investigation"),
    QT_TRANSLATE_NOOP("oversight::StepDialog", "No violation found…"),
    QT_TRANSLATE_NOOP("oversight::StepDialog", "Issue a supervision notice…"),
    QT_TRANSLATE_NOOP("oversight::StepDialog", "Refer to discipline inspection…"),
    QT_TRANSLATE_NOOP("oversight::StepDialog", "Record the unit's reply…"),
    QT_TRANSLATE_NOOP("oversight::StepDialog", "Close the case…"),
};
using Status = Complaint::Status;
constexpr Status targets[] = {Status::Investigating, Status::NoViolation, Status::NoticeIssued,
                              Status::Referred,      Status::UnitReplied, Status::Closed};
static_assert(std::size(titles) == size_t(StepDialog::Kind::Close) + 1 &&
              std::size(targets) == std::size(titles));

/// A new notice: the case's summary as its facts, ten days to correct and fifteen to reply.
NoticeDraft newNotice(const Complaint &complaint, QDate today)
{
    NoticeDraft n;
    n.issuedOn = today;
    n.facts = complaint.summary;
    n.correctBy = today.addDays(10);
    n.replyDue = today.addDays(15);
    return n;
}

} // namespace

QString StepDialog::title(Kind kind)
{
    return tr(titles[size_t(kind)]);
}

Complaint::Status StepDialog::target(Kind kind)
{
    return targets[size_t(kind)];
}

QPlainTextEdit *StepDialog::addText(const QString &objectName, int lines)
{
    return FormDialog::textBox(QString(), lines, objectName, this);
}

StepDialog::StepDialog(SupervisionService &service, const Complaint &complaint, Kind kind, QDate today,
                       QWidget *parent)
    : RecordDialog(parent), m_service(service), m_complaint(complaint), m_kind(kind),
      m_form(newNotice(complaint, today), this)
{
    setObjectName(QStringLiteral("stepDialog"));
    QString heading = title(kind);
    heading.remove(QStringLiteral("…"));
    setWindowTitle(tr("Case %1: %2").arg(complaint.reference, heading));

    m_date = FormDialog::dateBox(today, QStringLiteral("dateEdit"), this);
    m_date->setMaximumDate(today);
    if (kind != Kind::Investigate)
        m_form.row(tr("&Date:"), m_date);
    else
        m_date->hide();

    if (kind == Kind::Notice) {
        m_form.text(tr("&Facts:"), QStringLiteral("factsEdit"), 4, &NoticeDraft::facts);
        m_form.text(tr("&Reasons:"), QStringLiteral("reasonsEdit"), 2, &NoticeDraft::reasons);
        m_form.text(tr("De&cision:"), QStringLiteral("decisionEdit"), 3, &NoticeDraft::decision);
        m_form.text(tr("Legal &basis:"), QStringLiteral("basisEdit"), 2, &NoticeDraft::basis);
        m_form.date(tr("Correct b&y:"), QStringLiteral("correctByEdit"), &NoticeDraft::correctBy, today);
        m_form.date(tr("Reply d&ue:"), QStringLiteral("replyDueEdit"), &NoticeDraft::replyDue, today);
    }
    if (kind == Kind::Reply)
        m_reply = m_form.row(tr("&Reply:"), addText(QStringLiteral("replyEdit"), 4));
    m_note = m_form.row(kind == Kind::Refer ? tr("&Note (what and why):") : tr("&Note:"),
                        addText(QStringLiteral("noteEdit"), 2));

    layForm(m_form.layout(), tr("&Record"), QDialogButtonBox::Ok, QStringLiteral("okButton"));
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
        NoticeDraft n = m_form.edited();
        n.issuedOn = on;
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
