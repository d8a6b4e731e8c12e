#include "ledgertable.h"

#include "domain/officialdocument.h"

#include <QHash>

namespace oversight {

QStringList LedgerDocument::headers()
{
    return {QStringLiteral("序号"),     QStringLiteral("单位"),     QStringLiteral("改革领域"),
            QStringLiteral("问题来源"), QStringLiteral("问题描述"), QStringLiteral("整改措施"),
            QStringLiteral("责任人"),   QStringLiteral("整改时限"), QStringLiteral("整改状态"),
            QStringLiteral("完成情况")};
}

QStringList LedgerDocument::cells(const Row &r)
{
    return {r.number,  r.unit,  r.area,     r.source, r.description,
            r.measure, r.owner, r.deadline, r.status, r.completion};
}

LedgerDocument LedgerDocument::make(const Campaign &campaign, const std::vector<Unit> &units,
                                    const std::vector<Problem> &problems, QDate today, const Unit *unit)
{
    LedgerDocument doc;
    QString region = campaign.authority;
    if (region.endsWith(QStringLiteral("司法局")))
        region.chop(3);
    doc.title = (unit ? unit->name : region) + QStringLiteral("规范行政执法问题整改台账");

    QHash<qint64, QString> unitNames;
    for (const Unit &u : units)
        unitNames.insert(u.id.value, u.name);
    int closed = 0;
    int overdue = 0;
    for (const Problem &p : problems) {
        if (p.isClosed())
            ++closed;
        if (p.isOverdue(today))
            ++overdue;
    }
    const QString campaignName = campaign.shortTitle.isEmpty() ? campaign.title : campaign.shortTitle;
    doc.subtitle = QStringLiteral("%1　　截至%2　　共%3项，已销号%4项，未销号%5项（逾期%6项）")
                       .arg(campaignName, chineseDate(today))
                       .arg(problems.size())
                       .arg(closed)
                       .arg(int(problems.size()) - closed)
                       .arg(overdue);

    int n = 0;
    doc.rows.reserve(problems.size());
    for (const Problem &p : problems) {
        Row r;
        r.number = QString::number(++n);
        r.unit = unitNames.value(p.unit.value);
        const Area *area = campaign.area(p.area);
        r.area = area ? QStringLiteral("%1.%2").arg(p.area).arg(area->title) : QString::number(p.area);
        r.source = problemSourceText(p);
        r.description = p.description;
        r.measure = p.measure;
        r.owner = p.owner;
        r.deadline = p.deadline.toString(Qt::ISODate);
        r.status = problemStatusWord(p.status);
        if (p.isOverdue(today))
            r.status += QStringLiteral("\n（逾期）");
        if (p.isClosed())
            r.completion =
                QStringLiteral("%1销号\n%2").arg(p.closedOn.toString(Qt::ISODate), p.verificationNote);
        else
            r.completion = p.progress;
        doc.rows.push_back(std::move(r));
    }
    return doc;
}

} // namespace oversight
