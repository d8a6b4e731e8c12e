#include "arearecordspage.h"

#include "domain/isodate.h"
#include "exchange/arearecordexchange.h"
#include "exchange/importdialog.h"
#include "messagebox.h"
#include "models/arearecordmodels.h"
#include "services/arearecordservice.h"
#include "services/clock.h"
#include "services/unitservice.h"
#include "widgets/filedialogs.h"
#include "widgets/formdialog.h"
#include "widgets/pageimport.h"
#include "widgets/recordtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace oversight {

namespace {

/// The import kind (the CLI word) of a tab's list; nullopt for the bureau's own records.
std::optional<AreaRecordImporter::List> listOf(AreaRecordKind kind)
{
    switch (kind) {
    case AreaRecordKind::Training:
        return AreaRecordImporter::List::Trainings;
    case AreaRecordKind::Exam:
        return AreaRecordImporter::List::Exams;
    case AreaRecordKind::PenaltyFiling:
        return AreaRecordImporter::List::MajorPenalties;
    case AreaRecordKind::Meeting:
    case AreaRecordKind::GuidingCase:
        break;
    }
    return std::nullopt;
}

} // namespace

AreaRecordsPage::AreaRecordsPage(AreaRecordService &service, UnitService &units, const Clock &clock,
                                 QWidget *parent)
    : CampaignPage(units, clock, parent), m_service(service)
{
    setObjectName(QStringLiteral("areaRecordsPage"));
    auto *heading = pageHeading(tr("Training and enforcement-system records (areas 7 and 10)"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("areaRecordsSummary"));
    m_summary->setWordWrap(true);

    auto *addButton = namedButton(tr("&Add…"), "recordAddButton", this, this, &AreaRecordsPage::addRecord);
    m_editButton = namedButton(tr("&Edit…"), "recordEditButton", this, this, &AreaRecordsPage::editSelected);
    m_removeButton =
        namedButton(tr("De&lete"), "recordRemoveButton", this, this, &AreaRecordsPage::removeSelected);
    m_removeButton->setToolTip(tr("Delete a record entered by mistake"));
    m_importButton =
        namedButton(tr("&Import…"), "recordImportButton", this, this, &AreaRecordsPage::importList);
    m_templateButton =
        namedButton(tr("&Template…"), "recordTemplateButton", this, this, &AreaRecordsPage::saveTemplate);
    m_exportButton =
        namedButton(tr("E&xport…"), "recordExportButton", this, this, &AreaRecordsPage::exportList);
    auto *buttons = buttonRow({addButton, m_editButton, m_removeButton},
                              {m_importButton, m_exportButton, m_templateButton});

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("areaRecordTabs"));
    buildTab(AreaRecordKind::Training, new TrainingModel(service, units, this), tr("Training"), {});
    buildTab(AreaRecordKind::Exam, new ExamModel(service, units, this), tr("Exams"),
             tr("&Without training before them"));
    buildTab(AreaRecordKind::Meeting, new MeetingModel(service, units, this), tr("Coordination meetings"), {});
    buildTab(AreaRecordKind::PenaltyFiling, new PenaltyFilingModel(service, units, this),
             tr("Major-penalty filings"), tr("&Late only"));
    buildTab(AreaRecordKind::GuidingCase, new GuidingCaseModel(service, units, this), tr("Guiding cases"), {});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &AreaRecordsPage::updateActions);
    connect(&m_service, &AreaRecordService::recordsChanged, this, [this] {
        for (int k = 0; k < int(m_tabData.size()); ++k)
            updateCount(AreaRecordKind(k));
    });
    followUnitRegister([this] {
        fillUnitFilters();
        for (const Tab &t : m_tabData)
            (void)t.model->reload();
    });
    updateActions();
}

