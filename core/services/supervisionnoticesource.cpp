#include "supervisionnoticesource.h"

#include "domain/officialdocument.h"
#include "services/campaignservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QCoreApplication>

namespace oversight {

namespace {
class SupervisionNoticeText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::SupervisionNotice)
};

} // namespace

// Drafted from the case as it stands: once a notice was issued, its recorded text; before that, the facts
// the case holds, for the clerk to complete. The notice is an official document in Chinese whatever the
// interface language, so its words are data, not translations. Every text passes through
// redactComplainant(), so a name or number the clerk typed into a summary does not reach the printed notice
// either.
Result<SupervisionNoticeContent> supervisionNoticeContent(Workspace &workspace, ComplaintId id)
{
    return supervisionNoticeContent(workspace.supervision(), workspace.units(), id);
}

Result<SupervisionNoticeContent> supervisionNoticeContent(const SupervisionService &supervision,
                                                          const UnitService &units, ComplaintId id)
{
    const Result<Complaint> found = supervision.complaint(id);
    if (!found) {
        if (found.error().code == Error::Code::NotFound)
            return makeError(Error::Code::NotFound,
                             SupervisionNoticeText::tr("There is no supervision case %1.").arg(id.value));
        return found.error();
    }
    const Complaint &c = *found;
    const Result<Unit> unit = units.unit(c.unit);
    if (!unit)
        return unit.error();

    SupervisionNoticeContent n;
    n.caseId = c.id;
    n.caseReference = c.reference;
    n.unit = c.unit;
    n.unitName = unit->addresseeName(); // 主送: the body's full name
    // Completes the document's "我局对……（案件编号：…）进行了监督".
    n.subject = c.enterpriseName.isEmpty() ? QStringLiteral("你单位有关执法行为")
                                           : QStringLiteral("你单位涉及%1的执法行为").arg(c.enterpriseName);
    // The summary is often written "反映……" itself: said once, and the sentence closed with a full stop.
    QString summary = c.summary.trimmed();
    if (summary.startsWith(QStringLiteral("反映")))
        summary = summary.mid(2).trimmed();
    while (!summary.isEmpty() && QStringLiteral("，,；;：:").contains(summary.front()))
        summary.remove(0, 1);
    if (!summary.isEmpty() && !QStringLiteral("。！？.!?").contains(summary.back()))
        summary += QStringLiteral("。");
    const QString drafted = QStringLiteral("%1，我局通过%2渠道收到反映：%3")
                                .arg(chineseDate(c.receivedOn), channelWord(c.channel), summary);
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
