#include "arearecordexchange.h"

#include "cellvalue.h"
#include "services/arearecordservice.h"
#include "templatenotes.h"

#include <QLocale>

namespace oversight {

namespace {
/// A number as a cell holds it: a number cell, or digits with an optional decimal point.
std::optional<double> numberFromCell(const Cell &cell)
{
    if (cell.type == Cell::Type::Number)
        return cell.number;
    bool ok = false;
    const double v = QLocale::c().toDouble(cell.text.trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

int readCount(ImportRow &row, const ColumnSpec &column)
{
    if (const std::optional<qint64> n = integerFromCell(row.cell(column)); n && *n >= 0 && *n <= 100000)
        return int(*n);
    if (row.text(column).isEmpty())
        row.fail(column, AreaRecordImporter::tr("%1: not filled in; write a whole number of people.")
                             .arg(row.header(column)));
    else
        row.fail(column, AreaRecordImporter::tr(
                             "%1: \"%2\" is not a whole number of people; write digits such as 25.")
                             .arg(row.header(column), row.text(column)));
    return 0;
}

QString readText(ImportRow &row, const ColumnSpec &column)
{
    const QString text = row.text(column).simplified();
    if (text.isEmpty())
        row.fail(column, AreaRecordImporter::tr("%1: not filled in.").arg(row.header(column)));
    return text;
}

} // namespace

AreaRecordColumns::AreaRecordColumns(AreaRecordList list)
    : unit{QStringLiteral("unit"), QStringLiteral("单位名称"), true,
           AreaRecordImporter::tr("The unit, as named in the register."), true},
      trainingDate{QStringLiteral("heldOn"), QStringLiteral("培训日期"), true,
                   AreaRecordImporter::tr("The day of the training: 2022-06-01.")},
      trainingTitle{QStringLiteral("title"), QStringLiteral("培训内容"), true,
                    AreaRecordImporter::tr("What was taught, e.g. 行政处罚法专题培训.")},
      hours{QStringLiteral("hours"), QStringLiteral("学时"), true,
            AreaRecordImporter::tr("Hours of teaching, in whole or half hours: 3 or 1.5.")},
      attendees{QStringLiteral("attendees"), QStringLiteral("参训人数"), true,
                AreaRecordImporter::tr("How many officers attended.")},
      organiser{
          QStringLiteral("organiser"), QStringLiteral("组织单位"), true,
          AreaRecordImporter::tr("Who organised it: the unit itself, the bureau, the region's department.")},
      examDate{QStringLiteral("heldOn"), QStringLiteral("考试日期"), true,
               AreaRecordImporter::tr("The day of the exam: 2022-06-15.")},
      subject{QStringLiteral("subject"), QStringLiteral("考试科目"), true,
              AreaRecordImporter::tr("The exam's subject.")},
      sat{QStringLiteral("sat"), QStringLiteral("参考人数"), true,
          AreaRecordImporter::tr("How many officers sat the exam.")},
      passed{QStringLiteral("passed"), QStringLiteral("合格人数"), true,
             AreaRecordImporter::tr("How many of them passed.")},
      caseNumber{QStringLiteral("caseNumber"), QStringLiteral("案件编号"), true,
                 AreaRecordImporter::tr("The case number or the decision's 文号, as the unit numbers it."),
                 true},
      decidedOn{QStringLiteral("decidedOn"), QStringLiteral("处罚决定日期"), true,
                AreaRecordImporter::tr("The day the penalty was decided: 2022-05-10.")},
      filedOn{QStringLiteral("filedOn"), QStringLiteral("备案日期"), true,
              AreaRecordImporter::tr("The day the filing reached the bureau: 2022-05-20.")}
{
    const auto take = [this](std::initializer_list<ColumnSpec> columns) {
        for (const ColumnSpec &column : columns)
            add(column);
    };
    switch (list) {
    case AreaRecordList::Trainings:
        take({unit, trainingDate, trainingTitle, hours, attendees, organiser});
        break;
    case AreaRecordList::Exams:
        take({unit, examDate, subject, sat, passed});
        break;
    case AreaRecordList::MajorPenalties:
        take({unit, caseNumber, decidedOn, filedOn});
        break;
    }
}

template <typename Record>
void AreaRecordImporter::keep(ImportRow &row, const Record &record, std::vector<Record> &into)
{
    if (row.failed())
        return;
    // The record's own rules and what needs the clock (dates after today), each at its column: the
    // columns' keys are the record's field names. A case number already filed is not a fault here: it
    // updates that filing.
    for (const FieldError &problem : m_service.fieldProblems(normalized(record)))
        row.fail(problem.field, problem.message);
    if (!row.failed())
        into.push_back(record);
}

void AreaRecordImporter::addRow(ImportRow &row)
{
    const UnitId unit = m_units.read(row, m_column.unit, tr("%1: not filled in."));
    switch (m_list) {
    case List::Trainings: {
        TrainingSession s;
        s.campaign = m_campaign;
        s.unit = unit;
        s.heldOn = CellReading::date(row, m_column.trainingDate).value_or(QDate());
        s.title = readText(row, m_column.trainingTitle);
        if (const auto h = numberFromCell(row.cell(m_column.hours)))
            s.hours = *h;
        else
            row.fail(
                m_column.hours,
                row.text(m_column.hours).isEmpty()
                    ? tr("%1: not filled in; write the hours, e.g. 3 or 1.5.").arg(row.header(m_column.hours))
                    : tr("%1: \"%2\" is not a number of hours; write e.g. 3 or 1.5.")
                          .arg(row.header(m_column.hours), row.text(m_column.hours)));
        s.attendees = readCount(row, m_column.attendees);
        s.organiser = readText(row, m_column.organiser);
        keep(row, s, m_trainings);
        return;
    }
    case List::Exams: {
        Exam e;
        e.campaign = m_campaign;
        e.unit = unit;
        e.heldOn = CellReading::date(row, m_column.examDate).value_or(QDate());
        e.subject = readText(row, m_column.subject);
        e.sat = readCount(row, m_column.sat);
        e.passed = readCount(row, m_column.passed);
        keep(row, e, m_exams);
        return;
    }
    case List::MajorPenalties: {
        MajorPenaltyFiling f;
        f.campaign = m_campaign;
        f.unit = unit;
        f.caseNumber = readText(row, m_column.caseNumber).remove(QLatin1Char(' '));
        f.decidedOn = CellReading::date(row, m_column.decidedOn).value_or(QDate());
        f.filedOn = CellReading::date(row, m_column.filedOn).value_or(QDate());
        if (row.failed())
            return;
        const QString dupKey = QString::number(f.unit.value) + QLatin1Char('|') + f.caseNumber;
        if (const auto it = m_firstRowOfCase.constFind(dupKey); it != m_firstRowOfCase.cend()) {
            row.fail(m_column.caseNumber, tr("%1: %2 is already listed in row %3; keep one row per case.")
                                              .arg(row.header(m_column.caseNumber), f.caseNumber)
                                              .arg(*it));
            return;
        }
        m_firstRowOfCase.insert(dupKey, row.number());
        keep(row, f, m_filings);
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
    switch (m_list) {
    case List::Trainings:
        return withoutValue(m_service.importRecords(m_campaign, std::exchange(m_trainings, {})));
    case List::Exams:
        return withoutValue(m_service.importRecords(m_campaign, std::exchange(m_exams, {})));
    case List::MajorPenalties:
        break;
    }
    return withoutValue(m_service.importRecords(m_campaign, std::exchange(m_filings, {})));
}

XlsxWorkbook areaRecordTemplate(AreaRecordImporter::List list)
{
    using List = AreaRecordImporter::List;
    TemplateNames names;
    switch (list) {
    case List::Trainings:
        names = {AreaRecordImporter::tr("Training sessions: import template"), QStringLiteral("执法培训"),
                 QStringLiteral("行政执法人员培训情况登记表")};
        break;
    case List::Exams:
        names = {AreaRecordImporter::tr("Exams: import template"), QStringLiteral("执法考试"),
                 QStringLiteral("行政执法人员考试情况登记表")};
        break;
    case List::MajorPenalties:
        names = {AreaRecordImporter::tr("Major-penalty filings: import template"),
                 QStringLiteral("重大行政处罚备案"), QStringLiteral("重大行政处罚备案登记表")};
        break;
    }
    const AreaRecordColumns column(list);
    const ColumnLayout date{.kind = XlsxColumn::Kind::Date};
    const ColumnLayout count{.kind = XlsxColumn::Kind::Integer};
    return importTemplate(names, column.all(),
                          {{column.trainingDate.key, date}, // the exam's date too
                           {column.decidedOn.key, date},
                           {column.filedOn.key, date},
                           {column.attendees.key, count},
                           {column.sat.key, count},
                           {column.passed.key, count},
                           {column.hours.key, {.kind = XlsxColumn::Kind::Decimal}},
                           {column.unit.key, {.width = 24}},
                           {column.caseNumber.key, {.width = 24}},
                           {column.organiser.key, {.width = 24}},
                           {column.trainingTitle.key, {.width = 40}},
                           {column.subject.key, {.width = 40}}});
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
