#include "problemdetail.h"

#include "services/ledgerservice.h"

namespace oversight {

namespace {

QString eventLabel(const ProblemEvent &e)
{
    if (e.action == QLatin1String("create"))
        return ProblemDetail::tr("entered");
    if (e.action == QLatin1String("import"))
        return ProblemDetail::tr("imported");
    if (e.action == QLatin1String("carry_over"))
        return ProblemDetail::tr("taken over from supervision");
    if (e.action == QLatin1String("edit"))
        return ProblemDetail::tr("edited");
    if (e.action == QLatin1String("evidence"))
        return ProblemDetail::tr("evidence added");
    if (e.action == QLatin1String("extend"))
        return ProblemDetail::tr("deadline extended %1 → %2")
            .arg(e.oldDeadline.toString(Qt::ISODate), e.newDeadline.toString(Qt::ISODate));
    if (e.action == QLatin1String("close"))
        return ProblemDetail::tr("closed");
    if (e.action == QLatin1String("reopen"))
        return ProblemDetail::tr("reopened");
    if (e.to)
        return ProblemDetail::tr("marked %1").arg(problemStatusLabel(*e.to));
    return e.action;
}

} // namespace

QString ProblemDetail::html(const Problem &p, const LedgerService &ledger, const QString &unitName)
{
    QString html =
        QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
            .arg(tr("Problem %1").arg(p.id.value), unitName.toHtmlEscaped(), problemStatusLabel(p.status));
    html += QStringLiteral("<p>%1</p>").arg(p.description.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Deadline %1 · source %2%3")
                         .arg(p.deadline.toString(Qt::ISODate), problemSourceText(p),
                              p.originKind == QLatin1String("complaint_finding")
                                  ? tr(" · taken over from the supervision room (finding %1)").arg(p.originId)
                                  : QString())
                         .toHtmlEscaped());
    if (const auto evidence = ledger.evidence(p.id); evidence && !evidence->empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Evidence"));
        for (const ProblemEvidence &e : *evidence) {
            if (e.kind == ProblemEvidence::Kind::File)
                html += QStringLiteral("<li>%1 (%2 KB)</li>")
                            .arg(e.fileName.toHtmlEscaped())
                            .arg((e.size + 1023) / 1024);
            else
                html +=
                    QStringLiteral("<li>%1</li>").arg(tr("Statement: %1").arg(e.statement.toHtmlEscaped()));
        }
        html += QStringLiteral("</ul>");
    }
    if (const auto history = ledger.history(p.id); history && !history->empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("History"));
        for (const ProblemEvent &e : *history) {
            QString line = QStringLiteral("%1 %2: %3")
                               .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    e.actor.toHtmlEscaped(), eventLabel(e).toHtmlEscaped());
            if (!e.note.isEmpty())
                line += QStringLiteral(" — ") + e.note.toHtmlEscaped();
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace oversight
