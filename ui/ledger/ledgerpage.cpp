#include "ledgerpage.h"

#include "evidencedroparea.h"
#include "exchange/importdialog.h"
#include "exchange/problemexchange.h"
#include "formats/xlsxwriter.h"
#include "ledger/problemdialogs.h"
#include "ledgeroutput.h"
#include "messagebox.h"
#include "models/problemtablemodel.h"
#include "problemdetail.h"
#include "services/clock.h"
#include "services/ledgerservice.h"
#include "services/unitservice.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"
#include "widgets/outputmenu.h"
#include "widgets/pageimport.h"
#include "widgets/recordtable.h"
#include "widgets/searchablecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace oversight {

LedgerPage::LedgerPage(LedgerService &ledger, UnitService &units, const Clock &clock, QWidget *parent)
    : CampaignPage(units, clock, parent), m_ledger(ledger), m_model(new ProblemTableModel(this)),
      m_proxy(new ProblemFilterProxy(this)), m_renderer(DocumentFonts::resolve())
{
    setObjectName(QStringLiteral("ledgerPage"));
    m_proxy->setSourceModel(m_model);

    // Filters and the search box.
    m_unitFilter = new QComboBox(this);
    makeSearchable(m_unitFilter);
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_areaFilter = new QComboBox(this);
    m_areaFilter->setObjectName(QStringLiteral("areaFilter"));
    m_sourceFilter =
        enumFilter(tr("All sources"), allProblemSources(), problemSourceWord, "sourceFilter", this);
    m_statusFilter =
        enumFilter(tr("All statuses"), allProblemStatuses(), problemStatusLabel, "statusFilter", this);
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueFilter"));
    m_search = searchBox(tr("Search problems and measures (e.g. 听证)"), "searchEdit", this);
    m_search->setMinimumWidth(200);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_unitFilter);
    filters->addWidget(m_areaFilter);
    filters->addWidget(m_sourceFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_overdueOnly);
    filters->addWidget(m_search, 1);

    // Actions.
    m_addButton = namedButton(tr("&New problem…"), "addProblemButton", this);
    m_editButton = namedButton(tr("&Edit…"), "editProblemButton", this);
    m_deleteButton = namedButton(tr("De&lete"), "deleteProblemButton", this);
    m_deleteButton->setToolTip(tr("Delete a problem entered by mistake (not one closed, holding evidence, "
                                  "or found by supervision)"));
    m_statusButton = new QToolButton(this);
    m_statusButton->setObjectName(QStringLiteral("statusButton"));
    m_statusButton->setText(tr("&Status"));
    m_statusButton->setToolTip(tr("Change the status of every selected problem, with one note"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusMenu = new QMenu(m_statusButton);
    for (Problem::Status s : {Problem::Status::InProgress, Problem::Status::AwaitingVerification}) {
        QAction *a = m_statusMenu->addAction(tr("Mark as %1…").arg(problemStatusLabel(s)));
        a->setObjectName(QStringLiteral("statusAction_") + problemStatusKey(s));
        connect(a, &QAction::triggered, this, [this, s] { changeStatus(s); });
    }
    m_statusButton->setMenu(m_statusMenu);
    m_closeButton = namedButton(tr("&Close (销号)…"), "closeProblemButton", this);
    m_reopenButton = namedButton(tr("&Reopen…"), "reopenProblemButton", this);
    m_extendButton = namedButton(tr("E&xtend…"), "extendProblemButton", this);
    m_evidenceButton = new QToolButton(this);
    m_evidenceButton->setObjectName(QStringLiteral("evidenceButton"));
    m_evidenceButton->setText(tr("Evi&dence"));
    m_evidenceButton->setPopupMode(QToolButton::InstantPopup);
    auto *evidenceMenu = new QMenu(m_evidenceButton);
    evidenceMenu->addAction(tr("Add a &file…"), this, &LedgerPage::addEvidenceFile);
    evidenceMenu->addAction(tr("Write a &statement…"), this, &LedgerPage::addStatement);
    m_evidenceButton->setMenu(evidenceMenu);
    m_importButton = namedButton(tr("&Import…"), "importProblemsButton", this);
    m_outputButton = OutputMenu::menuButton(
        this, tr("&Ledger"), QStringLiteral("outputButton"),
        {{tr("Print pre&view…"), {}, [this] { previewLedger(); }},
         {tr("&Print…"), {}, [this] { printLedger(); }},
         {tr("Save as P&DF…"), {}, [this] { savePdf(); }},
         {tr("Save as &Excel…"), {}, [this] { saveXlsx(); }}});
    m_outputButton->setToolTip(tr("The ledger as the filters show it: print, preview, PDF or Excel"));

    // The menu arrow is drawn over the end of a tool button's text in some styles: room for it beside.
    for (QToolButton *b : {m_statusButton, m_evidenceButton})
        b->setMinimumWidth(b->sizeHint().width() +
                           b->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, b));

    auto *actions = buttonRow({m_addButton, m_editButton, m_deleteButton, m_statusButton, m_closeButton,
                               m_reopenButton, m_extendButton, m_evidenceButton},
                              {m_importButton, m_outputButton});

    m_table = recordView(m_proxy, "problemTable", this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProblemTableModel::NumberColumn, Qt::AscendingOrder);
    const int em = fontMetrics().horizontalAdvance(QChar(0x4E00));
    // In characters: a 1366-pixel screen shows every column, the texts elided (the tooltip has them whole).
    // The description and the measure take what a wider window adds; the short columns keep their width.
    const double widths[] = {2.5, 8, 8, 4, 14, 11, 3.5, 6.5, 7, 8};
    // …and never narrower than the column's heading (English headings are longer than Chinese ones).
    for (int c = 0; c < ProblemTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(
            c, std::max(int(widths[c] * em + em * 0.8), m_table->horizontalHeader()->sectionSizeHint(c)));
    m_table->horizontalHeader()->setSectionResizeMode(ProblemTableModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemTableModel::MeasureColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("problemDetail"));
    m_detail->setOpenLinks(false);
    m_dropArea = new EvidenceDropArea(this);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_detail, 1);
    bottomLayout->addWidget(m_dropArea);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_status = new QStatusBar(this);
    m_status->setObjectName(QStringLiteral("ledgerStatus"));
    m_status->setSizeGripEnabled(false);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("ledgerCounts"));
    m_status->addWidget(m_counts, 1);

    auto *heading = pageHeading(tr("Rectification ledger"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_unitFilter, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilters);
    connect(m_areaFilter, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilters);
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilters);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &LedgerPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LedgerPage::searchNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_table, &QTableView::doubleClicked, this, &LedgerPage::editSelected);
    connect(m_addButton, &QPushButton::clicked, this, &LedgerPage::addProblem);
    connect(m_editButton, &QPushButton::clicked, this, &LedgerPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &LedgerPage::deleteSelected);
    connect(m_closeButton, &QPushButton::clicked, this, &LedgerPage::closeSelected);
    connect(m_reopenButton, &QPushButton::clicked, this, &LedgerPage::reopenSelected);
    connect(m_extendButton, &QPushButton::clicked, this, &LedgerPage::extendSelected);
    connect(m_importButton, &QPushButton::clicked, this, &LedgerPage::importProblems);
    connect(m_dropArea, &EvidenceDropArea::filesDropped, this,
            [this](const QStringList &paths) { attachFiles(paths); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LedgerPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LedgerPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LedgerPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LedgerPage::updateCounts);

    connect(&m_ledger, &LedgerService::problemAdded, this, [this](ProblemId id, CampaignId campaign) {
        if (campaign != m_campaign.id)
            return;
        if (const auto p = m_ledger.problem(id))
            m_model->upsert(*p);
        if (!m_search->text().trimmed().isEmpty())
            searchNow();
        updateCounts();
    });
    connect(&m_ledger, &LedgerService::problemChanged, this, [this](ProblemId id) {
        const auto p = m_ledger.problem(id);
        if (!p || p->campaign != m_campaign.id)
            return;
        m_model->upsert(*p);
        if (!m_search->text().trimmed().isEmpty())
            searchNow();
        m_proxy->refilter();
        updateCounts();
        updateActions();
        updateDetail();
    });
    connect(&m_ledger, &LedgerService::problemRemoved, this, [this](ProblemId id) {
        m_model->removeProblem(id);
        updateCounts();
    });
    connect(&m_ledger, &LedgerService::ledgerChanged, this, [this](CampaignId campaign) {
        if (campaign == m_campaign.id)
            reload();
    });
    followUnitRegister([this] { reloadUnits(); });

    updateActions();
    updateCounts();
}

