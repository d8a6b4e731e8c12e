#include "complaintexchange.h"

#include "cellvalue.h"
#include "domain/yesno.h"
#include "services/supervisionservice.h"
#include "templatenotes.h"

namespace oversight {

namespace {
QStringList channelWords()
{
    return wordsOf(allChannels(), channelWord);
}
} // namespace

ComplaintColumns::ComplaintColumns()
    : received(add(
          {QStringLiteral("receivedOn"), QStringLiteral("收到日期"), true,
           ComplaintImporter::tr("The day the complaint arrived: 2022-06-01, 2022/6/1 or 2022年6月1日.")})),
      channel(add({QStringLiteral("channel"), QStringLiteral("来源渠道"), true,
                   ComplaintImporter::tr("One of %1.").arg(channelWords().join(QStringLiteral("、")))})),
      unit(add({QStringLiteral("unit"), QStringLiteral("涉及单位"), true,
                ComplaintImporter::tr("The enforcement unit concerned, as named in the register."), true})),
      enterprise(add({QStringLiteral("enterpriseName"), QStringLiteral("企业名称"), false,
                      ComplaintImporter::tr("The enterprise concerned, if any."), true})),
      enterpriseRelated(add({QStringLiteral("enterpriseRelated"), QStringLiteral("是否涉企"), false,
                             ComplaintImporter::tr("是 or 否; 是 needs the enterprise's name.")})),
      complainant(add({QStringLiteral("complainantName"), QStringLiteral("投诉人"), false,
                       ComplaintImporter::tr("Optional; kept private, never printed or exported."), true})),
      contact(add({QStringLiteral("complainantContact"), QStringLiteral("联系方式"), false,
                   ComplaintImporter::tr("Optional; kept private, never printed or exported."), true})),
      summary(add({QStringLiteral("summary"), QStringLiteral("反映问题"), true,
                   ComplaintImporter::tr("What the complaint is about.")}))
{}

void ComplaintImporter::addRow(ImportRow &row)
{
    Complaint c;
    c.campaign = m_campaign;
    if (const std::optional<QDate> d =
            CellReading::date(row, m_column.received,
                              tr("%1: not filled in; write the day the complaint arrived (YYYY-MM-DD).")))
        c.receivedOn = *d;

    if (row.text(m_column.channel).isEmpty()) {
        row.fail(m_column.channel, tr("%1: not filled in.").arg(row.header(m_column.channel)));
    } else if (const Result<Complaint::Channel> ch = parseChannel(row.text(m_column.channel))) {
        c.channel = *ch;
    } else {
        row.fail(m_column.channel, ch.error().message);
    }

    c.unit = m_units.read(row, m_column.unit, tr("%1: not filled in."));

    c.enterpriseName = row.text(m_column.enterprise);
    if (row.text(m_column.enterpriseRelated).isEmpty())
        c.enterpriseRelated = !c.enterpriseName.isEmpty();
    else if (const std::optional<bool> b = CellReading::optionalYesNo(row, m_column.enterpriseRelated))
        c.enterpriseRelated = *b;
    c.complainantName = row.text(m_column.complainant);
    c.complainantContact = row.text(m_column.contact);
    c.summary = row.text(m_column.summary);

    // The complaint's own rules, each at its column, except where this row's cell was already refused (an
    // invalid unit always was, by the lookup).
    const Complaint normal = SupervisionService::normalized(c);
    for (const FieldError &e : validateComplaint(normal)) {
        if ((e.field == m_column.received.key && !row.text(m_column.received).isEmpty()) ||
            (e.field == m_column.received.key && !c.receivedOn.isValid()) || e.field == m_column.unit.key)
            continue;
        row.fail(e.field, e.message);
    }
    if (row.failed())
        return;
    // What needs the database and the clock (the unit's campaign, a date after today).
    if (auto r = m_service.check(normal); !r) {
        const QStringList lines = r.error().message.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            row.fail(r.error().field.isEmpty() ? m_column.summary.key : r.error().field, line);
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
    return withoutValue(m_service.intakeAll(std::exchange(m_rows, {})));
}

XlsxWorkbook complaintTemplate()
{
    const ComplaintColumns column;
    return importTemplate(
        {ComplaintImporter::tr("Complaints: import template"), QStringLiteral("投诉举报"),
         QStringLiteral("投诉举报登记表")},
        column.all(),
        {{column.received.key, {.kind = XlsxColumn::Kind::Date}},
         {column.channel.key, {.kind = XlsxColumn::Kind::Choice, .choices = channelWords()}},
         {column.enterpriseRelated.key, {.kind = XlsxColumn::Kind::Choice, .choices = yesNoChoices()}},
         {column.unit.key, {.width = 28}},
         {column.enterprise.key, {.width = 28}},
         {column.summary.key, {.width = 50}}});
}

} // namespace oversight
