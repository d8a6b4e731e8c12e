#include "complaintexchange.h"

#include "cellvalue.h"
#include "domain/textnormal.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "templatenotes.h"

namespace oversight {

namespace {
const QString receivedKey = QStringLiteral("receivedOn");
const QString channelKeyName = QStringLiteral("channel");
const QString unitKey = QStringLiteral("unit");
const QString enterpriseKey = QStringLiteral("enterpriseName");
const QString relatedKey = QStringLiteral("enterpriseRelated");
const QString complainantKey = QStringLiteral("complainantName");
const QString contactKey = QStringLiteral("complainantContact");
const QString summaryKey = QStringLiteral("summary");
} // namespace

QList<ColumnSpec> ComplaintImporter::columnSpecs()
{
    QStringList channels;
    for (Complaint::Channel c : allChannels())
        channels.append(channelWord(c));
    return {
        {receivedKey, QStringLiteral("收到日期"), true,
         tr("The day the complaint arrived: 2022-06-01, 2022/6/1 or 2022年6月1日.")},
        {channelKeyName, QStringLiteral("来源渠道"), true,
         tr("One of %1.").arg(channels.join(QStringLiteral("、")))},
        {unitKey, QStringLiteral("涉及单位"), true,
         tr("The enforcement unit concerned, as named in the register."), true},
        {enterpriseKey, QStringLiteral("企业名称"), false, tr("The enterprise concerned, if any."), true},
        {relatedKey, QStringLiteral("是否涉企"), false, tr("是 or 否; 是 needs the enterprise's name.")},
        {complainantKey, QStringLiteral("投诉人"), false,
         tr("Optional; kept private, never printed or exported."), true},
        {contactKey, QStringLiteral("联系方式"), false,
         tr("Optional; kept private, never printed or exported."), true},
        {summaryKey, QStringLiteral("反映问题"), true, tr("What the complaint is about.")},
    };
}

void ComplaintImporter::addRow(ImportRow &row)
{
    if (!m_loaded && !m_loadError) {
        if (auto units = m_units.units(m_campaign)) {
            for (const Unit &u : *units)
                m_unitByName.insert(matchKey(u.name), u.id); // 测试局(筹) is 测试局（筹）
            m_loaded = true;
        } else {
            m_loadError = units.error();
        }
    }

    Complaint c;
    c.campaign = m_campaign;
    if (const std::optional<QDate> d = dateFromCell(row.cell(receivedKey)))
        c.receivedOn = *d;
    else if (row.text(receivedKey).isEmpty())
        row.fail(receivedKey, tr("%1: not filled in; write the day the complaint arrived (YYYY-MM-DD).")
                                  .arg(row.header(receivedKey)));
    else
        row.fail(receivedKey, tr("%1: \"%2\" is not a date; write YYYY-MM-DD.")
                                  .arg(row.header(receivedKey), row.text(receivedKey)));

    if (row.text(channelKeyName).isEmpty()) {
        row.fail(channelKeyName, tr("%1: not filled in.").arg(row.header(channelKeyName)));
    } else if (const Result<Complaint::Channel> ch = parseChannel(row.text(channelKeyName))) {
        c.channel = *ch;
    } else {
        row.fail(channelKeyName, ch.error().message);
    }

    const QString unitName = row.text(unitKey).simplified();
    if (unitName.isEmpty())
        row.fail(unitKey, tr("%1: not filled in.").arg(row.header(unitKey)));
    else if (const auto it = m_unitByName.constFind(matchKey(unitName)); it != m_unitByName.cend())
        c.unit = *it;
    else
        row.fail(unitKey,
                 tr("%1: \"%2\" is not in the units register; register it first or correct the name.")
                     .arg(row.header(unitKey), unitName));

    c.enterpriseName = row.text(enterpriseKey);
    if (row.has(relatedKey) && !row.text(relatedKey).isEmpty()) {
        if (const std::optional<bool> b = boolFromCell(row.cell(relatedKey)))
            c.enterpriseRelated = *b;
        else
            row.fail(
                relatedKey,
                tr("%1: \"%2\" is neither 是 nor 否.").arg(row.header(relatedKey), row.text(relatedKey)));
    } else {
        c.enterpriseRelated = !c.enterpriseName.isEmpty();
    }
    c.complainantName = row.text(complainantKey);
    c.complainantContact = row.text(contactKey);
    c.summary = row.text(summaryKey);

    // The complaint's own rules, each at its column, except where this row's cell was already refused.
    const Complaint normal = SupervisionService::normalized(c);
    for (const FieldError &e : validateComplaint(normal)) {
        if ((e.field == receivedKey && !row.text(receivedKey).isEmpty()) ||
            (e.field == unitKey && !unitName.isEmpty()) ||
            (e.field == receivedKey && !c.receivedOn.isValid()) || (e.field == unitKey && !c.unit.isValid()))
            continue;
        row.fail(e.field, e.message);
    }
    if (row.failed())
        return;
    // What needs the database and the clock (the unit's campaign, a date after today).
    if (auto r = m_service.check(normal); !r) {
        const QStringList lines = r.error().message.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            row.fail(r.error().field.isEmpty() ? summaryKey : r.error().field, line);
        return;
    }
    m_rows.push_back(std::move(c));
}

Result<void> ComplaintImporter::compare(ImportReport &report)
{
    if (m_loadError)
        return *m_loadError;
    report.added = int(m_rows.size());
    return {};
}

Result<void> ComplaintImporter::write(ImportReport &)
{
    const auto ids = m_service.intakeAll(std::move(m_rows));
    m_rows.clear();
    if (!ids)
        return ids.error();
    return {};
}

XlsxWorkbook complaintTemplate()
{
    XlsxWorkbook book;
    book.title = ComplaintImporter::tr("Complaints: import template");
    XlsxSheet sheet;
    sheet.name = QStringLiteral("投诉举报");
    QStringList channels;
    for (Complaint::Channel ch : allChannels())
        channels.append(channelWord(ch));
    sheet.columns =
        templateColumns(ComplaintImporter::columnSpecs(),
                        {{receivedKey, {.kind = XlsxColumn::Kind::Date}},
                         {channelKeyName, {.kind = XlsxColumn::Kind::Choice, .choices = channels}},
                         {relatedKey,
                          {.kind = XlsxColumn::Kind::Choice, .choices = {QStringLiteral("是"), QStringLiteral("否")}}},
                         {unitKey, {.width = 28}},
                         {enterpriseKey, {.width = 28}},
                         {summaryKey, {.width = 50}}});
    sheet.inputRows = 500;
    sheet.printHeader = QStringLiteral("投诉举报登记表");
    book.sheets.append(sheet);

    XlsxSheet notes = TemplateNotes::sheet(ComplaintImporter::columnSpecs());
    book.sheets.append(notes);
    return book;
}

} // namespace oversight
