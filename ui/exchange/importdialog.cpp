#include "importdialog.h"

#include "exchange/table.h"
#include "exchange/xlsxreader.h"
#include "messagebox.h"
#include "widgets/filedialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oversight {

ImportDialog::ImportDialog(QString what, ImporterFactory factory, QWidget *parent)
    : QDialog(parent), m_what(std::move(what)), m_factory(std::move(factory))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import: %1").arg(m_what));

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("Choose a .xlsx or .csv file"));
    auto *chooseButton = new QPushButton(tr("&Choose…"), this);
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    m_sheetLabel = new QLabel(tr("&Sheet:"), this);
    m_sheetCombo = new QComboBox(this);
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetLabel->setBuddy(m_sheetCombo);
    connect(m_sheetCombo, &QComboBox::activated, this, &ImportDialog::check);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);
    fileRow->addSpacing(fontMetrics().height());
    fileRow->addWidget(m_sheetLabel);
    fileRow->addWidget(m_sheetCombo);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const int em = fontMetrics().height();
    const int rowHeight = fontMetrics().lineSpacing() + em / 3;
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("issueTable"));
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setWordWrap(true);
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->horizontalHeader()->resizeSection(0, em * 4);
    m_issues->horizontalHeader()->resizeSection(1, em * 4);
    connect(m_issues, &QTableWidget::currentCellChanged, this, [this](int row) { showIssueRow(row); });

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("First rows of the file:"), previewBox));
    previewLayout->addWidget(m_preview);
    auto *issueBox = m_issueBox = new QWidget(this);
    auto *issueLayout = new QVBoxLayout(issueBox);
    issueLayout->setContentsMargins(0, 0, 0, 0);
    issueLayout->addWidget(
        new QLabel(tr("Problems (all of them; fix them in the file, then check again):"), issueBox));
    issueLayout->addWidget(m_issues);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewBox);
    splitter->addWidget(issueBox);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_checkButton = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_checkButton->setEnabled(false);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(em * 52, em * 34);
    m_sheetLabel->hide();
    m_sheetCombo->hide();
}

QString ImportDialog::file() const
{
    return m_fileEdit->text();
}

