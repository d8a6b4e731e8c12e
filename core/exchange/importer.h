#pragma once

#include "table.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

namespace oversight {

/// One column an import understands: its key (used in code), its header as DESIGN.md fixes it, and whether a
/// file must have it.
struct ColumnSpec
{
    QString key;
    QString header;
    bool required = false;
    QString hint; ///< what to write in it, for the template's instructions (translated)
    /// A name or a number: a tab or a line break in it is refused like any other control character (a
    /// multi-line text may hold them).
    bool singleLine = false;
};

/// The columns of one import, each said once: an importer's columns are members of a ColumnSet, each built
/// with add() in the constructor (in the order of declaration, which -Wreorder keeps, and which is the
/// template's order). The reading code names the member, all() gives the list runImport() and the
/// template take.
class ColumnSet
{
public:
    [[nodiscard]] const QList<ColumnSpec> &all() const { return m_all; }

protected:
    ColumnSpec add(ColumnSpec spec)
    {
        m_all.append(spec);
        return spec;
    }

private:
    QList<ColumnSpec> m_all;
};

/// A problem with the input, located as the spreadsheet shows it. row 0 is the whole file; column -1 the
/// whole row.
struct ImportIssue
{
    int row = 0;
    int column = -1;
    QString message;
};

/// What an import adds to the records, updates in them and leaves as they are.
struct ImportCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
};

/// What an import found and did. Every input problem is in `issues` (all of them, up to a cap), each
/// printed as FILE:ROW:COLUMN: message.
struct ImportReport
{
    static constexpr int maxIssues = 10000;

    QString file;
    int headerRow = 0;
    int dataRows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    bool dryRun = false;
    bool written = false;
    bool cancelled = false;
    QList<ImportIssue> issues;
    int issuesLeftOut = 0; ///< issues beyond maxIssues, counted but not kept
    /// What was taken but deserves a look (a new unit whose name looks like a registered one); the import's
    /// summary lists them. They never stop an import.
    QList<ImportIssue> warnings;
    QStringList previewHeaders;
    QList<int> previewRowNumbers;
    QList<QStringList> previewRows;

    [[nodiscard]] bool clean() const { return issues.isEmpty() && issuesLeftOut == 0 && !cancelled; }
    /// FILE:ROW:COLUMN: message (FILE:ROW: … for a whole row, FILE: … for the file).
    [[nodiscard]] QString issueText(const ImportIssue &issue) const;
    void addIssue(int row, int column, QString message);
    /// Adds a warning (up to maxIssues).
    void addWarning(int row, int column, QString message);
    /// Takes the counts of a comparison (ImportCounts, or a service's plan with the same three members).
    template <typename Counts>
    void setCounts(const Counts &counts)
    {
        added = counts.added;
        updated = counts.updated;
        unchanged = counts.unchanged;
    }
};

/// The importer's view of one data row: cells by column key, and the place to report what is wrong.
class ImportRow
{
public:
    ImportRow(const SheetRow &row, const QHash<QString, int> &columns, const QHash<QString, QString> &headers,
              ImportReport &report)
        : m_row(row), m_columns(columns), m_headers(headers), m_report(report)
    {}

