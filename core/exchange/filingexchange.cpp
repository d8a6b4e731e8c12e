#include "filingexchange.h"

#include "cellvalue.h"
#include "services/normativeservice.h"
#include "templatenotes.h"

namespace oversight {

FilingColumns::FilingColumns()
    : unit(add({QStringLiteral("unit"), QStringLiteral("制定单位"), true,
                FilingImporter::tr("The unit that issued the document, as named in the register."), true})),
      title(add({QStringLiteral("title"), QStringLiteral("文件名称"), true,
                 FilingImporter::tr("The document's full title.")})),
      number(add(
          {QStringLiteral("number"), QStringLiteral("文号"), true,
           FilingImporter::tr(
               "Written 机关代字〔YYYY〕N号 with the hexagonal brackets 〔〕, e.g. 奈市监发〔2022〕5号.")})),
      issuedOn(add({QStringLiteral("issuedOn"), QStringLiteral("印发日期"), true,
                    FilingImporter::tr("The day the document was issued: 2022-06-01.")})),
      filedOn(add({QStringLiteral("filedOn"), QStringLiteral("报备日期"), true,
                   FilingImporter::tr("The day the filing reached the bureau: 2022-06-20.")}))
{}

void FilingImporter::addRow(ImportRow &row)
{
    NormativeDocument d;
    d.campaign = m_campaign;
    d.unit = m_units.read(row, m_column.unit, tr("%1: not filled in."));

    d.title = row.text(m_column.title).simplified();
    if (d.title.isEmpty())
        row.fail(m_column.title, tr("%1: not filled in.").arg(row.header(m_column.title)));

    d.number = row.text(m_column.number).simplified().remove(QLatin1Char(' '));
    if (auto n = parseNormativeNumber(d.number); !n)
        row.fail(m_column.number, tr("%1: %2").arg(row.header(m_column.number), n.error().message));

    d.issuedOn = CellReading::date(row, m_column.issuedOn).value_or(QDate());
    d.filedOn = CellReading::date(row, m_column.filedOn).value_or(QDate());
    // Checked here too, so that a row refused for its number still hears about its dates.
    if (d.issuedOn.isValid() && d.filedOn.isValid() && d.filedOn < d.issuedOn)
        row.fail(m_column.filedOn,
                 tr("%1: %2 is before the issue date %3; a document is filed after it is issued.")
                     .arg(row.header(m_column.filedOn), d.filedOn.toString(Qt::ISODate),
                          d.issuedOn.toString(Qt::ISODate)));
    if (row.failed())
        return;

    const QString dupKey = QString::number(d.unit.value) + QLatin1Char('|') + d.number;
    if (const auto it = m_firstRowOfNumber.constFind(dupKey); it != m_firstRowOfNumber.cend()) {
        row.fail(m_column.number,
                 tr("%1: %2 of %3 is already listed in row %4; keep one row per document.")
                     .arg(row.header(m_column.number), d.number, row.text(m_column.unit).simplified())
                     .arg(*it));
        return;
    }
    m_firstRowOfNumber.insert(dupKey, row.number());

    // The document's own rules and what needs the clock (dates after today). A number already registered is
    // not a fault here: it updates that document.
    NormativeDocument probe = NormativeService::normalized(d);
    if (auto r = m_service.check(probe); !r && r.error().code != Error::Code::Conflict) {
        const QStringList lines = r.error().message.split(QLatin1Char('\n'));
        const QString field = r.error().field == m_column.filedOn.key    ? m_column.filedOn.key
                              : r.error().field == m_column.issuedOn.key ? m_column.issuedOn.key
                                                                         : m_column.title.key;
        for (const QString &line : lines)
            row.fail(field, line);
        return;
    }
    m_rows.push_back(std::move(d));
}

Result<void> FilingImporter::compare(ImportReport &report)
{
    if (const std::optional<Error> &error = m_units.loadError())
        return *error;
    const Result<FilingImportCounts> counts = m_service.planFilings(m_campaign, m_rows);
    if (!counts)
        return counts.error();
    report.setCounts(*counts);
    return {};
}

Result<void> FilingImporter::write(ImportReport &)
{
    return withoutValue(m_service.importFilings(m_campaign, std::exchange(m_rows, {})));
}

XlsxWorkbook filingTemplate()
{
    const FilingColumns column;
    return importTemplate({FilingImporter::tr("Normative-document filings: import template"),
                           QStringLiteral("规范性文件备案"), QStringLiteral("行政规范性文件备案登记表")},
                          column.all(),
                          {{column.issuedOn.key, {.kind = XlsxColumn::Kind::Date}},
                           {column.filedOn.key, {.kind = XlsxColumn::Kind::Date}},
                           {column.unit.key, {.width = 24}},
                           {column.number.key, {.width = 24}},
                           {column.title.key, {.width = 50}}});
}

XlsxWorkbook filingExport(const std::vector<NormativeDocument> &documents,
                          const QHash<qint64, QString> &unitNames)
{
    XlsxWorkbook book = filingTemplate();
    book.title = FilingImporter::tr("Normative-document filings");
    book.sheets.removeLast(); // the instructions
    XlsxSheet &sheet = book.sheets.first();
    sheet.inputRows = 0;
    for (const NormativeDocument &d : documents) {
        if (!d.isFiled())
            continue;
        sheet.rows.append(
            QVariantList{unitNames.value(d.unit.value), d.title, d.number, d.issuedOn, d.filedOn});
    }
    return book;
}

} // namespace oversight