void LedgerPage::campaignChanged()
{
    m_model->setCampaign(m_campaign);
    {
        const QSignalBlocker blocker(m_areaFilter);
        m_areaFilter->clear();
        m_areaFilter->addItem(tr("All areas"), 0);
        for (const Area &a : m_campaign.areas)
            m_areaFilter->addItem(QStringLiteral("%1. %2").arg(a.number).arg(a.title), a.number);
    }
    reloadUnits();
    reload();
}

void LedgerPage::reloadUnits()
{
    if (!m_campaign.id.isValid())
        return;
    m_unitList = campaignUnits();
    m_model->setUnits(m_unitList);
    refillUnitFilter(m_unitFilter, tr("All units"), m_unitList);
}

void LedgerPage::reload()
{
    m_model->setToday(m_clock.today());
    if (!m_campaign.id.isValid()) {
        m_model->setProblems({});
        return;
    }
    const auto problems = m_ledger.problems(m_campaign.id);
    if (!problems) {
        MessageBox::warning(this, tr("Rectification ledger"), problems.error().message,
                            problems.error().detail);
        return;
    }
    m_model->setProblems(*problems);
    if (!m_search->text().trimmed().isEmpty())
        searchNow();
    updateActions();
    updateDetail();
    updateCounts();
}

void LedgerPage::refreshDay()
{
    m_model->setToday(m_clock.today());
    m_proxy->refilter();
    updateCounts();
}