    [[nodiscard]] int number() const { return m_row.number; }
    /// Whether the file has this column at all (optional columns may be missing).
    [[nodiscard]] bool has(const QString &key) const { return m_columns.contains(key); }
    [[nodiscard]] const Cell &cell(const QString &key) const;
    /// The cell's text, trimmed; empty for a missing column.
    [[nodiscard]] QString text(const QString &key) const { return cell(key).text.trimmed(); }
    /// The column's header as the file writes it, for messages.
    [[nodiscard]] QString header(const QString &key) const { return m_headers.value(key, key); }
    /// Reports a problem in this row's cell of `key` (or the whole row for an unknown key).
    void fail(const QString &key, const QString &message);
    /// Reports something worth a look in this row's cell of `key` that does not stop the import.
    void warn(const QString &key, const QString &message);
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] int columnOf(const QString &key) const { return m_columns.value(key, -1); }
    /// The same, for a column the importer declares.
    [[nodiscard]] bool has(const ColumnSpec &column) const { return has(column.key); }
    [[nodiscard]] const Cell &cell(const ColumnSpec &column) const { return cell(column.key); }
    [[nodiscard]] QString text(const ColumnSpec &column) const { return text(column.key); }
    [[nodiscard]] QString header(const ColumnSpec &column) const { return header(column.key); }
    void fail(const ColumnSpec &column, const QString &message) { fail(column.key, message); }
    void warn(const ColumnSpec &column, const QString &message) { warn(column.key, message); }
    [[nodiscard]] int columnOf(const ColumnSpec &column) const { return columnOf(column.key); }
    /// Checks every cell of the row before the importer sees it: a control character, a bidi override or a
    /// byte order mark in the text, a formula error, or a formula whose value the file does not hold (saved
    /// by a program that does not compute formulas) is reported at its cell. The importer's own complaint
    /// about such a cell is not added on top.
    void screen(const QList<ColumnSpec> &specs);

private:
    const SheetRow &m_row;
    const QHash<QString, int> &m_columns;
    const QHash<QString, QString> &m_headers;
    ImportReport &m_report;
    bool m_failed = false;
    QList<int> m_screened; // columns screen() already reported
};

/// One kind of record a file can bring in (units, case files, problems, complaints…). runImport() drives
/// it: the header row is found and mapped, every row is converted and checked, and only a clean file is
/// written — by write(), in one transaction.
class RecordImporter
{
public:
    virtual ~RecordImporter() = default;
    [[nodiscard]] virtual QList<ColumnSpec> columns() const = 0;
    /// Converts and checks one data row, reporting through row.fail(); keeps what it converted.
    virtual void addRow(ImportRow &row) = 0;
    /// After the last row: checks across rows and against the database, and counts what would be added,
    /// updated and left unchanged. Issues go into the report; an Error is for the database only.
    [[nodiscard]] virtual Result<void> compare(ImportReport &report) = 0;
    /// Writes every record in one transaction (only called for a clean report). A streaming importer
    /// writes what is left and commits.
    [[nodiscard]] virtual Result<void> write(ImportReport &report) = 0;

    /// Streaming: an importer that can write while the file is still being read says so. runImport() then
    /// calls begin() (open the transaction) before the first row, flush() every few thousand rows while the
    /// input is still clean, and write() at the end; whenever it does not reach write() it calls abandon()
    /// (roll back). Nothing is visible to anyone before the commit, so the all-or-nothing rule holds.
    [[nodiscard]] virtual bool streams() const { return false; }
    [[nodiscard]] virtual Result<void> begin() { return {}; }
    [[nodiscard]] virtual Result<void> flush(ImportReport &) { return {}; }
    virtual void abandon() {}
};

struct ImportOptions
{
    bool dryRun = false;
    int previewRows = 20;
    /// The share of the file read so far, 0…1000; the write comes after 1000.
    std::function<void(int permille)> progress;
    /// Polled now and then; true stops the import before anything is written.
    std::function<bool()> cancelled;
    /// Rows between two flushes of a streaming importer.
    int flushRows = 4096;
};

/// The import discipline every import shares: the header row is looked for among the first rows (a title
/// row or two may sit above it); an unknown or repeated header is an error naming it; a missing optional
/// column is fine; blank rows are skipped; every row is converted and checked and every problem reported;
/// then everything is written in one transaction, or nothing. Problems with the input (an unreadable or
/// damaged file too) end up in the report; the returned Error is for the database only.
/// The file is read on a second thread while this one converts, checks and (for a streaming importer)
/// writes; callbacks in `options` and every importer call run on the calling thread.
[[nodiscard]] Result<ImportReport> runImport(TableSource &source, RecordImporter &importer,
                                             const ImportOptions &options = {});

/// A header as people vary it: without spaces or line breaks, without a trailing * or （必填）.
[[nodiscard]] QString normalizedHeader(const QString &header);

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ImportText)
};

} // namespace oversight
