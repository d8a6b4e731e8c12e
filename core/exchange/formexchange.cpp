#include "formexchange.h"

#include "cellvalue.h"
#include "domain/yesno.h"

#include <QFileInfo>

namespace oversight {

namespace {

// The 填报信息 sheet's first rows: who filled the form in, and when.
const QString filledByLabel = QStringLiteral("填报人");
const QString phoneLabel = QStringLiteral("联系电话");
const QString filledOnLabel = QStringLiteral("填报日期");

/// The 填报信息 sheet's columns: one row per field, 项目 | 填报值 | 说明.
struct InfoColumns : ColumnSet
{
    const ColumnSpec label = add({QStringLiteral("label"), QStringLiteral("项目"), true, {}});
    const ColumnSpec value = add({QStringLiteral("value"), QStringLiteral("填报值"), true, {}});
    const ColumnSpec note = add({QStringLiteral("note"), QStringLiteral("说明"), false, {}});
};
const InfoColumns infoColumns;
/// A checklist sheet's first column: its items, as the template lists them.
const ColumnSpec itemColumn{QStringLiteral("_item"), QStringLiteral("事项"), true, {}};

XlsxColumn xlsxColumn(const FieldSpec &f)
{
    XlsxColumn c;
    c.header = f.label;
    c.required = f.required;
    c.note = f.hint.isEmpty() ? fieldTypeLabel(f.type) : f.hint;
    switch (f.type) {
    case FieldSpec::Type::Integer:
        c.kind = XlsxColumn::Kind::Integer;
        break;
    case FieldSpec::Type::Decimal:
        c.kind = XlsxColumn::Kind::Decimal;
        break;
    case FieldSpec::Type::Date:
        c.kind = XlsxColumn::Kind::Date;
        break;
    case FieldSpec::Type::YesNo:
        c.kind = XlsxColumn::Kind::Choice;
        c.choices = yesNoChoices();
        break;
    case FieldSpec::Type::Choice:
        c.kind = XlsxColumn::Kind::Choice;
        c.choices = f.choices;
        break;
    case FieldSpec::Type::MultiChoice:
        c.note = FormExchangeText::tr("One or more of: %1 (separated by 、)")
                     .arg(f.choices.join(QStringLiteral("、")));
        break;
    case FieldSpec::Type::Text:
        break;
    }
    return c;
}

/// The rows of a checklist or register sheet.
class RowsImporter final : public RecordImporter
{
public:
    explicit RowsImporter(const FormSpec &spec) : m_spec(spec)
    {
        if (spec.fixedRows())
            m_data.rows.resize(size_t(spec.items.size()));
    }
    QList<ColumnSpec> columns() const override
    {
        QList<ColumnSpec> out;
        if (m_spec.fixedRows())
            out.append(itemColumn);
        for (const FieldSpec &f : m_spec.columns)
            if (!f.isDerived())
                out.append({f.key, f.label, false, {}});
        return out;
    }
    void addRow(ImportRow &row) override
    {
        FormData::Row values;
        qsizetype item = -1;
        if (m_spec.fixedRows()) {
            const QString label = row.text(itemColumn);
            for (qsizetype i = 0; i < m_spec.items.size(); ++i)
                if (m_spec.items.at(i).label == label)
                    item = i;
            if (item < 0) {
                row.fail(itemColumn,
                         FormExchangeText::tr("\"%1\" is not an item of %2; keep the items as the template "
                                              "lists them")
                             .arg(label, m_spec.id));
                return;
            }
        }
        for (const FieldSpec &f : m_spec.columns) {
            if (f.isDerived() || !row.has(f.key))
                continue;
            const Cell &cell = row.cell(f.key);
            QString text = cell.text.trimmed();
            if (f.type == FieldSpec::Type::Date && !cell.isEmpty())
                if (auto d = dateFromCell(cell))
                    text = d->toString(Qt::ISODate);
            QString why;
            const auto value = readFieldValue(f, text, &why);
            if (!value)
                row.fail(f.key, why);
            else if (!value->isEmpty())
                values.insert(f.key, *value);
        }
        if (item >= 0)
            m_data.rows[size_t(item)] = values;
        else
            m_data.rows.push_back(values);
    }
    Result<void> compare(ImportReport &) override { return {}; }
    Result<void> write(ImportReport &) override { return {}; }
    FormData m_data;

private:
    const FormSpec &m_spec;
};

/// The 填报信息 sheet: one row per field, 项目 | 填报值.
class InfoImporter final : public RecordImporter
{
public:
    explicit InfoImporter(const FormSpec &spec, FormFile &out) : m_spec(spec), m_out(out) {}
    QList<ColumnSpec> columns() const override { return infoColumns.all(); }
    void addRow(ImportRow &row) override
    {
        const QString label = row.text(infoColumns.label);
        const Cell &cell = row.cell(infoColumns.value);
        QString text = cell.text.trimmed();
        if (label == filledByLabel) {
            m_out.filledBy = text;
            return;
        }
        if (label == phoneLabel) {
            m_out.phone = text;
            return;
        }
        if (label == filledOnLabel) {
            if (cell.isEmpty())
                return;
            if (auto d = dateFromCell(cell))
                m_out.filledOn = *d;
            else
                row.fail(infoColumns.value, FormExchangeText::tr("\"%1\" is not a date").arg(text));
            return;
        }
        const FieldSpec *field = nullptr;
        for (const FieldSpec &f : m_spec.fields)
            if (f.label == label)
                field = &f;
        if (!field) {
            row.fail(infoColumns.label,
                     FormExchangeText::tr("\"%1\" is not a field of %2; keep the 项目 column as the template "
                                          "lists it")
                         .arg(label, m_spec.id));
            return;
        }
        if (field->isDerived())
            return; // computed by the program; whatever the file says is not taken
        if (field->type == FieldSpec::Type::Date && !cell.isEmpty())
            if (auto d = dateFromCell(cell))
                text = d->toString(Qt::ISODate);
        QString why;
        const auto value = readFieldValue(*field, text, &why);
        if (!value)
            row.fail(infoColumns.value, FormExchangeText::tr("%1: %2").arg(field->label, why));
        else if (!value->isEmpty())
            m_out.data.values.insert(field->key, *value);
    }
    Result<void> compare(ImportReport &) override { return {}; }
    Result<void> write(ImportReport &) override { return {}; }

private:
    const FormSpec &m_spec;
    FormFile &m_out;
};

Result<void> readSheet(const QString &path, const QString &sheet, RecordImporter &importer, FormFile &out)
{
    auto table = openTable(path, sheet);
    if (!table) {
        out.issues.append(table.error().message);
        return {};
    }
    ImportOptions options;
    options.dryRun = true;
    options.previewRows = 0;
    const Result<ImportReport> report = runImport(**table, importer, options);
    if (!report)
        return report.error();
    // FILE[SHEET]:ROW:COLUMN, so the unit finds the cell in a workbook of two sheets.
    ImportReport named = *report;
    named.file = report->file + QLatin1Char('[') + sheet + QLatin1Char(']');
    for (const ImportIssue &issue : report->issues)
        out.issues.append(named.issueText(issue));
    return {};
}

} // namespace

QString formInfoSheetName()
{
    return QStringLiteral("填报信息");
}

QString formRowsSheetName(const FormSpec &spec)
{
    if (!spec.rowsTitle.isEmpty())
        return spec.rowsTitle;
    return spec.fixedRows() ? QStringLiteral("自查事项") : QStringLiteral("填报表");
}

XlsxWorkbook formTemplate(const FormSpec &spec, const QString &campaignTitle)
{
    XlsxWorkbook book;
    book.title = spec.id + spec.title;
    book.subject = campaignTitle;
    const QString heading = spec.id + QLatin1Char(' ') + spec.title;

    XlsxSheet info;
    info.name = formInfoSheetName();
    info.printHeader = heading;
    info.columns = {
        XlsxColumn{infoColumns.label.header, XlsxColumn::Kind::Text, {}, true, {}, 30},
        XlsxColumn{infoColumns.value.header,
                   XlsxColumn::Kind::Text,
                   {},
                   true,
                   FormExchangeText::tr("Write each value beside its item; keep the 项目 column."),
                   40},
        XlsxColumn{infoColumns.note.header, XlsxColumn::Kind::Text, {}, false, {}, 40}};
    info.rows.append(QVariantList{filledByLabel, QVariant(), QString()});
    info.rows.append(QVariantList{phoneLabel, QVariant(), QString()});
    info.rows.append(QVariantList{filledOnLabel, QVariant(), FormExchangeText::tr("date (YYYY-MM-DD)")});
    for (const FieldSpec &f : spec.fields) {
        if (f.isDerived())
            continue;
        QString note = f.hint.isEmpty() ? fieldTypeLabel(f.type) : f.hint;
        if (!f.choices.isEmpty())
            note += QStringLiteral(": ") + f.choices.join(QStringLiteral("、"));
        if (f.required)
            note += FormExchangeText::tr(" (required)");
        info.rows.append(QVariantList{f.label, QVariant(), note});
    }
    book.sheets.append(info);

    if (spec.hasRows()) {
        XlsxSheet rows;
        rows.name = formRowsSheetName(spec);
        rows.printHeader = heading;
        rows.landscape = spec.wide() || spec.fixedRows();
        if (spec.fixedRows()) {
            rows.columns.append(XlsxColumn{itemColumn.header, XlsxColumn::Kind::Text, {}, true, {}, 36});
            for (const ItemSpec &item : spec.items)
                rows.rows.append(QVariantList{item.label});
        } else {
            rows.inputRows = 300;
        }
        for (const FieldSpec &f : spec.columns)
            if (!f.isDerived())
                rows.columns.append(xlsxColumn(f));
        if (spec.fixedRows())
            for (QVariantList &r : rows.rows)
                while (r.size() < rows.columns.size())
                    r.append(QVariant());
        book.sheets.append(rows);
    }
    return book;
}

namespace {

/// A stored value as a cell: numbers as numbers and dates as dates in a typed column, so the file reads like
/// one a unit filled in; anything else (and a value that does not read) as its text.
QVariant cellOf(const FieldSpec &f, const QString &text, bool typedColumn)
{
    if (text.isEmpty())
        return {};
    if (typedColumn) {
        if (f.type == FieldSpec::Type::Integer) {
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            if (ok)
                return n;
        } else if (f.type == FieldSpec::Type::Date) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid())
                return d;
        }
    }
    return text;
}

} // namespace

