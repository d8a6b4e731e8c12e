#include "caseexchange.h"

#include "cellvalue.h"
#include "domain/yesno.h"
#include "templatenotes.h"

namespace oversight {

namespace {
QString keyOf(UnitId unit, const QString &number)
{
    return QString::number(unit.value) + QLatin1Char('\t') + number;
}
} // namespace

CaseColumns::CaseColumns()
    : unit(add({QStringLiteral("unit"), QStringLiteral("单位名称"), true,
                CaseImporter::tr("The unit's name as in the units register."), true})),
      number(add({QStringLiteral("number"), QStringLiteral("案卷编号"), true,
                  CaseImporter::tr("The file's number, unique within the unit; 无 (and nothing else in the "
                                   "row) when the unit had no cases last year.")})),
      title(add(
          {QStringLiteral("title"), QStringLiteral("案件名称"), true, CaseImporter::tr("The case's name.")})),
      caseType(add({QStringLiteral("caseType"), QStringLiteral("案件类型"), false,
                    CaseImporter::tr("行政处罚, 行政许可, 行政检查, 行政强制…")})),
      party(add({QStringLiteral("party"), QStringLiteral("当事人"), false,
                 CaseImporter::tr("The party (a person's or an enterprise's name).")})),
      closedOn(add({QStringLiteral("closedOn"), QStringLiteral("办结日期"), false,
                    CaseImporter::tr("The day the case was closed: 2021-06-30.")})),
      selfChecked(add({QStringLiteral("selfChecked"), QStringLiteral("是否自查"), false,
                       CaseImporter::tr("是 when the unit examined the file itself, else 否.")})),
      selfCheckGrade(add({QStringLiteral("selfCheckGrade"), QStringLiteral("自查等次"), false,
                          CaseImporter::tr("The grade the unit's own check gave (优秀, 良好, …).")}))
{}

bool CaseImporter::isNoCasesWord(const QString &text)
{
    static const QStringList words{QStringLiteral("无"), QStringLiteral("无案件"), QStringLiteral("无案卷")};
    return words.contains(text.trimmed());
}

Result<void> CaseImporter::load()
{
    if (m_loaded)
        return {};
    if (auto r = m_units.load(); !r)
        return r;
    const Result<int> year = m_service.caseYear(m_campaign);
    if (!year)
        return year.error();
    m_caseYear = *year;
    const auto files = m_service.caseFiles(m_campaign);
    if (!files)
        return files.error();
    for (const CaseFile &f : *files) {
        m_existing.insert(keyOf(f.unit, f.number), f);
        ++m_existingCount[f.unit.value];
    }
    const auto none = m_service.noCaseUnits(m_campaign);
    if (!none)
        return none.error();
    for (UnitId u : *none)
        m_declaredNone.insert(u.value);
    m_loaded = true;
    return {};
}

Result<void> CaseImporter::begin()
{
    auto session = m_service.beginImport(m_campaign);
    if (!session)
        return session.error();
    m_session = std::move(session).value();
    return load(); // inside the session's transaction
}

void CaseImporter::addRow(ImportRow &row)
{
    if (!m_loaded && !m_loadError)
        if (auto r = load(); !r)
            m_loadError = r.error();

    const UnitId unit = m_units.read(row, m_column.unit, tr("%1: not filled in; write the unit's name."));
    const QString unitName = row.text(m_column.unit).simplified();

    const QString number = row.text(m_column.number).simplified();
    const bool otherCells = !row.text(m_column.title).isEmpty() || !row.text(m_column.caseType).isEmpty() ||
                            !row.text(m_column.party).isEmpty() || !row.text(m_column.closedOn).isEmpty() ||
                            !row.text(m_column.selfCheckGrade).isEmpty();
    if (isNoCasesWord(number) && otherCells) {
        // Either the unit had no cases or this is a file; a file is not numbered 无.
        row.fail(m_column.number,
                 tr("%1: \"%2\" declares that the unit had no cases, but the row also fills in "
                    "other columns; for a case file write its real number, or leave the row with "
                    "only the unit's name and %2.")
                     .arg(row.header(m_column.number), number));
        return;
    }
    if (isNoCasesWord(number)) {
        if (!unit.isValid())
            return;
        if (const int first = m_fileRowOfUnit.value(unit.value, 0); first > 0)
            row.fail(m_column.number,
                     tr("%1: \"%2\" declares no cases, but row %3 lists a case file of this unit.")
                         .arg(row.header(m_column.number), number)
                         .arg(first));
        else if (m_existingCount.value(unit.value, 0) > 0)
            row.fail(m_column.number,
                     tr("%1: \"%2\" declares no cases, but the catalogue of \"%3\" already holds %4 "
                        "file(s); delete them in the app first.")
                         .arg(row.header(m_column.number), number, unitName)
                         .arg(m_existingCount.value(unit.value)));
        else if (!m_noCasesRow.contains(unit.value)) {
            m_noCasesRow.insert(unit.value, row.number());
            if (m_declaredNone.contains(unit.value)) {
                ++m_counts.unchanged;
            } else {
                m_noCases.push_back(unit);
                ++m_counts.added;
            }
        } else {
            ++m_counts.unchanged;
        }
        return;
    }

    CaseFile f;
    f.campaign = m_campaign;
    f.unit = unit;
    f.number = number;
    if (number.isEmpty())
        row.fail(m_column.number,
                 tr("%1: not filled in; every case file needs its number (write 无 in a row of its "
                    "own when the unit had no cases).")
                     .arg(row.header(m_column.number)));
    f.title = row.text(m_column.title);
    if (f.title.isEmpty())
        row.fail(m_column.title, tr("%1: not filled in.").arg(row.header(m_column.title)));
    f.caseType = row.text(m_column.caseType);
    f.party = row.text(m_column.party);
    if (const auto d = CellReading::optionalDate(row, m_column.closedOn);
        d && m_caseYear > 0 && d->year() > m_caseYear)
        row.fail(m_column.closedOn, tr("%1: %2 is after %3; the catalogue lists the case files closed in %3 "
                                       "(a later file belongs to next year's catalogue).")
                                        .arg(row.header(m_column.closedOn), d->toString(Qt::ISODate))
                                        .arg(m_caseYear));
    else if (d)
        f.closedOn = *d;
    if (const auto b = CellReading::optionalYesNo(row, m_column.selfChecked))
        f.selfChecked = *b;
    f.selfCheckGrade = row.text(m_column.selfCheckGrade);
    if (!f.selfCheckGrade.isEmpty() && !f.selfChecked && !row.failed())
        row.fail(m_column.selfCheckGrade,
                 tr("%1: a grade is given but %2 does not say 是.")
                     .arg(row.header(m_column.selfCheckGrade), row.header(m_column.selfChecked)));

    const QString key = unit.isValid() && !number.isEmpty() ? keyOf(unit, number) : QString();
    if (!key.isEmpty()) {
        if (const int first = m_firstRow.value(key, 0); first > 0) {
            row.fail(m_column.number, tr("%1: \"%2\" of \"%3\" is already in row %4; list each file once.")
                                          .arg(row.header(m_column.number), number, unitName)
                                          .arg(first));
        } else {
            m_firstRow.insert(key, row.number());
            if (const int none = m_noCasesRow.value(unit.value, 0); none > 0)
                row.fail(m_column.number, tr("%1: row %2 declares that \"%3\" had no cases.")
                                              .arg(row.header(m_column.number))
                                              .arg(none)
                                              .arg(unitName));
            if (!m_fileRowOfUnit.contains(unit.value))
                m_fileRowOfUnit.insert(unit.value, row.number());
        }
    }
    if (row.failed())
        return;
    const auto before = m_existing.constFind(key);
    if (before == m_existing.cend()) {
        m_added.push_back(f);
        ++m_counts.added;
        return;
    }
    CaseFile merged = *before;
    merged.title = f.title;
    if (row.has(m_column.caseType))
        merged.caseType = f.caseType;
    if (row.has(m_column.party))
        merged.party = f.party;
    if (row.has(m_column.closedOn))
        merged.closedOn = f.closedOn;
    if (row.has(m_column.selfChecked))
        merged.selfChecked = f.selfChecked;
    if (row.has(m_column.selfCheckGrade))
        merged.selfCheckGrade = f.selfCheckGrade;
    if (merged == *before) {
        ++m_counts.unchanged;
    } else {
        m_changed.push_back(merged);
        ++m_counts.updated;
    }
}

Result<void> CaseImporter::compare(ImportReport &report)
{
    if (m_loadError)
        return *m_loadError;
    report.setCounts(m_counts);
    return {};
}

Result<void> CaseImporter::flush(ImportReport &)
{
    if (!m_session)
        return {};
    auto r = m_session->add(std::move(m_added), std::move(m_changed), std::move(m_noCases));
    m_added.clear();
    m_changed.clear();
    m_noCases.clear();
    return r;
}

Result<void> CaseImporter::write(ImportReport &report)
{
    if (!m_session) {
        auto session = m_service.beginImport(m_campaign);
        if (!session)
            return session.error();
        m_session = std::move(session).value();
    }
    if (auto r = flush(report); !r)
        return r;
    auto r = m_session->commit();
    m_session.reset();
    return r;
}

void CaseImporter::abandon()
{
    m_session.reset();
    m_added.clear();
    m_changed.clear();
    m_noCases.clear();
}

XlsxWorkbook caseTemplate()
{
    const CaseColumns column;
    XlsxWorkbook book = importTemplate(
        {CaseExchangeText::tr("Case catalogue: import template"), QStringLiteral("案卷目录"),
         QStringLiteral("行政执法案卷目录")},
        column.all(),
        {{column.selfChecked.key, {.kind = XlsxColumn::Kind::Choice, .choices = yesNoChoices()}},
         {column.selfCheckGrade.key,
          {.kind = XlsxColumn::Kind::Choice,
           .choices = {QStringLiteral("优秀"), QStringLiteral("良好"), QStringLiteral("合格"),
                       QStringLiteral("不合格")}}},
         {column.closedOn.key, {.kind = XlsxColumn::Kind::Date}},
         {column.unit.key, {.width = 30}},
         {column.title.key, {.width = 30}}});
    book.sheets.last().rows.append(
        QVariantList{CaseExchangeText::tr("Filling in"),
                     CaseExchangeText::tr(
                         "One row per case file closed last year, from row 2. A unit with no cases writes "
                         "one row: its name and 无 under 案卷编号.")});
    return book;
}

} // namespace oversight
