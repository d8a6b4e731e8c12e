#include "casereviewpage.h"

#include "drawtab.h"
#include "exchange/caseexchange.h"
#include "exchange/importdialog.h"
#include "exchange/reviewresultsexport.h"
#include "messagebox.h"
#include "reviewtables.h"
#include "services/casereviewservice.h"
#include "services/clock.h"
#include "services/unitservice.h"
#include "widgets/editordialog.h"
#include "widgets/filedialogs.h"
#include "widgets/formdialog.h"
#include "widgets/longwork.h"
#include "widgets/outputmenu.h"
#include "widgets/pageimport.h"
#include "widgets/recordtable.h"
#include "widgets/tablecopy.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace oversight {

using namespace reviewtables;

CaseReviewPage::CaseReviewPage(CaseReviewService &service, UnitService &units, const Clock &clock,
                               QWidget *parent)
    : CampaignPage(units, clock, parent), m_service(service), m_printer(DocumentFonts::resolve())
{
    setObjectName(QStringLiteral("caseReviewPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseReviewTabs"));
    m_tabs->addTab(buildCatalogueTab(), tr("Catalogues"));
    m_drawTab = new DrawTab(m_service, m_clock, m_printer, this);
    connect(m_drawTab, &DrawTab::drawMade, this, [this] { m_tabs->setCurrentWidget(m_drawTab); });
    m_tabs->addTab(m_drawTab, tr("Draws and scoring"));
    m_tabs->addTab(buildResultsTab(), tr("Results"));
    m_tabs->addTab(buildReviewerTab(), tr("Reviewers"));
    auto *heading = pageHeading(tr("Case-file review"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs);

    connect(&m_service, &CaseReviewService::catalogueChanged, this, &CaseReviewPage::reload);
    connect(&m_service, &CaseReviewService::reviewersChanged, this, &CaseReviewPage::reload);
    connect(&m_service, &CaseReviewService::drawStored, this, &CaseReviewPage::reload);
    connect(&m_service, &CaseReviewService::sheetSaved, this, &CaseReviewPage::reload);
    connect(&m_service, &CaseReviewService::uploadChanged, this, &CaseReviewPage::reload);
    followUnitRegister([this] { reload(); });
}

QWidget *CaseReviewPage::buildCatalogueTab()
{
    auto *tab = new QWidget(this);
    m_catalogue = makeTable({tr("Unit"), tr("Catalogue"), tr("Case files"), tr("Self-checked"),
                             tr("Required (30%)"), tr("30% rule")},
                            QStringLiteral("catalogueTable"), tab);
    m_catalogue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_cases = makeTable({tr("Case number"), tr("Case name"), tr("Type"), tr("Party"), tr("Closed on"),
                         tr("Self-checked"), tr("Self-check grade")},
                        QStringLiteral("caseTable"), tab);
    m_cases->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_totals = new QLabel(tab);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));

    auto *importButton =
        namedButton(tr("&Import…"), "importCasesButton", tab, this, [this] { importCatalogue(); });
    auto *addButton =
        namedButton(tr("&New case file…"), "addCaseButton", tab, this, &CaseReviewPage::addCaseFile);
    auto *editButton = namedButton(tr("&Edit…"), "editCaseButton", tab, this, &CaseReviewPage::editCaseFile);
    auto *deleteButton =
        namedButton(tr("&Delete"), "deleteCaseButton", tab, this, &CaseReviewPage::deleteCaseFile);
    m_noCases =
        namedButton(tr("No cases last year"), "noCasesButton", tab, this, &CaseReviewPage::toggleNoCases);
    m_noCases->setToolTip(tr("Declares (or withdraws) that the selected unit closed no case files last year: "
                             "different from a catalogue not yet sent."));
    connect(m_cases, &QTableWidget::doubleClicked, this, &CaseReviewPage::editCaseFile);
    connect(m_catalogue, &QTableWidget::itemSelectionChanged, this, &CaseReviewPage::showCasesOfSelectedUnit);

    auto *buttons = buttonRow({importButton, addButton, editButton, deleteButton, m_noCases});
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_catalogue);
    splitter->addWidget(m_cases);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return stacked(tab, {m_totals}, splitter, buttons);
}