void AreaRecordsPage::buildTab(AreaRecordKind kind, AreaRecordModel *model, const QString &title,
                               const QString &flagText)
{
    auto *page = new QWidget(m_tabs);
    Tab &t = m_tabData[size_t(kind)];
    t.model = model;
    t.proxy = new AreaRecordFilterProxy(this);
    t.proxy->setSourceModel(model);
    t.view = new QTableView(page);
    t.view->setObjectName(QStringLiteral("recordsView%1").arg(int(kind)));
    t.view->setModel(t.proxy);
    t.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.view->setSelectionMode(QAbstractItemView::SingleSelection);
    t.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t.view->setSortingEnabled(true);
    t.view->sortByColumn(-1, Qt::AscendingOrder);
    t.view->verticalHeader()->hide();
    t.view->setWordWrap(false);
    t.view->horizontalHeader()->setHighlightSections(false);
    t.view->horizontalHeader()->setStretchLastSection(false);
    t.view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    // The long text column stretches: the title, subject, topic or case number.
    const int stretch = kind == AreaRecordKind::Training || kind == AreaRecordKind::Exam ? 2 : 1;
    for (int c = 0; c < model->columnCount(); ++c) {
        const int header = fontMetrics().horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + em * 2;
        t.view->setColumnWidth(c, std::max(header, em * (c == 0 && kind != AreaRecordKind::Meeting ? 10 : 7)));
    }
    t.view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);

    auto *search = searchBox(tr("Search"), QStringLiteral("recordsSearch%1").arg(int(kind)), page);
    connect(search, &QLineEdit::textChanged, this, [this, kind](const QString &text) {
        tab(kind).proxy->setSearch(text);
        updateCount(kind);
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(search, 2);
    if (kind != AreaRecordKind::Meeting) {
        t.unitFilter = new QComboBox(page);
        t.unitFilter->setObjectName(QStringLiteral("recordsUnitFilter%1").arg(int(kind)));
        t.unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        t.unitFilter->setMinimumContentsLength(10);
        connect(t.unitFilter, &QComboBox::currentIndexChanged, this, [this, kind] {
            tab(kind).proxy->setUnit(UnitId(tab(kind).unitFilter->currentData().toLongLong()));
            updateCount(kind);
        });
        filters->addWidget(t.unitFilter, 1);
    }
    if (!flagText.isEmpty()) {
        auto *flagged = new QCheckBox(flagText, page);
        flagged->setObjectName(QStringLiteral("recordsFlagged%1").arg(int(kind)));
        connect(flagged, &QCheckBox::toggled, this, [this, kind](bool on) {
            tab(kind).proxy->setFlaggedOnly(on);
            updateCount(kind);
        });
        filters->addWidget(flagged);
    }
    t.count = new QLabel(page);
    t.count->setObjectName(QStringLiteral("recordsCount%1").arg(int(kind)));
    filters->addWidget(t.count);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(t.view, 1);
    m_tabs->addTab(page, title);

    connect(t.view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AreaRecordsPage::updateActions);
    connect(t.view, &QTableView::doubleClicked, this, &AreaRecordsPage::editSelected);
    connect(t.proxy, &QAbstractItemModel::modelReset, this, &AreaRecordsPage::updateActions);
}

void AreaRecordsPage::reload()
{
    fillUnitFilters();
    for (const Tab &t : m_tabData)
        if (auto r = t.model->setCampaign(m_campaign.id, m_campaign.rules.majorPenaltyFilingDays); !r)
            MessageBox::warning(this, tr("Records"), r.error().message, r.error().detail);
    for (int k = 0; k < int(m_tabData.size()); ++k)
        updateCount(AreaRecordKind(k));
    updateActions();
}

void AreaRecordsPage::fillUnitFilters()
{
    const std::vector<Unit> units = campaignUnits();
    for (Tab &t : m_tabData) {
        if (!t.unitFilter)
            continue;
        refillUnitFilter(t.unitFilter, tr("All units"), units);
        t.proxy->setUnit(UnitId(t.unitFilter->currentData().toLongLong()));
    }
}

void AreaRecordsPage::updateCount(AreaRecordKind kind)
{
    const Tab &t = tab(kind);
    const int shown = t.proxy->rowCount();
    const int all = t.model->rowCount();
    t.count->setText(shown == all ? tr("%n record(s)", nullptr, all) : tr("%1 of %2").arg(shown).arg(all));

    if (!m_campaign.id.isValid())
        return;
    const auto sessions = m_service.list<TrainingSession>(m_campaign.id);
    const auto exams = m_service.list<Exam>(m_campaign.id);
    const auto meetings = m_service.list<CoordinationMeeting>(m_campaign.id);
    const auto filings = m_service.list<MajorPenaltyFiling>(m_campaign.id);
    const auto cases = m_service.list<GuidingCase>(m_campaign.id);
    if (!sessions || !exams || !meetings || !filings || !cases)
        return;
    const TrainingFigures tf = countTraining(*sessions, *exams, UnitId());
    const ReformFigures rf =
        countReform(*meetings, *filings, *cases, m_campaign.rules.majorPenaltyFilingDays);
    m_summary->setText(
        tr("Training: %1 session(s), %2 hour(s); %3 exam(s), %4 without training before them. Area 10: %5 "
           "coordination meeting(s), %6 major-penalty filing(s) (%7 late, limit %8 days), %9 guiding case(s).")
            .arg(tf.sessions)
            .arg(tf.hours)
            .arg(tf.exams)
            .arg(tf.examsWithoutTraining)
            .arg(rf.meetings)
            .arg(rf.majorPenaltyFilings)
            .arg(rf.lateFilings)
            .arg(rf.filingDays)
            .arg(rf.guidingCases));
}

AreaRecordKind AreaRecordsPage::currentKind() const
{
    return AreaRecordKind(std::max(0, m_tabs->currentIndex()));
}

qint64 AreaRecordsPage::selectedId() const
{
    const Tab &t = tab(currentKind());
    const QModelIndexList rows = t.view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(AreaRecordModel::IdRole).toLongLong();
}

void AreaRecordsPage::select(AreaRecordKind kind, qint64 id)
{
    m_tabs->setCurrentIndex(int(kind));
    const Tab &t = tab(kind);
    const QModelIndex index = shownIndex(t.proxy, t.model->rowOf(id));
    if (index.isValid()) {
        t.view->selectRow(index.row());
        t.view->scrollTo(index);
    }
}

void AreaRecordsPage::updateActions()
{
    const bool selected = selectedId() != 0;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    const bool hasList = listOf(currentKind()).has_value();
    m_importButton->setEnabled(hasList && m_campaign.id.isValid());
    m_templateButton->setEnabled(hasList);
    m_exportButton->setEnabled(hasList && m_campaign.id.isValid());
    m_exportButton->setToolTip(hasList ? tr("The list in its import template, to send or to edit and import back")
                                       : tr("The bureau's own records have no list to send"));
    m_importButton->setToolTip(hasList ? tr("A list from Excel or CSV, as the units send it")
                                       : tr("The bureau's own records: add them one by one"));
}

AreaRecord AreaRecordsPage::blank(AreaRecordKind kind) const
{
    const CampaignId c = m_campaign.id;
    switch (kind) {
    case AreaRecordKind::Training: {
        TrainingSession s;
        s.campaign = c;
        s.hours = 2;
        s.attendees = 1;
        return s;
    }
    case AreaRecordKind::Exam: {
        Exam e;
        e.campaign = c;
        e.sat = 1;
        return e;
    }
    case AreaRecordKind::Meeting: {
        CoordinationMeeting m;
        m.campaign = c;
        return m;
    }
    case AreaRecordKind::PenaltyFiling: {
        MajorPenaltyFiling f;
        f.campaign = c;
        return f;
    }
    case AreaRecordKind::GuidingCase:
        break;
    }
    GuidingCase g;
    g.campaign = c;
    return g;
}

std::optional<AreaRecord> AreaRecordsPage::selectedRecord() const
{
    const qint64 id = selectedId();
    if (id == 0)
        return std::nullopt;
    const auto fetch = [&](auto typed) -> std::optional<AreaRecord> {
        using T = decltype(typed);
        if (auto r = m_service.get<T>(id))
            return AreaRecord(*r);
        return std::nullopt;
    };
    switch (currentKind()) {
    case AreaRecordKind::Training:
        return fetch(TrainingSession{});
    case AreaRecordKind::Exam:
        return fetch(Exam{});
    case AreaRecordKind::Meeting:
        return fetch(CoordinationMeeting{});
    case AreaRecordKind::PenaltyFiling:
        return fetch(MajorPenaltyFiling{});
    case AreaRecordKind::GuidingCase:
        return fetch(GuidingCase{});
    }
    return std::nullopt;
}

void AreaRecordsPage::openRecord(const AreaRecord &record)
{
    const AreaRecordKind kind = currentKind();
    AreaRecordDialog dialog(m_service, record, unitChoices(), m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        select(kind, dialog.savedId());
}

void AreaRecordsPage::addRecord()
{
    if (m_campaign.id.isValid())
        openRecord(blank(currentKind()));
}

void AreaRecordsPage::editSelected()
{
    if (const std::optional<AreaRecord> record = selectedRecord())
        openRecord(*record);
}

void AreaRecordsPage::removeSelected()
{
    const std::optional<AreaRecord> record = selectedRecord();
    if (!record)
        return;
    const Tab &t = tab(currentKind());
    // The record's name: a training's title, an exam's subject, a meeting's topic, a case number, a title.
    const bool byUnit = currentKind() == AreaRecordKind::Training || currentKind() == AreaRecordKind::Exam;
    const QModelIndexList rows = t.view->selectionModel()->selectedRows(byUnit ? 2 : 1);
    const QString what = rows.isEmpty() ? QString() : rows.first().data().toString();
    if (MessageBox::question(this, tr("Delete record"),
                             tr("Delete \"%1\" from the %2? The audit log keeps the record of it.")
                                 .arg(what, m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')))) !=
        QMessageBox::Yes)
        return;
    const qint64 id = selectedId();
    const Result<void> r = std::visit(
        [&](const auto &typed) { return m_service.remove<std::decay_t<decltype(typed)>>(id); }, *record);
    if (!r)
        MessageBox::warning(this, tr("Delete record"), r.error().message, r.error().detail);
}

void AreaRecordsPage::importList()
{
    if (!m_campaign.id.isValid() || !listOf(currentKind()))
        return;
    const QString path = PageImport::askFile(this, tr("Import a list"));
    if (!path.isEmpty())
        openImportDialog(path);
}

ImportDialog *AreaRecordsPage::openImportDialog(const QString &path)
{
    const std::optional<AreaRecordImporter::List> list = listOf(currentKind());
    if (!list)
        return nullptr;
    const CampaignId campaign = m_campaign.id;
    return PageImport::open(
        this, m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')),
        [this, campaign, list] {
            return std::make_unique<AreaRecordImporter>(*list, m_service, m_units, campaign);
        },
        path);
}

void AreaRecordsPage::saveTemplate()
{
    const std::optional<AreaRecordImporter::List> list = listOf(currentKind());
    if (!list)
        return;
    const XlsxWorkbook book = areaRecordTemplate(*list);
    const QString path = FileDialogs::save(this, tr("Save the template"),
                                           book.sheets.first().name + QStringLiteral("模板.xlsx"),
                                           tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto r = writeXlsx(path, book); !r)
        MessageBox::warning(this, tr("Template"), r.error().message, r.error().detail);
    else
        MessageBox::information(this, tr("Template"),
                                tr("The template is written to %1.").arg(QDir::toNativeSeparators(path)));
}

void AreaRecordsPage::exportList()
{
    const std::optional<AreaRecordImporter::List> list = listOf(currentKind());
    if (!list || !m_campaign.id.isValid())
        return;
    const Tab &t = tab(currentKind());
    const QString unit = t.unitFilter && t.unitFilter->currentData().toLongLong() != 0
                             ? t.unitFilter->currentText() + QLatin1Char('-')
                             : QString();
    QString path = FileDialogs::save(this, tr("Export the list"),
                                     unit + areaRecordTemplate(*list).sheets.first().name + QStringLiteral(".xlsx"),
                                     tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    if (const std::optional<int> written = exportTo(path))
        MessageBox::information(this, tr("Export"),
                                tr("%n record(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}

std::optional<int> AreaRecordsPage::exportTo(const QString &path)
{
    const std::optional<AreaRecordImporter::List> list = listOf(currentKind());
    if (!list || !m_campaign.id.isValid())
        return std::nullopt;
    const Tab &t = tab(currentKind());
    const UnitId unit(t.unitFilter ? t.unitFilter->currentData().toLongLong() : 0);
    Result<XlsxWorkbook> book = areaRecordExport(*list, m_service, m_units, m_campaign.id, unit);
    Result<void> written = book ? writeXlsx(path, *book) : Result<void>(book.error());
    if (!written) {
        MessageBox::warning(this, tr("Export"),
                            written.error().message + QLatin1Char(' ') +
                                tr("Choose a folder that exists and that you can write to."),
                            written.error().detail);
        return std::nullopt;
    }
    return int(book->sheets.first().rows.size());
}

} // namespace oversight
