#include "importer.h"

#include "domain/textnormal.h"

#include <QRegularExpression>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace oversight {

namespace {
/// How many rows from the top may sit above the header row (titles, notes).
constexpr int headerSearchRows = 10;
const Cell emptyCell;

/// Rows handed from the reading thread to the checking one, in batches, with a bound so a fast reader
/// cannot fill memory while the writer is slower.
class RowPipe
{
public:
    static constexpr size_t batchRows = 512;
    static constexpr size_t maxBatches = 16;

    /// Reader side: false when the consumer has stopped.
    bool push(std::vector<SheetRow> &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_stopped || m_batches.size() < maxBatches; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    void finish(Result<void> result)
    {
        std::lock_guard lock(m_mutex);
        m_result = std::move(result);
        m_done = true;
        m_notEmpty.notify_one();
    }
    /// Consumer side: the next batch, or nothing when the reader has finished.
    std::optional<std::vector<SheetRow>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_done || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        std::vector<SheetRow> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }
    [[nodiscard]] bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    [[nodiscard]] Result<void> result()
    {
        std::lock_guard lock(m_mutex);
        return m_result;
    }

    std::atomic<int> permille{0};

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<std::vector<SheetRow>> m_batches;
    bool m_done = false;
    bool m_stopped = false;
    Result<void> m_result;
};
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

void ImportReport::addWarning(int row, int column, QString message)
{
    if (warnings.size() < maxIssues)
        warnings.append({row, column, std::move(message)});
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
    const int column = m_columns.value(key, -1);
    if (column >= 0 && m_screened.contains(column))
        return; // said once, by screen()
    m_report.addIssue(m_row.number, column, message);
}

void ImportRow::warn(const QString &key, const QString &message)
{
    m_report.addWarning(m_row.number, m_columns.value(key, -1), message);
}

void ImportRow::screen(const QList<ColumnSpec> &specs)
{
    for (const ColumnSpec &spec : specs) {
        const int column = m_columns.value(spec.key, -1);
        if (column < 0 || column >= m_row.cells.size())
            continue;
        const Cell &c = m_row.cells.at(column);
        QString message;
        if (c.formulaWithoutValue)
            message =
                ImportText::tr("%1: the cell holds a formula but not its value (the file was saved by a "
                               "program that does not calculate formulas); open it in Excel or WPS and "
                               "save it again, or type the value in.")
                    .arg(header(spec.key));
        else if (c.type == Cell::Type::Error)
            message =
                ImportText::tr("%1: the cell's formula gives the error %2; correct the formula or type the "
                               "value in.")
                    .arg(header(spec.key), c.text);
        else if (const auto found = findForbiddenCharacter(c.text, !spec.singleLine))
            message = ImportText::tr("%1: the text holds %2, which cannot be imported; delete it (it may be "
                                     "invisible: retype the cell).")
                          .arg(header(spec.key), describeForbiddenCharacter(*found));
        if (message.isEmpty())
            continue;
        m_failed = true;
        m_report.addIssue(m_row.number, column, message);
        m_screened.append(column);
    }
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

    const bool streaming = !options.dryRun && importer.streams();
    bool begun = false;
    int rowsSinceFlush = 0;
    std::optional<Error> databaseError;
    // Ends a streaming importer's transaction unless write() committed it.
    struct Abandon
    {
        RecordImporter &importer;
        bool &armed;
        ~Abandon()
        {
            if (armed)
                importer.abandon();
        }
    } abandon{importer, begun};

    const auto onRow = [&](const SheetRow &row) -> bool {
        if (row.isBlank())
            return true;
        if (!headerFound) {
            ++rowsSeen;
            mapHeader(row);
            if (headerFound && streaming && report.clean()) {
                if (auto r = importer.begin(); !r) {
                    databaseError = r.error();
                    return false;
                }
                begun = true;
            }
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
        view.screen(specs);
        importer.addRow(view);
        if (begun && ++rowsSinceFlush >= options.flushRows && report.clean()) {
            rowsSinceFlush = 0;
            if (auto r = importer.flush(report); !r) {
                databaseError = r.error();
                return false;
            }
        }
        return true;
    };

    // The reading thread: unzipping and XML (or CSV) parsing, in batches of rows.
    RowPipe pipe;
    std::thread reader([&source, &pipe] {
        std::vector<SheetRow> batch;
        batch.reserve(RowPipe::batchRows);
        bool open = true;
        Result<void> r = source.read(
            [&](const SheetRow &row) {
                batch.push_back(row);
                if (batch.size() >= RowPipe::batchRows) {
                    open = pipe.push(std::move(batch));
                    batch = {};
                    batch.reserve(RowPipe::batchRows);
                }
                return open;
            },
            [&pipe](int permille) { pipe.permille.store(permille, std::memory_order_relaxed); });
        if (open && !batch.empty())
            pipe.push(std::move(batch));
        pipe.finish(std::move(r));
    });
    bool reading = true;
    while (auto batch = pipe.pop()) {
        if (!reading)
            continue; // drain what the reader had queued before it saw the stop
        for (const SheetRow &row : *batch) {
            if (!onRow(row)) {
                reading = false;
                break;
            }
        }
        if (options.progress)
            options.progress(pipe.permille.load(std::memory_order_relaxed));
        if (reading && options.cancelled && options.cancelled()) {
            report.cancelled = true;
            reading = false;
        }
        if (!reading)
            pipe.stop();
    }
    reader.join();
    if (databaseError)
        return *databaseError;
    if (options.progress)
        options.progress(1000);

    const auto read = pipe.result();
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
    begun = false; // committed: nothing to abandon
    report.written = true;
    return report;
}

} // namespace oversight