QWidget *CaseReviewPage::buildReviewerTab()
{
    auto *tab = new QWidget(this);
    m_reviewers = makeTable({tr("Name"), tr("Unit or law firm"), tr("Qualification")},
                            QStringLiteral("reviewerTable"), tab);
    m_reviewers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *addButton =
        namedButton(tr("&Add reviewer…"), "addReviewerButton", tab, this, &CaseReviewPage::addReviewer);
    auto *deleteButton =
        namedButton(tr("&Remove"), "removeReviewerButton", tab, this, &CaseReviewPage::deleteReviewer);
    auto *note =
        new QLabel(tr("Two reviewers are drawn for each file, never from the file's own unit (回避)."), tab);
    auto *buttons = buttonRow({addButton, deleteButton});
    return stacked(tab, {note}, m_reviewers, buttons);
}

QWidget *CaseReviewPage::buildResultsTab()
{
    auto *tab = new QWidget(this);
    m_results = makeTable({tr("Unit"), tr("Drawn"), tr("Reviewed"), tr("Average"), tr("Grade"), tr("优秀"),
                           tr("良好"), tr("合格"), tr("不合格"), tr("Main problems")},
                          QStringLiteral("resultsTable"), tab);
    m_results->horizontalHeader()->setSectionResizeMode(9, QHeaderView::Stretch);
    auto *pdfButton =
        namedButton(tr("Results as &PDF…"), "resultsPdfButton", tab, this, [this] { exportResultsPdf(); });
    auto *xlsxButton = namedButton(tr("Results as &XLSX (with 附件7)…"), "resultsXlsxButton", tab, this,
                                   [this] { exportResultsXlsx(); });
    auto *buttons = buttonRow({pdfButton, xlsxButton});
    return stacked(tab, {}, m_results, buttons);
}

void CaseReviewPage::reload()
{
    if (!m_campaign.id.isValid())
        return;
    const int unitRow = m_catalogue->currentRow();
    const auto summaries = m_service.catalogue(m_campaign.id);
    m_summaries = summaries ? *summaries : std::vector<CatalogueSummary>{};
    m_catalogue->setRowCount(int(m_summaries.size()));
    int total = 0, checked = 0, reported = 0, short30 = 0;
    for (int i = 0; i < int(m_summaries.size()); ++i) {
        const CatalogueSummary &s = m_summaries[size_t(i)];
        const SelfCheckFigures f = s.figures();
        m_catalogue->setItem(i, 0, cell(s.unitName));
        m_catalogue->setItem(i, 1,
                             cell(!s.reported ? tr("not yet sent")
                                  : s.noCases ? tr("no cases")
                                              : tr("sent")));
        m_catalogue->setItem(i, 2, s.reported ? number(s.total) : cell(QString()));
        m_catalogue->setItem(i, 3, s.reported ? number(s.selfChecked) : cell(QString()));
        m_catalogue->setItem(i, 4, s.reported ? number(f.required()) : cell(QString()));
        QTableWidgetItem *rule = cell(!s.reported ? QString()
                                      : f.ok()    ? tr("✓ met")
                                                  : tr("✗ %1 short").arg(f.required() - s.selfChecked));
        if (s.reported && !f.ok())
            rule->setForeground(QColor(0xb0, 0x1c, 0x1c));
        else if (s.reported)
            rule->setForeground(QColor(0x1d, 0x6b, 0x2a));
        m_catalogue->setItem(i, 5, rule);
        if (s.reported) {
            ++reported;
            total += s.total;
            checked += s.selfChecked;
            short30 += f.ok() ? 0 : 1;
        }
    }
    m_catalogue->resizeColumnsToContents();
    m_catalogue->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totals->setText(
        tr("%1 of %2 units have sent their catalogue: %3 case files, %4 self-checked; %5 unit(s) below "
           "the 30% rule.")
            .arg(reported)
            .arg(m_summaries.size())
            .arg(total)
            .arg(checked)
            .arg(short30));
    if (unitRow >= 0 && unitRow < m_catalogue->rowCount())
        m_catalogue->selectRow(unitRow);
    showCasesOfSelectedUnit();

    fillRows(m_reviewers, m_service.reviewers(m_campaign.id), [this](int i, const ReviewerEntry &r) {
        m_reviewers->setItem(i, 0, cell(r.name));
        m_reviewers->item(i, 0)->setData(Qt::UserRole, r.id);
        m_reviewers->setItem(i, 1, cell(r.affiliation));
        m_reviewers->setItem(i, 2, cell(r.qualification));
    });

    m_drawTab->showDraws(m_campaign, m_summaries);

    const bool resultsRead =
        fillRows(m_results, m_service.unitResults(m_campaign.id), [this](int i, const UnitReviewResult &u) {
            m_results->setItem(i, 0, cell(u.unit));
            m_results->setItem(i, 1, number(u.filesDrawn));
            m_results->setItem(i, 2, number(u.filesReviewed));
            m_results->setItem(
                i, 3,
                cell(u.filesReviewed ? QString::number(u.averageScore, 'f', 1) : QStringLiteral("—"),
                     Qt::AlignRight | Qt::AlignVCenter));
            m_results->setItem(i, 4, cell(u.filesReviewed ? gradeWord(u.averageGrade) : QString()));
            m_results->setItem(i, 5, number(u.excellent));
            m_results->setItem(i, 6, number(u.good));
            m_results->setItem(i, 7, number(u.pass));
            m_results->setItem(i, 8, number(u.fail));
            m_results->setItem(i, 9, cell(u.mainProblems.join(QStringLiteral("；"))));
        });
    if (resultsRead) {
        m_results->resizeColumnsToContents();
        m_results->horizontalHeader()->setSectionResizeMode(9, QHeaderView::Stretch);
    }
}