XlsxWorkbook formWorkbook(const FormSpec &spec, const QString &campaignTitle, const FormFile &filled)
{
    XlsxWorkbook book = formTemplate(spec, campaignTitle);
    const FormData data = filled.data.normalized(spec);
    XlsxSheet &info = book.sheets[0];
    for (QVariantList &row : info.rows) {
        const QString label = row.value(0).toString();
        if (label == filledByLabel)
            row[1] = filled.filledBy.isEmpty() ? QVariant() : QVariant(filled.filledBy);
        else if (label == phoneLabel)
            row[1] = filled.phone.isEmpty() ? QVariant() : QVariant(filled.phone);
        else if (label == filledOnLabel)
            row[1] = filled.filledOn.isValid() ? QVariant(filled.filledOn.toString(Qt::ISODate)) : QVariant();
        else
            for (const FieldSpec &f : spec.fields)
                if (f.label == label)
                    row[1] = cellOf(f, data.values.value(f.key), false);
    }
    if (!spec.hasRows())
        return book;
    XlsxSheet &rows = book.sheets[1];
    QList<const FieldSpec *> columns;
    for (const FieldSpec &f : spec.columns)
        if (!f.isDerived())
            columns.append(&f);
    const int first = spec.fixedRows() ? 1 : 0; // a checklist's first column is its item
    QList<QVariantList> out;
    for (size_t i = 0; i < data.rows.size(); ++i) {
        QVariantList r = spec.fixedRows() ? rows.rows.value(qsizetype(i)) : QVariantList();
        while (r.size() < first + columns.size())
            r.append(QVariant());
        for (qsizetype c = 0; c < columns.size(); ++c)
            r[first + c] = cellOf(*columns.at(c), data.rows.at(i).value(columns.at(c)->key), true);
        out.append(r);
    }
    for (qsizetype i = out.size(); spec.fixedRows() && i < rows.rows.size(); ++i)
        out.append(rows.rows.at(i));
    rows.rows = out; // a register keeps the template's empty input rows below its own, to add more

    return book;
}

Result<FormFile> readFormFile(const QString &path, const FormSpec &spec)
{
    FormFile out;
    if (!QFileInfo::exists(path))
        return makeError(Error::Code::Io, FormExchangeText::tr("%1: there is no such file").arg(path));
    InfoImporter info(spec, out);
    if (auto r = readSheet(path, formInfoSheetName(), info, out); !r)
        return r.error();
    if (spec.hasRows()) {
        RowsImporter rows(spec);
        if (auto r = readSheet(path, formRowsSheetName(spec), rows, out); !r)
            return r.error();
        out.data.rows = rows.m_data.rows;
    }
    if (!out.issues.isEmpty())
        out.data = {};
    else
        out.data = out.data.normalized(spec);
    return out;
}

} // namespace oversight
