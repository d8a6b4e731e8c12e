#include "arearecordexchange.h"

#include "cellvalue.h"
#include "services/arearecordservice.h"
#include "templatenotes.h"

#include <QLocale>

namespace oversight {

namespace {
const QString unitKey = QStringLiteral("unit");
const QString dateKey = QStringLiteral("heldOn");
const QString titleKey = QStringLiteral("title");
const QString hoursKey = QStringLiteral("hours");
const QString attendeesKey = QStringLiteral("attendees");
const QString organiserKey = QStringLiteral("organiser");
const QString subjectKey = QStringLiteral("subject");
const QString satKey = QStringLiteral("sat");
const QString passedKey = QStringLiteral("passed");
const QString caseKey = QStringLiteral("caseNumber");
const QString decidedKey = QStringLiteral("decidedOn");
const QString filedKey = QStringLiteral("filedOn");

/// A number as a cell holds it: a number cell, or digits with an optional decimal point.
std::optional<double> numberFromCell(const Cell &cell)
{
    if (cell.type == Cell::Type::Number)
        return cell.number;
    bool ok = false;
    const double v = QLocale::c().toDouble(cell.text.trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

int readCount(ImportRow &row, const QString &key)
{
    if (const std::optional<qint64> n = integerFromCell(row.cell(key)); n && *n >= 0 && *n <= 100000)
        return int(*n);
    if (row.text(key).isEmpty())
        row.fail(key, AreaRecordImporter::tr("%1: not filled in; write a whole number of people.").arg(row.header(key)));
    else
        row.fail(key, AreaRecordImporter::tr("%1: \"%2\" is not a whole number of people; write digits such as 25.")
                          .arg(row.header(key), row.text(key)));
    return 0;
}

QString readText(ImportRow &row, const QString &key)
{
    const QString text = row.text(key).simplified();
    if (text.isEmpty())
        row.fail(key, AreaRecordImporter::tr("%1: not filled in.").arg(row.header(key)));
    return text;
}

} // namespace

QList<ColumnSpec> AreaRecordImporter::columnSpecs(List list)
{
    const ColumnSpec unit{unitKey, QStringLiteral("单位名称"), true,
                          tr("The unit, as named in the register."), true};
    switch (list) {
    case List::Trainings:
        return {unit,
                {dateKey, QStringLiteral("培训日期"), true, tr("The day of the training: 2022-06-01.")},
                {titleKey, QStringLiteral("培训内容"), true, tr("What was taught, e.g. 行政处罚法专题培训.")},
                {hoursKey, QStringLiteral("学时"), true, tr("Hours of teaching, in whole or half hours: 3 or 1.5.")},
                {attendeesKey, QStringLiteral("参训人数"), true, tr("How many officers attended.")},
                {organiserKey, QStringLiteral("组织单位"), true,
                 tr("Who organised it: the unit itself, the bureau, the region's department.")}};
    case List::Exams:
        return {unit,
                {dateKey, QStringLiteral("考试日期"), true, tr("The day of the exam: 2022-06-15.")},
                {subjectKey, QStringLiteral("考试科目"), true, tr("The exam's subject.")},
                {satKey, QStringLiteral("参考人数"), true, tr("How many officers sat the exam.")},
                {passedKey, QStringLiteral("合格人数"), true, tr("How many of them passed.")}};
    case List::MajorPenalties:
        return {unit,
                {caseKey, QStringLiteral("案件编号"), true,
                 tr("The case number or the decision's 文号, as the unit numbers it."), true},
                {decidedKey, QStringLiteral("处罚决定日期"), true, tr("The day the penalty was decided: 2022-05-10.")},
                {filedKey, QStringLiteral("备案日期"), true, tr("The day the filing reached the bureau: 2022-05-20.")}};
    }
    return {};
}

void AreaRecordImporter::reportProblems(ImportRow &row, const QList<FieldError> &problems)
{
    // The record's own rules and what needs the clock (dates after today), each at its column: the
    // columns' keys are the record's field names. A case number already filed is not a fault here: it
    // updates that filing.
    for (const FieldError &problem : problems)
        row.fail(problem.field, problem.message);
}

void AreaRecordImporter::addRow(ImportRow &row)
{
    const UnitId unit = m_units.read(row, unitKey, tr("%1: not filled in."));
    switch (m_list) {
    case List::Trainings: {
        TrainingSession s;
        s.campaign = m_campaign;
        s.unit = unit;
        s.heldOn = CellReading::date(row, dateKey).value_or(QDate());
        s.title = readText(row, titleKey);
        if (const auto h = numberFromCell(row.cell(hoursKey)))
            s.hours = *h;
        else
            row.fail(hoursKey, row.text(hoursKey).isEmpty()
                                   ? tr("%1: not filled in; write the hours, e.g. 3 or 1.5.").arg(row.header(hoursKey))
                                   : tr("%1: \"%2\" is not a number of hours; write e.g. 3 or 1.5.")
                                         .arg(row.header(hoursKey), row.text(hoursKey)));
        s.attendees = readCount(row, attendeesKey);
        s.organiser = readText(row, organiserKey);
        if (row.failed())
            return;
        reportProblems(row, m_service.fieldProblems(normalized(s)));
        if (!row.failed())
            m_trainings.push_back(s);
        return;
    }
    case List::Exams: {
        Exam e;
        e.campaign = m_campaign;
        e.unit = unit;
        e.heldOn = CellReading::date(row, dateKey).value_or(QDate());
        e.subject = readText(row, subjectKey);
        e.sat = readCount(row, satKey);
        e.passed = readCount(row, passedKey);
        if (row.failed())
            return;
        reportProblems(row, m_service.fieldProblems(normalized(e)));
        if (!row.failed())
            m_exams.push_back(e);
        return;
    }
    case List::MajorPenalties: {
        MajorPenaltyFiling f;
        f.campaign = m_campaign;
        f.unit = unit;
        f.caseNumber = readText(row, caseKey).remove(QLatin1Char(' '));
        f.decidedOn = CellReading::date(row, decidedKey).value_or(QDate());
        f.filedOn = CellReading::date(row, filedKey).value_or(QDate());
        if (row.failed())
            return;
        const QString dupKey = QString::number(f.unit.value) + QLatin1Char('|') + f.caseNumber;
        if (const auto it = m_firstRowOfCase.constFind(dupKey); it != m_firstRowOfCase.cend()) {
            row.fail(caseKey, tr("%1: %2 is already listed in row %3; keep one row per case.")
                                  .arg(row.header(caseKey), f.caseNumber)
                                  .arg(*it));
            return;
        }
        m_firstRowOfCase.insert(dupKey, row.number());
        reportProblems(row, m_service.fieldProblems(normalized(f)));
        if (!row.failed())
            m_filings.push_back(f);
        return;
    }
    }
}

Result<void> AreaRecordImporter::compare(ImportReport &report)
{
    if (const std::optional<Error> &error = m_units.loadError())
        return *error;
    Result<AreaRecordImportCounts> counts = AreaRecordImportCounts{};
    switch (m_list) {
    case List::Trainings:
        counts = m_service.plan(m_campaign, m_trainings);
        break;
    case List::Exams:
        counts = m_service.plan(m_campaign, m_exams);
        break;
    case List::MajorPenalties:
        counts = m_service.plan(m_campaign, m_filings);
        break;
    }
    if (!counts)
        return counts.error();
    report.setCounts(*counts);
    return {};
}

Result<void> AreaRecordImporter::write(ImportReport &)
{
    Result<AreaRecordImportCounts> counts = AreaRecordImportCounts{};
    switch (m_list) {
    case List::Trainings:
        counts = m_service.importRecords(m_campaign, std::exchange(m_trainings, {}));
        break;
    case List::Exams:
        counts = m_service.importRecords(m_campaign, std::exchange(m_exams, {}));
        break;
    case List::MajorPenalties:
        counts = m_service.importRecords(m_campaign, std::exchange(m_filings, {}));
        break;
    }
    if (!counts)
        return counts.error();
    return {};
}

XlsxWorkbook areaRecordTemplate(AreaRecordImporter::List list)
{
    using List = AreaRecordImporter::List;
    XlsxWorkbook book;
    XlsxSheet sheet;
    switch (list) {
    case List::Trainings:
        book.title = AreaRecordImporter::tr("Training sessions: import template");
        sheet.name = QStringLiteral("执法培训");
        sheet.printHeader = QStringLiteral("行政执法人员培训情况登记表");
        break;
    case List::Exams:
        book.title = AreaRecordImporter::tr("Exams: import template");
        sheet.name = QStringLiteral("执法考试");
        sheet.printHeader = QStringLiteral("行政执法人员考试情况登记表");
        break;
    case List::MajorPenalties:
        book.title = AreaRecordImporter::tr("Major-penalty filings: import template");
        sheet.name = QStringLiteral("重大行政处罚备案");
        sheet.printHeader = QStringLiteral("重大行政处罚备案登记表");
        break;
    }
    const QList<ColumnSpec> specs = AreaRecordImporter::columnSpecs(list);
    const ColumnLayout date{.kind = XlsxColumn::Kind::Date};
    const ColumnLayout count{.kind = XlsxColumn::Kind::Integer};
    sheet.columns = templateColumns(specs, {{dateKey, date},
                                            {decidedKey, date},
                                            {filedKey, date},
                                            {attendeesKey, count},
                                            {satKey, count},
                                            {passedKey, count},
                                            {hoursKey, {.kind = XlsxColumn::Kind::Decimal}},
                                            {unitKey, {.width = 24}},
                                            {caseKey, {.width = 24}},
                                            {organiserKey, {.width = 24}},
                                            {titleKey, {.width = 40}},
                                            {subjectKey, {.width = 40}}});
    sheet.inputRows = 500;
    book.sheets.append(sheet);
    book.sheets.append(TemplateNotes::sheet(specs));
    return book;
}

QString areaRecordListName(AreaRecordImporter::List list)
{
    switch (list) {
    case AreaRecordImporter::List::Trainings:
        return QStringLiteral("trainings");
    case AreaRecordImporter::List::Exams:
        return QStringLiteral("exams");
    case AreaRecordImporter::List::MajorPenalties:
        return QStringLiteral("major-penalties");
    }
    return {};
}

std::optional<AreaRecordImporter::List> areaRecordListNamed(const QString &name)
{
    for (const auto list : {AreaRecordImporter::List::Trainings, AreaRecordImporter::List::Exams,
                            AreaRecordImporter::List::MajorPenalties})
        if (areaRecordListName(list) == name)
            return list;
    return std::nullopt;
}

namespace {

/// The template of `list` with `rows` in it; the instructions stay, so the file reads as the template does.
XlsxWorkbook filledTemplate(AreaRecordImporter::List list, const QString &title, QList<QVariantList> rows)
{
    XlsxWorkbook book = areaRecordTemplate(list);
    book.title = title;
    book.sheets.first().rows = std::move(rows);
    return book;
}

} // namespace

XlsxWorkbook areaRecordWorkbook(const std::vector<TrainingSession> &records, const QHash<qint64, QString> &unitNames)
{
    QList<QVariantList> rows;
    for (const TrainingSession &s : records)
        rows.append(QVariantList{unitNames.value(s.unit.value), s.heldOn, s.title, s.hours, s.attendees, s.organiser});
    return filledTemplate(AreaRecordImporter::List::Trainings, AreaRecordImporter::tr("Training sessions"),
                          std::move(rows));
}

XlsxWorkbook areaRecordWorkbook(const std::vector<Exam> &records, const QHash<qint64, QString> &unitNames)
{
    QList<QVariantList> rows;
    for (const Exam &e : records)
        rows.append(QVariantList{unitNames.value(e.unit.value), e.heldOn, e.subject, e.sat, e.passed});
    return filledTemplate(AreaRecordImporter::List::Exams, AreaRecordImporter::tr("Exams"), std::move(rows));
}

XlsxWorkbook areaRecordWorkbook(const std::vector<MajorPenaltyFiling> &records,
                                const QHash<qint64, QString> &unitNames)
{
    QList<QVariantList> rows;
    for (const MajorPenaltyFiling &f : records)
        rows.append(QVariantList{unitNames.value(f.unit.value), f.caseNumber, f.decidedOn, f.filedOn});
    return filledTemplate(AreaRecordImporter::List::MajorPenalties, AreaRecordImporter::tr("Major-penalty filings"),
                          std::move(rows));
}

namespace {

template <typename T>
Result<XlsxWorkbook> exportList(const AreaRecordService &service, CampaignId campaign, UnitId unit,
                                const QHash<qint64, QString> &unitNames)
{
    const Result<std::vector<T>> all = service.list<T>(campaign);
    if (!all)
        return all.error();
    std::vector<T> records = *all;
    if (unit.isValid())
        std::erase_if(records, [unit](const T &r) { return r.unit != unit; });
    return areaRecordWorkbook(records, unitNames);
}

} // namespace

Result<XlsxWorkbook> areaRecordExport(AreaRecordImporter::List list, const AreaRecordService &service,
                                      const UnitService &units, CampaignId campaign, UnitId unit)
{
    const Result<QHash<qint64, QString>> names = unitNamesById(units, campaign);
    if (!names)
        return names.error();
    switch (list) {
    case AreaRecordImporter::List::Trainings:
        return exportList<TrainingSession>(service, campaign, unit, *names);
    case AreaRecordImporter::List::Exams:
        return exportList<Exam>(service, campaign, unit, *names);
    case AreaRecordImporter::List::MajorPenalties:
        break;
    }
    return exportList<MajorPenaltyFiling>(service, campaign, unit, *names);
}

} // namespace oversight