std::optional<CatalogueSummary> CaseReviewPage::selectedUnit() const
{
    return currentRecord(m_catalogue, m_summaries);
}

void CaseReviewPage::showCasesOfSelectedUnit()
{
    const auto unit = selectedUnit();
    m_unitCases.clear();
    if (unit)
        if (const auto files = m_service.caseFilesOfUnit(unit->unit))
            m_unitCases = *files;
    // 罚〔2021〕2号 before 罚〔2021〕10号, as the clerk counts.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    std::stable_sort(m_unitCases.begin(), m_unitCases.end(),
                     [&collator](const CaseFile &a, const CaseFile &b) {
                         return collator.compare(a.number, b.number) < 0;
                     });
    m_cases->setRowCount(int(m_unitCases.size()));
    for (int i = 0; i < int(m_unitCases.size()); ++i) {
        const CaseFile &f = m_unitCases[size_t(i)];
        m_cases->setItem(i, 0, cell(f.number));
        m_cases->setItem(i, 1, cell(f.title));
        m_cases->setItem(i, 2, cell(f.caseType));
        m_cases->setItem(i, 3, cell(f.party));
        m_cases->setItem(i, 4, cell(f.closedOn.toString(Qt::ISODate)));
        m_cases->setItem(i, 5, cell(f.selfChecked ? tr("yes") : tr("no"), Qt::AlignCenter));
        m_cases->setItem(i, 6, cell(f.selfCheckGrade));
    }
    m_cases->resizeColumnsToContents();
    m_cases->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_noCases->setEnabled(unit.has_value());
    m_noCases->setText(unit && unit->noCases ? tr("Withdraw \"no cases\"") : tr("No cases last year"));
}

QTableWidget *CaseReviewPage::drawnTable() const
{
    return m_drawTab->drawnTable();
}

QComboBox *CaseReviewPage::drawCombo() const
{
    return m_drawTab->drawCombo();
}

std::optional<DrawnFile> CaseReviewPage::selectedDrawnFile() const
{
    return m_drawTab->selectedDrawnFile();
}

void CaseReviewPage::voidDraw(const QString &reason)
{
    m_drawTab->voidDraw(reason);
}

QString CaseReviewPage::askPath(const QString &title, const QString &name, const QString &filter)
{
    return FileDialogs::save(this, title, name, filter);
}

void CaseReviewPage::importCatalogue(const QString &given)
{
    if (!m_campaign.id.isValid())
        return;
    const QString path = !given.isEmpty() ? given : PageImport::askFile(this, tr("Import case catalogues"));
    if (path.isEmpty())
        return;
    const CampaignId campaign = m_campaign.id;
    PageImport::open(
        this, tr("Case catalogues"),
        [this, campaign] { return std::make_unique<CaseImporter>(m_service, m_units, campaign); }, path);
}

