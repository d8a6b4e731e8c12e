#include "cleanupsummary.h"

#include "domain/officialdocument.h" // chineseDate
#include "services/normativeservice.h"
#include "services/unitservice.h"

#include <QFileInfo>
#include <QSaveFile>

namespace oversight {

Result<CleanupSummary> CleanupSummary::load(NormativeService &normative, UnitService &unitService,
                                            CleanupRoundId id)
{
    CleanupSummary s;
    const Result<CleanupRound> round = normative.round(id);
    if (!round)
        return round.error();
    s.round = *round;
    Result<std::vector<CleanupItem>> items = normative.items(id);
    if (!items)
        return items.error();
    s.items = std::move(items).value();
    const auto units = unitService.units(s.round.campaign);
    if (!units)
        return units.error();
    for (const Unit &u : *units)
        s.unitNames.insert(u.id.value, u.name);
    s.counts = cleanupCounts(s.items);
    return s;
}

QString CleanupSummary::title() const
{
    // The round's own name leads; 清理结果汇总表 says what the table is.
    return round.name.contains(QStringLiteral("清理")) ? round.name + QStringLiteral("结果汇总表")
                                                       : round.name + QStringLiteral("清理结果汇总表");
}

QString CleanupSummary::subtitle() const
{
    QStringList parts;
    if (!round.scope.isEmpty())
        parts.append(QStringLiteral("清理范围：") + round.scope);
    if (round.deadline.isValid())
        parts.append(QStringLiteral("完成时限：") + chineseDate(round.deadline));
    return parts.join(QStringLiteral("　　"));
}

QString CleanupSummary::countsLine() const
{
    QStringList parts;
    for (CleanupDecision d : allCleanupDecisions())
        parts.append(QStringLiteral("%1%2件").arg(cleanupDecisionWord(d)).arg(counts.of(d)));
    QString line = QStringLiteral("共%1件：").arg(counts.total) + parts.join(QStringLiteral("，"));
    if (counts.pending > 0)
        line += QStringLiteral("，尚未决定%1件").arg(counts.pending);
    return line + QStringLiteral("。");
}

QStringList CleanupSummary::headers() const
{
    return {QStringLiteral("序号"),     QStringLiteral("制定单位"), QStringLiteral("文件名称"),
            QStringLiteral("文号"),     QStringLiteral("印发日期"), QStringLiteral("清理结果"),
            QStringLiteral("决定日期"), QStringLiteral("备注")};
}

QList<QStringList> CleanupSummary::rows() const
{
    QList<QStringList> out;
    int n = 0;
    for (const CleanupItem &i : items) {
        out.append({QString::number(++n), unitNames.value(i.unit.value), i.title, i.number,
                    i.issuedOn.isValid() ? i.issuedOn.toString(Qt::ISODate) : QString(),
                    i.decision ? cleanupDecisionWord(*i.decision) : QStringLiteral("待定"),
                    i.decidedOn.isValid() ? i.decidedOn.toString(Qt::ISODate) : QString(), i.note});
    }
    return out;
}

TableDocument CleanupSummary::table() const
{
    TableDocument t;
    t.title = title();
    t.subtitle = subtitle();
    t.headers = headers();
    t.widths = {1, 1.9, 3.6, 2.3, 1, 1, 1, 1.7};
    t.centred = {true, false, false, false, true, true, true, false};
    t.rows = rows();
    t.closing = countsLine();
    return t;
}

XlsxWorkbook CleanupSummary::workbook() const
{
    XlsxWorkbook book;
    book.title = title();
    XlsxSheet sheet;
    sheet.name = QStringLiteral("清理结果");
    const QStringList heads = headers();
    for (const QString &h : heads) {
        XlsxColumn c;
        c.header = h;
        if (h == QLatin1String("序号"))
            c.kind = XlsxColumn::Kind::Integer;
        if (h == QLatin1String("印发日期") || h == QLatin1String("决定日期"))
            c.kind = XlsxColumn::Kind::Date;
        if (h == QLatin1String("文件名称"))
            c.width = 50;
        sheet.columns.append(c);
    }
    int n = 0;
    for (const CleanupItem &i : items) {
        sheet.rows.append(QVariantList{++n, unitNames.value(i.unit.value), i.title, i.number,
                                       i.issuedOn.isValid() ? QVariant(i.issuedOn) : QVariant(),
                                       i.decision ? cleanupDecisionWord(*i.decision) : QStringLiteral("待定"),
                                       i.decidedOn.isValid() ? QVariant(i.decidedOn) : QVariant(), i.note});
    }
    sheet.landscape = true;
    sheet.printHeader = title();
    book.sheets.append(sheet);

    XlsxSheet summary;
    summary.name = QStringLiteral("汇总");
    summary.notes = true;
    summary.columns = {XlsxColumn{QString(), XlsxColumn::Kind::Text, {}, false, {}, 16},
                       XlsxColumn{QString(), XlsxColumn::Kind::Text, {}, false, {}, 60}};
    summary.rows.append(QVariantList{QStringLiteral("清理项目"), round.name});
    if (!round.scope.isEmpty())
        summary.rows.append(QVariantList{QStringLiteral("清理范围"), round.scope});
    if (round.deadline.isValid())
        summary.rows.append(QVariantList{QStringLiteral("完成时限"), round.deadline.toString(Qt::ISODate)});
    summary.rows.append(QVariantList{QStringLiteral("文件总数"), QString::number(counts.total)});
    for (CleanupDecision d : allCleanupDecisions())
        summary.rows.append(QVariantList{cleanupDecisionWord(d), QString::number(counts.of(d))});
    summary.rows.append(QVariantList{QStringLiteral("尚未决定"), QString::number(counts.pending)});
    book.sheets.append(summary);
    return book;
}

Result<void> CleanupSummary::write(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path, workbook());
    if (suffix != QLatin1String("pdf"))
        return makeError(Error::Code::Invalid,
                         CleanupSummaryText::tr("%1: write the table to a .pdf or an .xlsx file.").arg(path));
    const Result<QByteArray> bytes = TableDocumentRenderer(DocumentFonts::resolve()).pdf(table());
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return makeError(Error::Code::Io, CleanupSummaryText::tr("Could not write %1.").arg(path),
                         file.errorString());
    return {};
}

} // namespace oversight
