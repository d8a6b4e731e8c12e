#include "casedetail.h"

#include "domain/isodate.h"
#include "domain/privacymask.h"
#include "services/supervisionservice.h"

namespace oversight {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString CaseDetail::html(const Complaint &c, const SupervisionService &service, const QString &unitName,
                         QDate today)
{
    // The pane is read over the clerk's shoulder and in screenshots: whatever was typed about the case is
    // shown masked of the complainant, as documents print it. The edit dialog shows the record as stored.
    const ComplainantMask mask(c);
    QString h;
    h += QStringLiteral("<h3>%1 &nbsp;<span style='font-weight:normal'>%2</span></h3>")
             .arg(esc(tr("Case %1").arg(c.reference)), esc(statusLabel(c.status)));
    if (c.isOverdue(today))
        h += QStringLiteral("<p style='color:#b01c1c'><b>%1</b></p>")
                 .arg(esc(tr("Overdue: due %1, %2 days ago.")
                              .arg(iso(c.currentDeadline()))
                              .arg(c.currentDeadline().daysTo(today))));

    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral(
                   "<td style='color:#555;padding-right:8px'>%1</td><td style='padding-right:20px'>%2</td>")
            .arg(esc(label), esc(value));
    };
    // Label and value pairs, two pairs a line.
    const QList<std::pair<QString, QString>> fields{
        {tr("Received"), iso(c.receivedOn)},
        {tr("Channel"), channelLabel(c.channel)},
        {tr("Unit concerned"), unitName},
        {tr("Enterprise"), c.enterpriseName.isEmpty()
                               ? QString()
                               : mask.apply(c.enterpriseName) +
                                     (c.enterpriseRelated ? tr(" (enterprise-related)") : QString())},
        {tr("Complainant"), maskName(c.complainantName)},
        {tr("Contact"), maskContact(c.complainantContact)},
        {tr("Handling due"), iso(c.handlingDue)},
        {tr("Reply due"), iso(c.replyDue)}};
    h += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    int shown = 0;
    for (const auto &[label, value] : fields) {
        if (value.isEmpty())
            continue;
        if (shown % 2 == 0)
            h += QStringLiteral("<tr>");
        h += row(label, value);
        if (shown % 2 == 1)
            h += QStringLiteral("</tr>");
        ++shown;
    }
    if (shown % 2 == 1)
        h += QStringLiteral("<td></td><td></td></tr>");
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(tr("Summary")), esc(mask.apply(c.summary)));
    if (!c.noticeDecision.isEmpty())
        h +=
            QStringLiteral("<p><b>%1</b> (%2)<br>%3</p>")
                .arg(esc(tr("Supervision notice")), esc(iso(c.outcomeOn)), esc(mask.apply(c.noticeDecision)));
    if (!c.replyContent.isEmpty())
        h += QStringLiteral("<p><b>%1</b> (%2)<br>%3</p>")
                 .arg(esc(tr("Unit's reply")), esc(iso(c.repliedOn)), esc(mask.apply(c.replyContent)));

    if (auto findings = service.findings(c.id); findings && !findings->empty()) {
        h += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("Problems found")));
        for (const ComplaintFinding &f : *findings)
            h += QStringLiteral("<li>%1 · %2<br>%3%4</li>")
                     .arg(esc(tr("Area %1").arg(f.area)), esc(findingSourceWord(f.source)),
                          esc(mask.apply(f.description)),
                          f.measure.isEmpty() ? QString()
                                              : QStringLiteral("<br><i>%1</i>")
                                                    .arg(esc(tr("Measure: %1").arg(mask.apply(f.measure)))));
        h += QStringLiteral("</ol>");
    }
    if (auto files = service.attachments(c.id); files && !files->empty()) {
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Attachments")));
        for (const ComplaintAttachment &a : *files)
            h += QStringLiteral(
                     "<li><a href='attachment:%4'>%1</a> <span style='color:gray'>(%2 KB, %3…)</span></li>")
                     .arg(esc(a.fileName))
                     .arg((a.size + 1023) / 1024)
                     .arg(a.sha256.left(12))
                     .arg(a.sha256);
        h += QStringLiteral("</ul>");
    }

    // Facts on the left, the timeline beside them: the detail pane is wide and short.
    QString t =
        QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='2'>").arg(esc(tr("Timeline")));
    if (auto events = service.history(c.id)) {
        for (ComplaintEvent e : *events) {
            QString what;
            if (e.to && e.from)
                what = tr("%1 → %2").arg(statusLabel(*e.from), statusLabel(*e.to));
            else if (e.action == QLatin1String("intake_import"))
                what = tr("Registered (imported)");
            else if (e.action == QLatin1String("intake_callback"))
                what = tr("Registered (from a call-back)");
            else if (e.to)
                what = tr("Registered");
            else if (e.action == QLatin1String("edit"))
                what = tr("Details edited");
            else if (e.action == QLatin1String("finding")) {
                what = tr("Problem recorded");
                const qsizetype dot = e.note.indexOf(QStringLiteral(" · "));
                if (dot > 0) {
                    what += QStringLiteral(" · ") + tr("Area %1").arg(e.note.left(dot));
                    e.note = e.note.mid(dot + 3);
                }
            } else if (e.action == QLatin1String("attachment"))
                what = tr("File attached");
            else if (e.action == QLatin1String("notice_document"))
                what = tr("Supervision notice numbered and printed");
            else
                what = e.action;
            t += QStringLiteral("<tr><td style='color:#555;white-space:nowrap'>%1</td><td>%2</td>"
                                "<td><b>%3</b>%4</td></tr>")
                     .arg(esc(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))), esc(e.actor),
                          esc(what),
                          e.note.isEmpty() ? QString() : QStringLiteral("<br>") + esc(mask.apply(e.note)));
        }
    }
    t += QStringLiteral("</table>");
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                          "<td width='52%' valign='top' style='padding-right:16px'>%1</td>"
                          "<td width='48%' valign='top'>%2</td></tr></table>")
        .arg(h, t);
}

} // namespace oversight