namespace {
/// The case file dialog: the catalogue's columns, edited in place.
bool editCase(QWidget *parent, CaseFile &f, const QString &title,
              const std::function<Result<void>(const CaseFile &)> &save)
{
    EditorDialog d(parent);
    d.setObjectName(QStringLiteral("caseFileDialog"));
    d.setWindowTitle(title);
    auto *form = new QFormLayout;
    auto *number = new QLineEdit(f.number, &d);
    auto *name = new QLineEdit(f.title, &d);
    auto *type = new QComboBox(&d);
    type->setEditable(true);
    type->addItems({QStringLiteral("行政处罚"), QStringLiteral("行政许可"), QStringLiteral("行政强制"),
                    QStringLiteral("行政检查"), QStringLiteral("行政征收")});
    type->setCurrentText(f.caseType);
    auto *party = new QLineEdit(f.party, &d);
    auto *closed = new QLineEdit(f.closedOn.toString(Qt::ISODate), &d);
    closed->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    auto *checked = new QCheckBox(&d);
    checked->setChecked(f.selfChecked);
    auto *grade = new QComboBox(&d);
    grade->addItems({QString(), QStringLiteral("优秀"), QStringLiteral("良好"), QStringLiteral("合格"),
                     QStringLiteral("不合格")});
    grade->setEditable(true);
    grade->setCurrentText(f.selfCheckGrade);
    form->addRow(QStringLiteral("案卷编号:"), number);
    form->addRow(QStringLiteral("案件名称:"), name);
    form->addRow(QStringLiteral("案件类型:"), type);
    form->addRow(QStringLiteral("当事人:"), party);
    form->addRow(QStringLiteral("办结日期:"), closed);
    form->addRow(QStringLiteral("是否自查:"), checked);
    form->addRow(QStringLiteral("自查等次:"), grade);
    QLabel *error = FormDialog::errorLabel(&d);
    auto *buttons = FormDialog::buttons(&d, QDialogButtonBox::Save, CaseReviewPage::tr("&Save"),
                                        QStringLiteral("saveButton"));
    FormDialog::lay(&d, form, error, buttons);
    QObject::disconnect(buttons, &QDialogButtonBox::accepted, &d, nullptr);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        CaseFile edited = f;
        edited.number = number->text();
        edited.title = name->text();
        edited.caseType = type->currentText();
        edited.party = party->text();
        edited.closedOn = QDate::fromString(closed->text().trimmed(), Qt::ISODate);
        if (!closed->text().trimmed().isEmpty() && !edited.closedOn.isValid()) {
            FormDialog::showError(error, CaseReviewPage::tr("办结日期: write the date as YYYY-MM-DD."));
            return;
        }
        edited.selfChecked = checked->isChecked();
        edited.selfCheckGrade = grade->currentText();
        if (auto r = save(edited); !r) {
            FormDialog::showError(error, r.error().message);
            return;
        }
        f = edited;
        d.accept();
    });
    return d.exec() == QDialog::Accepted;
}
} // namespace

void CaseReviewPage::addCaseFile()
{
    const auto unit = selectedUnit();
    if (!unit) {
        MessageBox::information(this, tr("New case file"), tr("Choose the unit in the list above first."));
        return;
    }
    CaseFile f;
    f.unit = unit->unit;
    f.campaign = m_campaign.id;
    editCase(this, f, tr("New case file of %1").arg(unit->unitName),
             [this](const CaseFile &c) -> Result<void> {
                 const auto id = m_service.createCaseFile(c);
                 if (!id)
                     return id.error();
                 return {};
             });
}

void CaseReviewPage::editCaseFile()
{
    const int row = m_cases->currentRow();
    if (row < 0 || row >= int(m_unitCases.size()))
        return;
    CaseFile f = m_unitCases[size_t(row)];
    editCase(this, f, tr("Case file %1").arg(f.number),
             [this](const CaseFile &c) { return m_service.updateCaseFile(c); });
}

void CaseReviewPage::deleteCaseFile()
{
    const int row = m_cases->currentRow();
    if (row < 0 || row >= int(m_unitCases.size()))
        return;
    const CaseFile f = m_unitCases[size_t(row)];
    if (MessageBox::question(this, tr("Delete case file"),
                             tr("Delete case file %1 \"%2\" from the catalogue?").arg(f.number, f.title)) !=
        QMessageBox::Yes)
        return;
    if (auto r = m_service.removeCaseFile(f.id); !r)
        MessageBox::warning(this, tr("Cannot delete the case file"), r.error().message, r.error().detail);
}

