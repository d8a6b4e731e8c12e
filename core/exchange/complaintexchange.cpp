#include "complaintexchange.h"

#include "cellvalue.h"
#include "services/supervisionservice.h"
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
    Complaint c;
    c.campaign = m_campaign;
    if (const std::optional<QDate> d = CellReading::date(
            row, receivedKey, tr("%1: not filled in; write the day the complaint arrived (YYYY-MM-DD).")))
        c.receivedOn = *d;

    if (row.text(channelKeyName).isEmpty()) {
        row.fail(channelKeyName, tr("%1: not filled in.").arg(row.header(channelKeyName)));
    } else if (const Result<Complaint::Channel> ch = parseChannel(row.text(channelKeyName))) {
        c.channel = *ch;
    } else {
        row.fail(channelKeyName, ch.error().message);
    }

    c.unit = m_units.read(row, unitKey, tr("%1: not filled in."));

    c.enterpriseName = row.text(enterpriseKey);
    if (row.text(relatedKey).isEmpty())
        c.enterpriseRelated = !c.enterpriseName.isEmpty();
    else if (const std::optional<bool> b = CellReading::optionalYesNo(row, relatedKey))
        c.enterpriseRelated = *b;
    c.complainantName = row.text(complainantKey);
    c.complainantContact = row.text(contactKey);
    c.summary = row.text(summaryKey);

    // The complaint's own rules, each at its column, except where this row's cell was already refused (an
    // invalid unit always was, by the lookup).
    const Complaint normal = SupervisionService::normalized(c);
    for (const FieldError &e : validateComplaint(normal)) {
        if ((e.field == receivedKey && !row.text(receivedKey).isEmpty()) ||
            (e.field == receivedKey && !c.receivedOn.isValid()) || e.field == unitKey)
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
    if (const std::optional<Error> &error = m_units.loadError())
        return *error;
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
