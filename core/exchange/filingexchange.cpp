#include "filingexchange.h"

#include "cellvalue.h"
#include "services/normativeservice.h"
#include "templatenotes.h"

namespace oversight {

namespace {
const QString unitKey = QStringLiteral("unit");
const QString titleKey = QStringLiteral("title");
const QString numberKey = QStringLiteral("number");
const QString issuedKey = QStringLiteral("issuedOn");
const QString filedKey = QStringLiteral("filedOn");
} // namespace

QList<ColumnSpec> FilingImporter::columnSpecs()
{
    return {
        {unitKey, QStringLiteral("制定单位"), true,
         tr("The unit that issued the document, as named in the register."), true},
        {titleKey, QStringLiteral("文件名称"), true, tr("The document's full title.")},
        {numberKey, QStringLiteral("文号"), true,
         tr("Written 机关代字〔YYYY〕N号 with the hexagonal brackets 〔〕, e.g. 奈市监发〔2022〕5号.")},
        {issuedKey, QStringLiteral("印发日期"), true, tr("The day the document was issued: 2022-06-01.")},
        {filedKey, QStringLiteral("报备日期"), true,
         tr("The day the filing reached the bureau: 2022-06-20.")},
    };
}

void FilingImporter::addRow(ImportRow &row)
{
    NormativeDocument d;
    d.campaign = m_campaign;
    d.unit = m_units.read(row, unitKey, tr("%1: not filled in."));

    d.title = row.text(titleKey).simplified();
    if (d.title.isEmpty())
        row.fail(titleKey, tr("%1: not filled in.").arg(row.header(titleKey)));

    d.number = row.text(numberKey).simplified().remove(QLatin1Char(' '));
    if (auto n = parseNormativeNumber(d.number); !n)
        row.fail(numberKey, tr("%1: %2").arg(row.header(numberKey), n.error().message));

    d.issuedOn = CellReading::date(row, issuedKey).value_or(QDate());
    d.filedOn = CellReading::date(row, filedKey).value_or(QDate());
    // Checked here too, so that a row refused for its number still hears about its dates.
    if (d.issuedOn.isValid() && d.filedOn.isValid() && d.filedOn < d.issuedOn)
        row.fail(filedKey, tr("%1: %2 is before the issue date %3; a document is filed after it is issued.")
                               .arg(row.header(filedKey), d.filedOn.toString(Qt::ISODate),
                                    d.issuedOn.toString(Qt::ISODate)));
    if (row.failed())
        return;

    const QString dupKey = QString::number(d.unit.value) + QLatin1Char('|') + d.number;
    if (const auto it = m_firstRowOfNumber.constFind(dupKey); it != m_firstRowOfNumber.cend()) {
        row.fail(numberKey, tr("%1: %2 of %3 is already listed in row %4; keep one row per document.")
                                .arg(row.header(numberKey), d.number, row.text(unitKey).simplified())
                                .arg(*it));
        return;
    }
    m_firstRowOfNumber.insert(dupKey, row.number());

    // The document's own rules and what needs the clock (dates after today). A number already registered is
    // not a fault here: it updates that document.
    NormativeDocument probe = NormativeService::normalized(d);
    if (auto r = m_service.check(probe); !r && r.error().code != Error::Code::Conflict) {
        const QStringList lines = r.error().message.split(QLatin1Char('\n'));
        const QString field = r.error().field == QLatin1String("filedOn")    ? filedKey
                              : r.error().field == QLatin1String("issuedOn") ? issuedKey
                                                                             : titleKey;
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
    const auto counts = m_service.importFilings(m_campaign, std::move(m_rows));
    m_rows.clear();
    if (!counts)
        return counts.error();
    return {};
}

XlsxWorkbook filingTemplate()
{
    XlsxWorkbook book;
    book.title = FilingImporter::tr("Normative-document filings: import template");
    XlsxSheet sheet;
    sheet.name = QStringLiteral("规范性文件备案");
    sheet.columns = templateColumns(FilingImporter::columnSpecs(),
                                    {{issuedKey, {.kind = XlsxColumn::Kind::Date}},
                                     {filedKey, {.kind = XlsxColumn::Kind::Date}},
                                     {unitKey, {.width = 24}},
                                     {numberKey, {.width = 24}},
                                     {titleKey, {.width = 50}}});
    sheet.inputRows = 500;
    sheet.printHeader = QStringLiteral("行政规范性文件备案登记表");
    book.sheets.append(sheet);

    XlsxSheet notes = TemplateNotes::sheet(FilingImporter::columnSpecs());
    book.sheets.append(notes);
    return book;
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