void ImportDialog::chooseFile()
{
    if (!file().isEmpty())
        FileDialogs::remember(file());
    const QString path =
        FileDialogs::open(this, tr("Import: %1").arg(m_what), tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_sheetCombo->clear();
    // A workbook with several sheets lets the clerk pick one; the first is read unless told otherwise.
    if (QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0) {
        if (auto reader = XlsxReader::open(path); reader && (*reader)->sheetNames().size() > 1)
            m_sheetCombo->addItems((*reader)->sheetNames());
    }
    m_sheetLabel->setVisible(m_sheetCombo->count() > 1);
    m_sheetCombo->setVisible(m_sheetCombo->count() > 1);
    check();
}

std::optional<ImportReport> ImportDialog::run(bool dryRun)
{
    const QString path = QDir::fromNativeSeparators(file());
    auto table = openTable(path, m_sheetCombo->count() > 1 ? m_sheetCombo->currentText() : QString());
    if (!table) {
        ImportReport failed;
        failed.file = QFileInfo(path).fileName();
        failed.addIssue(0, -1, table.error().message);
        return failed;
    }
    const std::unique_ptr<RecordImporter> importer = m_factory();

    QProgressDialog progress(dryRun ? tr("Checking %1…").arg(QFileInfo(path).fileName())
                                    : tr("Importing %1…").arg(QFileInfo(path).fileName()),
                             tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    ImportOptions options;
    options.dryRun = dryRun;
    options.previewRows = 50;
    options.progress = [&progress](int permille) { progress.setValue(std::min(permille, 999)); };
    options.cancelled = [&progress] { return progress.wasCanceled(); };
    const Result<ImportReport> report = oversight::runImport(**table, *importer, options);
    progress.reset();
    if (!report) {
        MessageBox::critical(this, windowTitle(), report.error().message, report.error().detail);
        return std::nullopt;
    }
    return *report;
}

void ImportDialog::check()
{
    if (file().isEmpty())
        return;
    const auto report = run(true);
    m_checked = report.has_value();
    if (report)
        m_report = *report;
    showReport();
}

void ImportDialog::runImport()
{
    if (!m_checked || !m_report.clean())
        return;
    const auto report = run(false);
    if (!report)
        return;
    m_report = *report;
    if (!m_report.written) {
        // The file changed between the check and the import, or the clerk cancelled: show why.
        showReport();
        return;
    }
    Q_EMIT imported(m_report.added, m_report.updated, m_report.unchanged);
    accept();
    // Said every time, a clean file with nothing new too: the clerk sees the import happened.
    MessageBox::information(parentWidget(), windowTitle(),
                            tr("%1 is imported: %2 added, %3 updated, %4 unchanged.")
                                .arg(m_report.file)
                                .arg(m_report.added)
                                .arg(m_report.updated)
                                .arg(m_report.unchanged));
}

void ImportDialog::showReport()
{
    const ImportReport &r = m_report;
    m_checkButton->setEnabled(!file().isEmpty());

    m_preview->clear();
    m_preview->setColumnCount(int(r.previewHeaders.size()));
    m_preview->setHorizontalHeaderLabels(r.previewHeaders);
    m_preview->setRowCount(int(r.previewRows.size()));
    QStringList rowLabels;
    for (int row = 0; row < r.previewRows.size(); ++row) {
        rowLabels.append(QString::number(r.previewRowNumbers.value(row)));
        const QStringList &cells = r.previewRows.at(row);
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
    m_preview->resizeColumnsToContents();
    const int maxWidth = fontMetrics().height() * 16;
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), maxWidth));

    // Mark the preview's cells that have problems.
    const QColor bad(0xFF, 0xE0, 0xE0);
    m_issues->setRowCount(int(r.issues.size()));
    for (int i = 0; i < r.issues.size(); ++i) {
        const ImportIssue &issue = r.issues.at(i);
        auto *rowItem = new QTableWidgetItem(issue.row > 0 ? QString::number(issue.row) : tr("—"));
        auto *columnItem = new QTableWidgetItem(issue.column >= 0 ? columnLetters(issue.column) : tr("—"));
        rowItem->setTextAlignment(Qt::AlignCenter);
        columnItem->setTextAlignment(Qt::AlignCenter);
        m_issues->setItem(i, 0, rowItem);
        m_issues->setItem(i, 1, columnItem);
        m_issues->setItem(i, 2, new QTableWidgetItem(issue.message));
        const int previewRow = int(r.previewRowNumbers.indexOf(issue.row));
        if (previewRow >= 0) {
            for (int c = 0; c < m_preview->columnCount(); ++c)
                if (auto *item = m_preview->item(previewRow, c))
                    item->setBackground(bad);
        }
    }
    // Below them, what will be taken but deserves a look (a new unit that looks like a registered one).
    const int first = m_issues->rowCount();
    m_issues->setRowCount(first + int(r.warnings.size()));
    for (int i = 0; i < r.warnings.size(); ++i) {
        const ImportIssue &warning = r.warnings.at(i);
        auto *rowItem = new QTableWidgetItem(warning.row > 0 ? QString::number(warning.row) : tr("—"));
        auto *columnItem =
            new QTableWidgetItem(warning.column >= 0 ? columnLetters(warning.column) : tr("—"));
        rowItem->setTextAlignment(Qt::AlignCenter);
        columnItem->setTextAlignment(Qt::AlignCenter);
        m_issues->setItem(first + i, 0, rowItem);
        m_issues->setItem(first + i, 1, columnItem);
        m_issues->setItem(first + i, 2, new QTableWidgetItem(tr("Check: %1").arg(warning.message)));
    }
    m_issues->resizeRowsToContents();
    // A clean file needs no problem list: the preview takes the room.
    m_issueBox->setVisible(!r.issues.isEmpty() || !r.warnings.isEmpty());

    QString summary;
    if (r.cancelled) {
        summary = tr("Cancelled; nothing was imported.");
    } else if (!r.clean()) {
        const int count = int(r.issues.size()) + r.issuesLeftOut;
        summary =
            tr("%n problem(s) found; nothing will be imported until the file is fixed.", nullptr, count);
        if (r.issuesLeftOut > 0)
            summary += QLatin1Char(' ') + tr("The first %1 are listed.").arg(r.issues.size());
    } else {
        summary = tr("%n row(s) checked, no problems: %1 new, %2 updated, %3 unchanged.", nullptr, r.dataRows)
                      .arg(r.added)
                      .arg(r.updated)
                      .arg(r.unchanged);
        if (r.added + r.updated == 0)
            summary += QLatin1Char(' ') + tr("The register already holds everything in this file.");
        if (!r.warnings.isEmpty())
            summary += QLatin1Char(' ') +
                       tr("%n row(s) to check below before importing.", nullptr, int(r.warnings.size()));
    }
    m_summary->setText(summary);
    m_summary->setStyleSheet(r.clean() ? QString() : QStringLiteral("color: #9c0006; font-weight: bold;"));
    m_importButton->setEnabled(m_checked && r.clean() && r.added + r.updated > 0);
    if (!r.clean())
        m_issues->setFocus();
}

void ImportDialog::showIssueRow(int row)
{
    if (row < 0 || row >= m_report.issues.size())
        return;
    const int previewRow = int(m_report.previewRowNumbers.indexOf(m_report.issues.at(row).row));
    if (previewRow >= 0)
        m_preview->scrollToItem(m_preview->item(previewRow, 0));
}

} // namespace oversight
