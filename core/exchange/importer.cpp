#include "importer.h"

#include <QRegularExpression>

namespace oversight {

namespace {
/// How many rows from the top may sit above the header row (titles, notes).
constexpr int headerSearchRows = 10;
const Cell emptyCell;
} // namespace

QString ImportReport::issueText(const ImportIssue &issue) const
{
    if (issue.row <= 0)
        return file + QStringLiteral(": ") + issue.message;
    if (issue.column < 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(issue.row).arg(issue.message);
    return QStringLiteral("%1:%2:%3: %4")
        .arg(file)
        .arg(issue.row)
        .arg(columnLetters(issue.column), issue.message);
}

void ImportReport::addIssue(int row, int column, QString message)
{
    if (issues.size() >= maxIssues) {
        ++issuesLeftOut;
        return;
    }
    issues.append({row, column, std::move(message)});
}

const Cell &ImportRow::cell(const QString &key) const
{
    const int column = m_columns.value(key, -1);
    if (column < 0 || column >= m_row.cells.size())
        return emptyCell;
    return m_row.cells.at(column);
}

void ImportRow::fail(const QString &key, const QString &message)
{
    m_failed = true;
    m_report.addIssue(m_row.number, m_columns.value(key, -1), message);
}

QString normalizedHeader(const QString &header)
{
    static const QRegularExpression space(QStringLiteral(R"([\s\x{3000}]+)"));
    static const QRegularExpression required(QStringLiteral(R"((\*|＊|[(（]必填[)）])$)"));
    QString h = header;
    h.remove(space);
    h.remove(required);
    return h;
}

Result<ImportReport> runImport(TableSource &source, RecordImporter &importer, const ImportOptions &options)
{
    ImportReport report;
    report.file = source.displayName();
    report.dryRun = options.dryRun;

    const QList<ColumnSpec> specs = importer.columns();
    QHash<QString, QString> keyByHeader; // normalized header → key
    for (const ColumnSpec &spec : specs)
        keyByHeader.insert(normalizedHeader(spec.header), spec.key);

    QHash<QString, int> columns;     // key → column index
    QHash<QString, QString> headers; // key → header as written
    QList<int> previewColumns;
    bool headerFound = false;
    int rowsSeen = 0;
    // The best candidate for the header row so far, for the message when none qualifies.
    int bestRow = 0, bestMatches = -1;
    QStringList bestMissing;
    int polls = 0;

    const auto mapHeader = [&](const SheetRow &row) {
        QStringList missing;
        int matches = 0;
        QHash<QString, int> found;
        for (int c = 0; c < row.cells.size(); ++c) {
            const QString key = keyByHeader.value(normalizedHeader(row.cells.at(c).text));
            if (!key.isEmpty() && !found.contains(key)) {
                found.insert(key, c);
                ++matches;
            }
        }
        for (const ColumnSpec &spec : specs)
            if (spec.required && !found.contains(spec.key))
                missing.append(spec.header);
        if (matches > bestMatches) {
            bestMatches = matches;
            bestRow = row.number;
            bestMissing = missing;
        }
        if (!missing.isEmpty() || matches == 0)
            return false;

        // This is the header row: every other non-empty cell in it must be a known header, once.
        headerFound = true;
        report.headerRow = row.number;
        for (int c = 0; c < row.cells.size(); ++c) {
            const QString written = row.cells.at(c).text.trimmed();
            if (written.isEmpty())
                continue;
            const QString key = keyByHeader.value(normalizedHeader(written));
            if (key.isEmpty()) {
                QStringList known;
                for (const ColumnSpec &spec : specs)
                    known.append(spec.header);
                report.addIssue(
                    row.number, c,
                    ImportText::tr("unknown column \"%1\"; the columns this import reads are: %2. "
                                   "Rename or delete the column.")
                        .arg(written, known.join(ImportText::tr(", "))));
            } else if (columns.contains(key)) {
                report.addIssue(
                    row.number, c,
                    ImportText::tr("the column \"%1\" appears twice (also in column %2); keep one.")
                        .arg(written, columnLetters(columns.value(key))));
            } else {
                columns.insert(key, c);
                headers.insert(key, written);
            }
        }
        for (const ColumnSpec &spec : specs) {
            if (columns.contains(spec.key)) {
                report.previewHeaders.append(headers.value(spec.key));
                previewColumns.append(columns.value(spec.key));
            }
        }
        return true;
    };

    const auto onRow = [&](const SheetRow &row) -> bool {
        if (options.cancelled && (++polls % 512) == 0 && options.cancelled()) {
            report.cancelled = true;
            return false;
        }
        if (row.isBlank())
            return true;
        if (!headerFound) {
            ++rowsSeen;
            mapHeader(row);
            return headerFound || rowsSeen < headerSearchRows;
        }
        ++report.dataRows;
        if (report.previewRows.size() < options.previewRows) {
            QStringList texts;
            for (const int c : previewColumns)
                texts.append(c < row.cells.size() ? row.cells.at(c).text : QString());
            report.previewRows.append(texts);
            report.previewRowNumbers.append(row.number);
        }
        ImportRow view(row, columns, headers, report);
        importer.addRow(view);
        return true;
    };

    const auto read = source.read(onRow, options.progress);
    if (!read) {
        report.addIssue(0, -1, read.error().message);
        return report;
    }
    if (report.cancelled)
        return report;
    if (!headerFound) {
        QStringList all;
        for (const ColumnSpec &spec : specs)
            if (spec.required)
                all.append(spec.header);
        if (bestMatches <= 0)
            report.addIssue(
                0, -1,
                ImportText::tr("no header row found in the first %1 rows; the header row must name the "
                               "columns %2.")
                    .arg(headerSearchRows)
                    .arg(all.join(ImportText::tr(", "))));
        else
            report.addIssue(bestRow, -1,
                            ImportText::tr("the header row lacks the required columns %1.")
                                .arg(bestMissing.join(ImportText::tr(", "))));
        return report;
    }
    if (report.dataRows == 0 && report.issues.isEmpty()) {
        report.addIssue(0, -1,
                        ImportText::tr("the file has a header row but no data rows; nothing to import."));
        return report;
    }
    if (auto r = importer.compare(report); !r)
        return r.error();
    if (!report.clean() || options.dryRun)
        return report;
    if (options.cancelled && options.cancelled()) {
        report.cancelled = true;
        return report;
    }
    if (auto r = importer.write(report); !r)
        return r.error();
    report.written = true;
    return report;
}

} // namespace oversight
