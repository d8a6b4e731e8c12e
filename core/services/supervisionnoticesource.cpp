#include "supervisionnoticesource.h"

#include "services/campaignservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QCoreApplication>

namespace oversight {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oversight::SupervisionNotice", text);
}
} // namespace

// Drafted from the case as it stands: once a notice was issued, its recorded text; before that, the facts
// the case holds, for the clerk to complete. Every text passes through redactComplainant(), so a name or
// number the clerk typed into a summary does not reach the printed notice either.
Result<SupervisionNoticeContent> supervisionNoticeContent(Workspace &workspace, ComplaintId id)
{
    const Result<Complaint> found = workspace.supervision().complaint(id);
    if (!found) {
        if (found.error().code == Error::Code::NotFound)
            return makeError(Error::Code::NotFound, tr("There is no supervision case %1.").arg(id.value));
        return found.error();
    }
    const Complaint &c = *found;
    const Result<Unit> unit = workspace.units().unit(c.unit);
    if (!unit)
        return unit.error();

    SupervisionNoticeContent n;
    n.caseId = c.id;
    n.caseReference = c.reference;
    n.unit = c.unit;
    n.unitName = unit->name;
    n.subject =
        c.enterpriseName.isEmpty()
            ? tr("Supervision of enforcement in case %1").arg(c.reference)
            : tr("Supervision of enforcement concerning %1 (case %2)").arg(c.enterpriseName, c.reference);

    const QString drafted = tr("On %1 this bureau received, by %2, a report concerning your unit: %3")
                                .arg(c.receivedOn.toString(Qt::ISODate), channelWord(c.channel), c.summary);
    n.facts = c.noticeFacts.isEmpty() ? drafted : c.noticeFacts;
    n.reasons = c.noticeReasons;
    n.decision = c.noticeDecision;
    n.legalBasis = c.noticeBasis;
    n.correctBy = c.correctBy;
    n.replyBy = c.replyDue;

    for (QString *text : {&n.subject, &n.facts, &n.reasons, &n.decision, &n.legalBasis})
        *text = redactComplainant(*text, c);
    return n;
}

} // namespace oversight
