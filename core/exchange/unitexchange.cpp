#include "unitexchange.h"

#include "cellvalue.h"
#include "services/unitservice.h"
#include "templatenotes.h"

namespace oversight {

UnitColumns::UnitColumns()
    : name(add({QStringLiteral("name"), QStringLiteral("单位名称"), true,
                UnitExchangeText::tr("The unit's full name, as in the register; one row per unit."), true})),
      category(
          add({QStringLiteral("category"), QStringLiteral("单位类别"), false,
               UnitExchangeText::tr(
                   "部门 (a bureau of the government) or 苏木乡镇 (a township); needed for a new unit.")})),
      contactPerson(add({QStringLiteral("contactPerson"), QStringLiteral("联系人"), false,
                         UnitExchangeText::tr("The campaign contact's name."), true})),
      contactPhone(add({QStringLiteral("contactPhone"), QStringLiteral("联系电话"), false,
                        UnitExchangeText::tr("A landline such as 0475-1234567 or a mobile number."), true})),
      notes(add({QStringLiteral("notes"), QStringLiteral("备注"), false,
                 UnitExchangeText::tr("Anything else worth keeping; optional.")})),
      // Added after the first four so a file written for the earlier headers still imports.
      officialName(
          add({QStringLiteral("officialName"), QStringLiteral("单位全称"), false,
               UnitExchangeText::tr("The body's full official name that documents address (主送), such "
                                    "as 东明镇人民政府; empty: the register name.")})),
      contactReceivedOn(
          add({QStringLiteral("contactReceivedOn"), QStringLiteral("联系人报送日期"), false,
               UnitExchangeText::tr("The day the contact reached the bureau (YYYY-MM-DD); empty: the "
                                    "day of the import for a contact named for the first time.")}))
{}

Result<void> UnitImporter::loadRegister()
{
    if (m_loaded)
        return {};
    const auto existing = m_units.units(m_campaign);
    if (!existing)
        return existing.error();
    for (const Unit &u : *existing) {
        m_register.insert(matchKey(u.name), u);
        m_lookalikes.add(u.name);
    }
    m_loaded = true;
    return {};
}

Result<void> UnitImporter::begin()
{
    auto session = m_units.beginImport(m_campaign);
    if (!session)
        return session.error();
    m_session = std::move(session).value();
    return loadRegister(); // inside the session's transaction: what is compared is what is written over
}

void UnitImporter::addRow(ImportRow &row)
{
    if (!m_loaded && !m_loadError) {
        if (auto r = loadRegister(); !r)
            m_loadError = r.error();
    }
    Row r;
    r.number = row.number();
    r.nameColumn = row.columnOf(m_column.name);
    r.categoryColumn = row.columnOf(m_column.category);
    r.unit.campaign = m_campaign;
    r.unit.name = row.text(m_column.name).simplified();
    const QString key = matchKey(r.unit.name);
    if (r.unit.name.isEmpty()) {
        row.fail(m_column.name,
                 tr("%1: the unit's name is empty; every row needs one.").arg(row.header(m_column.name)));
    } else if (const int first = m_firstRowOfName.value(key, 0); first > 0) {
        row.fail(m_column.name, tr("%1: \"%2\" is already in row %3; list each unit once.")
                                    .arg(row.header(m_column.name), r.unit.name)
                                    .arg(first));
    } else {
        m_firstRowOfName.insert(key, r.number);
    }

    r.hasCategory = row.has(m_column.category) && !row.text(m_column.category).isEmpty();
    if (r.hasCategory) {
        const auto category = categoryFromText(row.text(m_column.category));
        if (!category)
            row.fail(m_column.category, tr("%1: \"%2\" is not a category; write 部门 or 苏木乡镇.")
                                            .arg(row.header(m_column.category), row.text(m_column.category)));
        else
            r.unit.category = *category;
    }
    r.hasPerson = row.has(m_column.contactPerson);
    r.unit.contactPerson = row.text(m_column.contactPerson);
    r.hasPhone = row.has(m_column.contactPhone);
    r.unit.contactPhone = row.text(m_column.contactPhone);
    r.hasNotes = row.has(m_column.notes);
    r.unit.notes = row.text(m_column.notes);
    r.hasOfficialName = row.has(m_column.officialName);
    r.unit.officialName = row.text(m_column.officialName);
    r.hasContactReceived =
        row.has(m_column.contactReceivedOn) && !row.cell(m_column.contactReceivedOn).isEmpty();
    if (r.hasContactReceived)
        r.unit.contactReceivedOn =
            CellReading::optionalDate(row, m_column.contactReceivedOn).value_or(QDate());

    // The register's own rules, each reported at its column.
    for (const FieldError &problem : validateUnit(r.unit)) {
        if (problem.field == m_column.name.key && r.unit.name.isEmpty())
            continue; // already said above
        row.fail(problem.field, problem.message);
    }
    if (!row.failed())
        classify(r, row);
}

void UnitImporter::classify(const Row &r, ImportRow &view)
{
    const auto before = m_register.constFind(matchKey(r.unit.name));
    if (before == m_register.cend()) {
        if (!r.hasCategory) {
            view.fail(
                r.categoryColumn >= 0 ? m_column.category : m_column.name,
                tr("\"%1\" is a new unit; its 单位类别 (部门 or 苏木乡镇) is needed.").arg(r.unit.name));
            return;
        }
        if (const QStringList alike =
                m_lookalikes.full() ? QStringList() : m_lookalikes.lookalikesOf(r.unit.name);
            !alike.isEmpty())
            view.warn(m_column.name,
                      tr("\"%1\" is added as a new unit, but looks like %2; if it is the same unit, "
                         "correct the name and import again.")
                          .arg(r.unit.name, QStringLiteral("\"") + alike.join(QStringLiteral("\", \"")) +
                                                QStringLiteral("\"")));
        m_lookalikes.add(r.unit.name);
        m_added.push_back(UnitService::normalized(r.unit));
        ++m_counts.added;
        return;
    }
    Unit merged = *before;
    const auto take = [&]<typename T>(bool fileHasIt, T Unit::*field) {
        if (fileHasIt)
            merged.*field = r.unit.*field;
    };
    take(r.hasCategory, &Unit::category);
    take(r.hasPerson, &Unit::contactPerson);
    take(r.hasPhone, &Unit::contactPhone);
    take(r.hasNotes, &Unit::notes);
    take(r.hasOfficialName, &Unit::officialName);
    take(r.hasContactReceived, &Unit::contactReceivedOn);
    merged = UnitService::normalized(merged);
    if (merged == *before) {
        ++m_counts.unchanged;
    } else {
        m_changed.push_back(merged);
        ++m_counts.updated;
    }
}

Result<void> UnitImporter::compare(ImportReport &report)
{
    if (m_loadError)
        return *m_loadError;
    report.setCounts(m_counts);
    return {};
}

Result<void> UnitImporter::flush(ImportReport &)
{
    if (!m_session)
        return {};
    auto r = m_session->add(std::move(m_added), std::move(m_changed));
    m_added.clear();
    m_changed.clear();
    return r;
}

Result<void> UnitImporter::write(ImportReport &report)
{
    if (!m_session) // not streamed: everything at once
        return m_units.importUnits(m_campaign, std::move(m_added), std::move(m_changed));
    if (auto r = flush(report); !r)
        return r;
    auto r = m_session->commit();
    m_session.reset();
    return r;
}

void UnitImporter::abandon()
{
    m_session.reset(); // rolls the transaction back
    m_added.clear();
    m_changed.clear();
}

namespace {
QHash<QString, ColumnLayout> unitLayout(const UnitColumns &column)
{
    return {{column.category.key,
             {.kind = XlsxColumn::Kind::Choice,
              .choices = {categoryWord(Unit::Category::Department), categoryWord(Unit::Category::Township)}}},
            {column.contactReceivedOn.key, {.kind = XlsxColumn::Kind::Date}},
            {column.name.key, {.width = 30}},
            {column.notes.key, {.width = 30}},
            {column.officialName.key, {.width = 30}}};
}
} // namespace

QList<XlsxColumn> unitXlsxColumns()
{
    const UnitColumns column;
    return templateColumns(column.all(), unitLayout(column));
}

XlsxWorkbook unitTemplate()
{
    const UnitColumns column;
    XlsxWorkbook book = importTemplate({UnitExchangeText::tr("Enforcement units: import template"),
                                        QStringLiteral("行政执法单位"), QStringLiteral("行政执法单位名单")},
                                       column.all(), unitLayout(column));
    book.sheets.last().rows.append(QVariantList{
        UnitExchangeText::tr("Filling in"),
        UnitExchangeText::tr("Keep the header row as it is; one row per unit from row 2. A unit whose "
                             "name is already in the register is updated, not added twice.")});
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
        sheet.rows.append(QVariantList{
            u.name, categoryWord(u.category), u.contactPerson, u.contactPhone, u.notes, u.officialName,
            u.contactReceivedOn.isValid() ? QVariant(u.contactReceivedOn) : QVariant()});
    sheet.inputRows = 100;
    book.sheets.append(sheet);
    return book;
}

} // namespace oversight