void LedgerPage::applyFilters()
{
    m_proxy->setUnit(UnitId(m_unitFilter->currentData().toLongLong()));
    m_proxy->setArea(m_areaFilter->currentData().toInt());
    const int source = m_sourceFilter->currentData().toInt();
    m_proxy->setSource(source < 0 ? std::nullopt : std::optional(Problem::Source(source)));
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setStatus(status < 0 ? std::nullopt : std::optional(Problem::Status(status)));
    m_proxy->setOverdueOnly(m_overdueOnly->isChecked());
    updateCounts();
    updateActions();
}

void LedgerPage::searchNow()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || !m_campaign.id.isValid()) {
        m_proxy->setMatches(std::nullopt);
    } else {
        const auto ids = m_ledger.search(m_campaign.id, text);
        QSet<qint64> set;
        if (ids)
            set = QSet<qint64>(ids->begin(), ids->end());
        m_proxy->setMatches(set);
    }
    updateCounts();
    updateActions();
}

QString LedgerPage::countsText() const
{
    int counts[4] = {0, 0, 0, 0};
    int overdue = 0;
    const QDate today = m_model->today();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const Problem *p = m_model->problemAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        if (!p)
            continue;
        ++counts[int(p->status)];
        if (p->isOverdue(today))
            ++overdue;
    }
    return tr("Showing %1 of %2 problems · %3 %4 · %5 %6 · %7 %8 · %9 %10 · overdue %11")
        .arg(m_proxy->rowCount())
        .arg(m_model->rowCount())
        .arg(problemStatusLabel(Problem::Status::Open))
        .arg(counts[0])
        .arg(problemStatusLabel(Problem::Status::InProgress))
        .arg(counts[1])
        .arg(problemStatusLabel(Problem::Status::AwaitingVerification))
        .arg(counts[2])
        .arg(problemStatusLabel(Problem::Status::Closed))
        .arg(counts[3])
        .arg(overdue);
}