void CaseReviewPage::toggleNoCases()
{
    const auto unit = selectedUnit();
    if (!unit)
        return;
    if (auto r = m_service.setNoCases(m_campaign.id, unit->unit, !unit->noCases); !r)
        MessageBox::warning(this, tr("No cases last year"), r.error().message, r.error().detail);
}

void CaseReviewPage::addReviewer()
{
    EditorDialog d(this);
    d.setObjectName(QStringLiteral("reviewerDialog"));
    d.setWindowTitle(tr("Add a reviewer"));
    auto *form = new QFormLayout;
    auto *name = new QLineEdit(&d);
    name->setObjectName(QStringLiteral("nameEdit"));
    auto *where = new QComboBox(&d);
    where->setObjectName(QStringLiteral("affiliationEdit"));
    where->setEditable(true);
    for (const CatalogueSummary &s : m_summaries)
        where->addItem(s.unitName);
    where->setCurrentText(QString());
    auto *qualification = new QLineEdit(&d);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Unit or law firm:"), where);
    form->addRow(tr("Qualification:"), qualification);
    QLabel *error = FormDialog::errorLabel(&d);
    auto *buttons = FormDialog::buttons(&d, QDialogButtonBox::Save, tr("&Add"), QStringLiteral("saveButton"));
    FormDialog::lay(&d, form, error, buttons);
    QObject::disconnect(buttons, &QDialogButtonBox::accepted, &d, nullptr);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        const auto id = m_service.addReviewer(
            {0, m_campaign.id, name->text(), where->currentText(), qualification->text()});
        if (!id) {
            FormDialog::showError(error, id.error().message);
            return;
        }
        d.accept();
    });
    d.exec();
}

void CaseReviewPage::deleteReviewer()
{
    const int row = m_reviewers->currentRow();
    if (row < 0)
        return;
    if (auto r = m_service.removeReviewer(m_reviewers->item(row, 0)->data(Qt::UserRole).toLongLong()); !r)
        MessageBox::warning(this, tr("Remove the reviewer"), r.error().message, r.error().detail);
}

std::optional<CaseReviewPage::ResultsExport> CaseReviewPage::resultsExport(const QString &given,
                                                                           const QString &title,
                                                                           const QString &name,
                                                                           const QString &filter)
{
    const QString path = !given.isEmpty() ? given : askPath(title, name, filter);
    if (path.isEmpty())
        return std::nullopt;
    auto units = m_service.unitResults(m_campaign.id);
    auto files = m_service.drawnFiles(m_campaign.id);
    if (!units || !files) {
        const Error &e = !units ? units.error() : files.error();
        MessageBox::warning(this, title, e.message, e.detail);
        return std::nullopt;
    }
    return ResultsExport{path, std::move(*units), std::move(*files)};
}

void CaseReviewPage::exportResultsPdf(const QString &given)
{
    auto out = resultsExport(given, tr("Results as PDF"), QStringLiteral("案卷抽查结果.pdf"),
                             tr("PDF files (*.pdf)"));
    if (!out)
        return;
    LongWork::run(
        this, tr("Results as PDF"), tr("Writing the spot-check results…"),
        [printer = m_printer, campaign = m_campaign, unitRows = std::move(out->units),
         fileRows = std::move(out->files), path = out->path](LongWork::Control &control) -> Result<QString> {
            return LongWork::save(
                path, printer.resultsPdf(campaign, unitRows, fileRows), control,
                tr("The spot-check results are written to %1.").arg(QDir::toNativeSeparators(path)));
        });
}

void CaseReviewPage::exportResultsXlsx(const QString &given)
{
    auto out = resultsExport(given, tr("Results as XLSX"), QStringLiteral("案卷抽查结果.xlsx"),
                             tr("Excel workbooks (*.xlsx)"));
    if (!out)
        return;
    LongWork::run(this, tr("Results as XLSX"), tr("Writing the spot-check results…"),
                  [campaign = m_campaign, unitRows = std::move(out->units), fileRows = std::move(out->files),
                   path = out->path](LongWork::Control &control) -> Result<QString> {
                      const XlsxWorkbook book = reviewResultsWorkbook(campaign, unitRows, fileRows);
                      if (control.cancelled())
                          return LongWork::cancelledError();
                      if (auto r = writeXlsx(path, book); !r)
                          return r.error();
                      return tr("The spot-check results are written to %1.")
                          .arg(QDir::toNativeSeparators(path));
                  });
}

} // namespace oversight
