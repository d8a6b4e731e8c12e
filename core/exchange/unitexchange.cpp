#include "unitexchange.h"

#include "services/unitservice.h"

namespace oversight {

namespace {
const QString nameKey = QStringLiteral("name");
const QString categoryKeyName = QStringLiteral("category");
const QString personKey = QStringLiteral("contactPerson");
const QString phoneKey = QStringLiteral("contactPhone");
const QString notesKey = QStringLiteral("notes");
} // namespace

QList<ColumnSpec> UnitImporter::columnSpecs()
{
    return {
        {nameKey, QStringLiteral("单位名称"), true,
         UnitExchangeText::tr("The unit's full name, as in the register; one row per unit.")},
        {categoryKeyName, QStringLiteral("单位类别"), false,
         UnitExchangeText::tr(
             "部门 (a bureau of the government) or 苏木乡镇 (a township); needed for a new unit.")},
        {personKey, QStringLiteral("联系人"), false, UnitExchangeText::tr("The campaign contact's name.")},
        {phoneKey, QStringLiteral("联系电话"), false,
         UnitExchangeText::tr("A landline such as 0475-1234567 or a mobile number.")},
        {notesKey, QStringLiteral("备注"), false,
         UnitExchangeText::tr("Anything else worth keeping; optional.")},
    };
}

void UnitImporter::addRow(ImportRow &row)
{
    Row r;
    r.number = row.number();
    r.nameColumn = row.columnOf(nameKey);
    r.categoryColumn = row.columnOf(categoryKeyName);
    r.unit.campaign = m_campaign;
    r.unit.name = row.text(nameKey).simplified();
    if (r.unit.name.isEmpty()) {
        row.fail(nameKey, tr("%1: the unit's name is empty; every row needs one.").arg(row.header(nameKey)));
    } else if (const int first = m_firstRowOfName.value(r.unit.name, 0); first > 0) {
        row.fail(nameKey, tr("%1: \"%2\" is already in row %3; list each unit once.")
                              .arg(row.header(nameKey), r.unit.name)
                              .arg(first));
    } else {
        m_firstRowOfName.insert(r.unit.name, r.number);
    }

    r.hasCategory = row.has(categoryKeyName) && !row.text(categoryKeyName).isEmpty();
    if (r.hasCategory) {
        const auto category = categoryFromText(row.text(categoryKeyName));
        if (!category)
            row.fail(categoryKeyName, tr("%1: \"%2\" is not a category; write 部门 or 苏木乡镇.")
                                          .arg(row.header(categoryKeyName), row.text(categoryKeyName)));
        else
            r.unit.category = *category;
    }
    r.hasPerson = row.has(personKey);
    r.unit.contactPerson = row.text(personKey);
    r.hasPhone = row.has(phoneKey);
    r.unit.contactPhone = row.text(phoneKey);
    r.hasNotes = row.has(notesKey);
    r.unit.notes = row.text(notesKey);

    // The register's own rules, each reported at its column.
    for (const FieldError &problem : validateUnit(r.unit)) {
        if (problem.field == nameKey && r.unit.name.isEmpty())
            continue; // already said above
        row.fail(problem.field, problem.message);
    }
    if (!row.failed())
        m_rows.push_back(std::move(r));
}

Result<void> UnitImporter::compare(ImportReport &report)
{
    const auto existing = m_units.units(m_campaign);
    if (!existing)
        return existing.error();
    QHash<QString, const Unit *> byName;
    for (const Unit &u : *existing)
        byName.insert(u.name, &u);

    m_added.clear();
    m_changed.clear();
    report.added = report.updated = report.unchanged = 0;
    for (const Row &r : m_rows) {
        const Unit *before = byName.value(r.unit.name);
        if (!before) {
            if (!r.hasCategory) {
                report.addIssue(
                    r.number, r.categoryColumn >= 0 ? r.categoryColumn : r.nameColumn,
                    tr("\"%1\" is a new unit; its 单位类别 (部门 or 苏木乡镇) is needed.").arg(r.unit.name));
                continue;
            }
            m_added.push_back(UnitService::normalized(r.unit));
            ++report.added;
            continue;
        }
        Unit merged = *before;
        if (r.hasCategory)
            merged.category = r.unit.category;
        if (r.hasPerson)
            merged.contactPerson = r.unit.contactPerson;
        if (r.hasPhone)
            merged.contactPhone = r.unit.contactPhone;
        if (r.hasNotes)
            merged.notes = r.unit.notes;
        merged = UnitService::normalized(merged);
        if (merged == *before) {
            ++report.unchanged;
        } else {
            m_changed.push_back(merged);
            ++report.updated;
        }
    }
    return {};
}

Result<void> UnitImporter::write(ImportReport &)
{
    return m_units.importUnits(m_campaign, m_added, m_changed);
}

QList<XlsxColumn> unitXlsxColumns()
{
    QList<XlsxColumn> columns;
    for (const ColumnSpec &spec : UnitImporter::columnSpecs()) {
        XlsxColumn c;
        c.header = spec.header;
        c.required = spec.required;
        c.note = spec.hint;
        if (spec.key == categoryKeyName) {
            c.kind = XlsxColumn::Kind::Choice;
            c.choices = {categoryWord(Unit::Category::Department), categoryWord(Unit::Category::Township)};
        }
        if (spec.key == nameKey)
            c.width = 30;
        if (spec.key == notesKey)
            c.width = 30;
        columns.append(c);
    }
    return columns;
}

XlsxWorkbook unitTemplate()
{
    XlsxWorkbook book;
    book.title = UnitExchangeText::tr("Enforcement units: import template");
    XlsxSheet sheet;
    sheet.name = QStringLiteral("行政执法单位");
    sheet.columns = unitXlsxColumns();
    sheet.inputRows = 500;
    sheet.printHeader = QStringLiteral("行政执法单位名单");
    book.sheets.append(sheet);

    XlsxSheet notes;
    notes.name = QStringLiteral("填写说明");
    notes.notes = true;
    notes.columns = {XlsxColumn{QString(), XlsxColumn::Kind::Text, {}, false, {}, 14},
                     XlsxColumn{QString(), XlsxColumn::Kind::Text, {}, false, {}, 70}};
    notes.rows.append(QVariantList{UnitExchangeText::tr("How to fill in this template"), QString()});
    for (const ColumnSpec &spec : UnitImporter::columnSpecs())
        notes.rows.append(QVariantList{
            QString(spec.header + (spec.required ? UnitExchangeText::tr(" (required)") : QString())),
            spec.hint});
    notes.rows.append(QVariantList{
        UnitExchangeText::tr("Filling in"),
        UnitExchangeText::tr("Keep the header row as it is; one row per unit from row 2. A unit whose "
                             "name is already in the register is updated, not added twice.")});
    book.sheets.append(notes);
    return book;
}

XlsxWorkbook unitExport(const std::vector<Unit> &units, const QString &campaignTitle)
{
    XlsxWorkbook book;
    book.title = UnitExchangeText::tr("Enforcement units");
    book.subject = campaignTitle;
    XlsxSheet sheet;
    sheet.name = QStringLiteral("行政执法单位");
    sheet.columns = unitXlsxColumns();
    sheet.printHeader = campaignTitle.isEmpty() ? QStringLiteral("行政执法单位名单")
                                                : campaignTitle + QStringLiteral(" 行政执法单位名单");
    for (const Unit &u : units)
        sheet.rows.append(
            QVariantList{u.name, categoryWord(u.category), u.contactPerson, u.contactPhone, u.notes});
    sheet.inputRows = 100;
    book.sheets.append(sheet);
    return book;
}

} // namespace oversight