void LedgerPage::updateCounts()
{
    m_counts->setText(countsText());
}

std::vector<ProblemId> LedgerPage::selectedProblems() const
{
    std::vector<ProblemId> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        ids.emplace_back(i.data(ProblemTableModel::IdRole).toLongLong());
    return ids;
}

const Problem *LedgerPage::single() const
{
    const std::vector<ProblemId> ids = selectedProblems();
    if (ids.size() != 1)
        return nullptr;
    return m_model->problemAt(m_model->rowOf(ids.front()));
}

void LedgerPage::selectProblem(ProblemId id)
{
    const QModelIndex index = shownIndex(m_proxy, m_model->rowOf(id));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    // In the middle of the view, not at its edge: a problem just added is seen at once.
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LedgerPage::updateActions()
{
    const std::vector<ProblemId> ids = selectedProblems();
    const Problem *one = single();
    const bool campaign = m_campaign.id.isValid();
    m_addButton->setEnabled(campaign);
    m_importButton->setEnabled(campaign);
    m_editButton->setEnabled(one != nullptr);
    m_deleteButton->setEnabled(one && !one->isClosed() && one->originKind.isEmpty());
    m_statusButton->setEnabled(!ids.empty());
    m_closeButton->setEnabled(one && one->status == Problem::Status::AwaitingVerification);
    m_reopenButton->setEnabled(one && one->isClosed());
    m_extendButton->setEnabled(one && !one->isClosed());
    m_evidenceButton->setEnabled(one != nullptr);
    m_dropArea->setEnabled(one != nullptr);
    m_outputButton->setEnabled(campaign);
}

void LedgerPage::updateDetail()
{
    const Problem *p = single();
    if (!p) {
        m_detail->setHtml(selectedProblems().empty()
                              ? tr("<p>Select a problem to see its history and evidence.</p>")
                              : tr("<p>%1 problems selected.</p>").arg(selectedProblems().size()));
        return;
    }
    m_detail->setHtml(ProblemDetail::html(*p, m_ledger, m_model->unitName(p->unit)));
}

void LedgerPage::addProblem()
{
    Problem p;
    p.campaign = m_campaign.id;
    p.unit = UnitId(m_unitFilter->currentData().toLongLong());
    p.area = qMax(1, m_areaFilter->currentData().toInt());
    ProblemDialog dialog(m_ledger, m_campaign, m_unitList, p, this);
    if (dialog.exec() == QDialog::Accepted)
        selectProblem(dialog.savedId());
}

void LedgerPage::editSelected()
{
    const Problem *p = single();
    if (!p)
        return;
    ProblemDialog dialog(m_ledger, m_campaign, m_unitList, *p, this);
    dialog.exec();
}

void LedgerPage::deleteSelected()
{
    const Problem *p = single();
    if (!p)
        return;
    const ProblemId id = p->id;
    if (MessageBox::question(this, tr("Delete problem"),
                             tr("Delete problem %1 from the ledger?\n\n%2\n\nThe audit log keeps a record of "
                                "the deletion.")
                                 .arg(id.value)
                                 .arg(p->description)) != QMessageBox::Yes)
        return;
    if (auto r = m_ledger.remove(id); !r)
        MessageBox::warning(this, tr("Delete problem"), r.error().message, r.error().detail);
}

void LedgerPage::changeStatus(Problem::Status to)
{
    const std::vector<ProblemId> ids = selectedProblems();
    if (ids.empty())
        return;
    LedgerStepDialog dialog(m_ledger, LedgerStepDialog::Kind::Status, ids, to, {}, this);
    dialog.exec();
}

void LedgerPage::closeSelected()
{
    const Problem *p = single();
    if (!p)
        return;
    LedgerStepDialog dialog(m_ledger, LedgerStepDialog::Kind::Close, {p->id}, Problem::Status::Closed,
                            m_clock.today(), this);
    dialog.exec();
}

void LedgerPage::reopenSelected()
{
    const Problem *p = single();
    if (!p)
        return;
    LedgerStepDialog dialog(m_ledger, LedgerStepDialog::Kind::Reopen, {p->id}, Problem::Status::Open, {},
                            this);
    dialog.exec();
}

void LedgerPage::extendSelected()
{
    const Problem *p = single();
    if (!p)
        return;
    LedgerStepDialog dialog(m_ledger, LedgerStepDialog::Kind::Extend, {p->id}, p->status,
                            p->deadline.addMonths(1), this);
    dialog.exec();
}

int LedgerPage::attachFiles(const QStringList &paths)
{
    const Problem *p = single();
    if (!p) {
        MessageBox::information(this, tr("Evidence"),
                                tr("Select one problem first; the files become its evidence."));
        return 0;
    }
    const ProblemId id = p->id;
    int stored = 0;
    QStringList failed;
    for (const QString &path : paths) {
        const auto r = m_ledger.addEvidenceFile(id, path);
        if (r)
            ++stored;
        else
            failed.append(r.error().fullText());
    }
    if (!failed.isEmpty())
        MessageBox::warning(this, tr("Evidence"), failed.join(QLatin1Char('\n')));
    m_status->showMessage(tr("%n evidence file(s) added to problem %1", nullptr, stored).arg(id.value), 5000);
    return stored;
}

void LedgerPage::addEvidenceFile()
{
    if (!single())
        return;
    const QStringList paths = FileDialogs::openMany(this, tr("Evidence files"));
    if (!paths.isEmpty())
        attachFiles(paths);
}

void LedgerPage::addStatement()
{
    const Problem *p = single();
    if (!p)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Written statement"),
                                                        tr("What was done, and who confirmed it:"), {}, &ok);
    if (!ok)
        return;
    if (auto r = m_ledger.addStatement(p->id, text); !r)
        MessageBox::warning(this, tr("Evidence"), r.error().message, r.error().detail);
}

