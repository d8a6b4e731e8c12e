#include "problemexchange.h"

#include "cellvalue.h"
#include "domain/ledgertable.h"
#include "services/ledgerservice.h"
#include "templatenotes.h"

#include <QRegularExpression>

namespace oversight {

namespace {
QString existingKey(UnitId unit, int area, const QString &description)
{
    return QStringLiteral("%1|%2|%3").arg(unit.value).arg(area).arg(description.trimmed());
}

QStringList sourceWords()
{
    return wordsOf(allProblemSources(), problemSourceWord);
}

QStringList statusWords()
{
    return wordsOf(allProblemStatuses(), problemStatusWord);
}
} // namespace

ProblemColumns::ProblemColumns()
    : number(add({QStringLiteral("number"), QStringLiteral("序号"), false, ProblemImporter::tr("Ignored.")})),
      unit(add({QStringLiteral("unit"), QStringLiteral("单位名称"), false,
                ProblemImporter::tr("The unit, as named in the register."), true})),
      unitShort(add({QStringLiteral("unitShort"), QStringLiteral("单位"), false,
                     ProblemImporter::tr("The unit (the ledger export's header)."), true})),
      area(add({QStringLiteral("area"), QStringLiteral("改革领域"), true,
                ProblemImporter::tr("The reform area: its number 1 to 10 or its title.")})),
      source(add({QStringLiteral("source"), QStringLiteral("问题来源"), true,
                  ProblemImporter::tr("One of %1.").arg(sourceWords().join(QStringLiteral("、")))})),
      description(add({QStringLiteral("description"), QStringLiteral("问题描述"), true,
                       ProblemImporter::tr("The problem found.")})),
      measure(add({QStringLiteral("measure"), QStringLiteral("整改措施"), false,
                   ProblemImporter::tr("What the unit does about it.")})),
      owner(add({QStringLiteral("owner"), QStringLiteral("责任人"), false,
                 ProblemImporter::tr("Who answers for the rectification.")})),
      deadline(add(
          {QStringLiteral("deadline"), QStringLiteral("整改时限"), false,
           ProblemImporter::tr("The day it is due (YYYY-MM-DD); empty: the campaign's rectification end.")})),
      status(add(
          {QStringLiteral("status"), QStringLiteral("整改状态"), false,
           ProblemImporter::tr("One of %1; empty: 待整改. 已销号 is taken in as 待核查: the bureau closes a "
                               "problem itself, with its verification and evidence.")
               .arg(statusWords().join(QStringLiteral("、")))})),
      // An extension of DESIGN.md's headers, so it comes last in the template.
      inspectingBody(add({QStringLiteral("inspecting_body"), QStringLiteral("检查机关"), false,
                          ProblemImporter::tr("For 上级抽查 only: who checked (自治区司法厅, 市司法局).")})),
      progress(add({QStringLiteral("progress"), QStringLiteral("完成情况"), false,
                    ProblemImporter::tr("What has been done so far.")}))
{}

QList<ColumnSpec> ProblemColumns::designColumns() const
{
    QList<ColumnSpec> design = all();
    design.removeIf([this](const ColumnSpec &c) {
        return c.key == number.key || c.key == unitShort.key || c.key == progress.key;
    });
    return design;
}

Result<void> ProblemImporter::load()
{
    if (m_loaded)
        return {};
    if (m_loadError)
        return *m_loadError;
    if (auto r = m_units.load(); !r) {
        m_loadError = r.error();
        return r;
    }
    const auto problems = m_service.problems(m_campaign);
    if (!problems) {
        m_loadError = problems.error();
        return problems.error();
    }
    for (const Problem &p : *problems)
        m_existing.insert(existingKey(p.unit, p.area, p.description));
    m_loaded = true;
    return {};
}

void ProblemImporter::addRow(ImportRow &row)
{
    if (!load())
        return;
    Problem p;
    p.campaign = m_campaign;

    const ColumnSpec &unitColumn = row.has(m_column.unit) ? m_column.unit : m_column.unitShort;
    if (!row.has(m_column.unit) && !row.has(m_column.unitShort))
        row.fail(QString(), tr("The file has no 单位名称 column; add it and name each problem's unit."));
    else
        p.unit = m_units.read(row, unitColumn, tr("%1: not filled in; name the unit as in the register."));

    const QString areaText = row.text(m_column.area);
    bool areaOk = false;
    if (const std::optional<qint64> n = integerFromCell(row.cell(m_column.area)); n && *n >= 1 && *n <= 10) {
        p.area = int(*n);
        areaOk = true;
    } else {
        // "4", "4.加强个案监督", "加强个案监督", "（四）…": the number before a dot, or the title.
        const QString number = areaText.section(QLatin1Char('.'), 0, 0).trimmed();
        bool isNumber = false;
        const int k = number.toInt(&isNumber);
        if (isNumber && k >= 1 && k <= 10 && areaText.contains(QLatin1Char('.'))) {
            p.area = k;
            areaOk = true;
        }
        for (const Area &a : m_areas) {
            if (!areaOk && (areaText == a.title || areaText.endsWith(a.title))) {
                p.area = a.number;
                areaOk = true;
            }
        }
    }
    if (!areaOk)
        row.fail(
            m_column.area,
            areaText.isEmpty()
                ? tr("%1: not filled in; write the area's number 1 to 10.").arg(row.header(m_column.area))
                : tr("%1: \"%2\" is not a reform area; write its number 1 to 10 or its title.")
                      .arg(row.header(m_column.area), areaText));

    QString sourceText = row.text(m_column.source);
    // The ledger's export writes 上级抽查（通辽市司法局）: the word, then the inspecting body in brackets.
    static const QRegularExpression bracketed(QStringLiteral("^(.+?)\\s*[（(]\\s*(.+?)\\s*[）)]$"));
    if (const QRegularExpressionMatch m = bracketed.match(sourceText);
        m.hasMatch() && parseProblemSource(m.captured(1)) == Problem::Source::UpperCheck) {
        sourceText = m.captured(1);
        p.inspectingBody = m.captured(2);
    }
    if (row.has(m_column.inspectingBody) && !row.text(m_column.inspectingBody).isEmpty())
        p.inspectingBody = row.text(m_column.inspectingBody).simplified();
    if (const auto s = parseProblemSource(sourceText))
        p.source = *s;
    else
        row.fail(m_column.source, sourceText.isEmpty() ? tr("%1: not filled in; write one of %2.")
                                                             .arg(row.header(m_column.source),
                                                                  sourceWords().join(QStringLiteral("、")))
                                                       : tr("%1: \"%2\" is not a source; write one of %3.")
                                                             .arg(row.header(m_column.source), sourceText,
                                                                  sourceWords().join(QStringLiteral("、"))));

    p.description = row.text(m_column.description);
    if (p.description.isEmpty())
        row.fail(m_column.description,
                 tr("%1: not filled in; describe the problem.").arg(row.header(m_column.description)));
    p.measure = row.text(m_column.measure);
    p.owner = row.text(m_column.owner);
    p.progress = row.text(m_column.progress);

    if (const std::optional<QDate> d = CellReading::optionalDate(row, m_column.deadline))
        p.deadline = *d;
    if (!row.text(m_column.status).isEmpty()) {
        // The ledger's own export writes "整改中\n（逾期）": the first line is the status.
        const QString statusText = row.text(m_column.status).section(QLatin1Char('\n'), 0, 0).trimmed();
        if (const auto s = parseProblemStatus(statusText))
            p.status = *s == Problem::Status::Closed ? Problem::Status::AwaitingVerification : *s;
        else
            row.fail(m_column.status, tr("%1: \"%2\" is not a status; write one of %3.")
                                          .arg(row.header(m_column.status), statusText,
                                               statusWords().join(QStringLiteral("、"))));
    }
    if (row.failed())
        return;
    if (auto r = m_service.check(p); !r) {
        for (const QString &line : r.error().message.split(QLatin1Char('\n')))
            row.fail(r.error().field.isEmpty() ? m_column.description.key : r.error().field, line);
        return;
    }
    const QString key = existingKey(p.unit, p.area, p.description);
    if (m_existing.contains(key)) {
        ++m_unchanged;
        return;
    }
    m_existing.insert(key); // the same problem twice in one file is added once
    m_rows.push_back(std::move(p));
}

Result<void> ProblemImporter::compare(ImportReport &report)
{
    if (auto r = load(); !r)
        return r;
    report.added = int(m_rows.size());
    report.unchanged = m_unchanged;
    return {};
}

Result<void> ProblemImporter::write(ImportReport &)
{
    if (m_rows.empty())
        return {};
    return withoutValue(m_service.addAll(std::exchange(m_rows, {})));
}

XlsxWorkbook problemTemplate(const Campaign &campaign)
{
    // Excel's drop-down holds at most 255 characters: the area numbers; the titles are on the notes sheet.
    QStringList areas;
    for (int n = 1; n <= 10; ++n)
        areas.append(QString::number(n));
    const ProblemColumns column;
    // 单位名称 is required in the template, a banner-wide file naming each row's unit; the per-unit import
    // takes a file without it.
    QList<ColumnSpec> specs = column.designColumns();
    for (ColumnSpec &spec : specs)
        spec.required = spec.required || spec.key == column.unit.key;
    XlsxWorkbook book =
        importTemplate({ProblemImporter::tr("Rectification ledger: import template"),
                        QStringLiteral("整改台账"), QStringLiteral("规范行政执法问题整改台账")},
                       specs,
                       {{column.area.key, {.kind = XlsxColumn::Kind::Choice, .choices = areas, .width = 10}},
                        {column.source.key, {.kind = XlsxColumn::Kind::Choice, .choices = sourceWords()}},
                        {column.status.key, {.kind = XlsxColumn::Kind::Choice, .choices = statusWords()}},
                        {column.deadline.key, {.kind = XlsxColumn::Kind::Date}},
                        {column.unit.key, {.width = 24}},
                        {column.description.key, {.width = 45}},
                        {column.measure.key, {.width = 45}}},
                       80);
    book.sheets.first().landscape = true;
    XlsxSheet &notes = book.sheets.last();
    notes.rows.append(QVariantList{QString(), QString()});
    notes.rows.append(QVariantList{ProblemImporter::tr("Reform areas"), QString()});
    for (const Area &a : campaign.areas)
        notes.rows.append(QVariantList{QString::number(a.number), a.title});
    return book;
}

XlsxWorkbook ledgerWorkbook(const Campaign &campaign, const std::vector<Unit> &units,
                            const std::vector<Problem> &problems, QDate today, const Unit *unit)
{
    const LedgerDocument doc = LedgerDocument::make(campaign, units, problems, today, unit);
    XlsxWorkbook book;
    book.title = doc.title;
    book.subject = doc.subtitle;
    XlsxSheet sheet;
    sheet.name = QStringLiteral("整改台账");
    sheet.landscape = true;
    sheet.printHeader = doc.title;
    const double widths[] = {6, 16, 20, 10, 40, 36, 10, 12, 10, 20};
    const QStringList headers = LedgerDocument::headers();
    for (int c = 0; c < headers.size(); ++c) {
        XlsxColumn col;
        col.header = headers.at(c);
        col.width = widths[c];
        if (c == 0)
            col.kind = XlsxColumn::Kind::Integer;
        if (c == 7)
            col.kind = XlsxColumn::Kind::Date;
        sheet.columns.append(col);
    }
    for (size_t i = 0; i < doc.rows.size(); ++i) {
        const LedgerDocument::Row &r = doc.rows[i];
        sheet.rows.append(QVariantList{qint64(i + 1), r.unit, r.area, r.source, r.description, r.measure,
                                       r.owner, problems[i].deadline, r.status, r.completion});
    }
    book.sheets.append(sheet);
    return book;
}

} // namespace oversight