void LedgerPage::importProblems()
{
    const QString path = FileDialogs::open(this, tr("Import problems"), tr("Spreadsheets (*.xlsx *.csv)"));
    if (!path.isEmpty())
        openImportDialog(path);
}

ImportDialog *LedgerPage::openImportDialog(const QString &path)
{
    const Campaign campaign = m_campaign;
    return PageImport::open(
        this, tr("Rectification ledger problems"),
        [this, campaign] { return std::make_unique<ProblemImporter>(m_ledger, m_units, campaign); }, path);
}

std::vector<Problem> LedgerPage::visibleProblems() const
{
    std::vector<Problem> out;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (const Problem *p = m_model->problemAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
            out.push_back(*p);
    return out;
}

std::optional<Unit> LedgerPage::filteredUnit() const
{
    const UnitId unitId(m_unitFilter->currentData().toLongLong());
    for (const Unit &u : m_unitList)
        if (u.id == unitId)
            return u;
    return std::nullopt;
}

LedgerOutput::Shown LedgerPage::shown() const
{
    return {m_campaign, m_unitList, visibleProblems(), m_clock.today(), filteredUnit(), m_ledger.auditHead()};
}

LedgerDocument LedgerPage::currentLedger() const
{
    return LedgerOutput::document(shown());
}

void LedgerPage::previewLedger()
{
    LedgerOutput::preview(this, m_renderer, shown());
}

void LedgerPage::printLedger()
{
    LedgerOutput::print(this, m_renderer, shown());
}

void LedgerPage::savePdf(const QString &path)
{
    if (const QString saved = LedgerOutput::savePdf(this, m_renderer, shown(), path); !saved.isEmpty())
        m_status->showMessage(tr("Saved %1").arg(saved), 5000);
}

void LedgerPage::saveXlsx(const QString &path)
{
    if (const QString saved = LedgerOutput::saveXlsx(this, shown(), path); !saved.isEmpty())
        m_status->showMessage(tr("Saved %1").arg(saved), 5000);
}

} // namespace oversight
