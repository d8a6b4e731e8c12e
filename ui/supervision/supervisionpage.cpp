#include "supervisionpage.h"

#include "callbackdialog.h"
#include "casedetail.h"
#include "complaintdialog.h"
#include "domain/isodate.h"
#include "domain/privacymask.h"
#include "exchange/complaintexchange.h"
#include "exchange/importdialog.h"
#include "findingdialog.h"
#include "messagebox.h"
#include "models/complaintfilterproxy.h"
#include "models/complainttablemodel.h"
#include "services/clock.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "stepdialog.h"
#include "widgets/filedialogs.h"
#include "widgets/pageimport.h"
#include "widgets/recordtable.h"
#include "widgets/searchablecombo.h"
#include "widgets/tablecopy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace oversight {

namespace {
// Status filter entries beyond the single statuses.
constexpr int anyStatus = -1;
constexpr int openStatuses = -2;

} // namespace

SupervisionPage::SupervisionPage(SupervisionService &service, UnitService &units, const Clock &clock,
                                 QWidget *parent)
    : CampaignPage(units, clock, parent), m_service(service),
      m_model(new ComplaintTableModel(service, units, clock, this)), m_proxy(new ComplaintFilterProxy(this))
{
    setObjectName(QStringLiteral("supervisionPage"));
    m_proxy->setSourceModel(m_model);

    auto *heading = pageHeading(tr("Complaints and case supervision"), this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supervisionTabs"));
    auto *cases = new QWidget(m_tabs);
    auto *callBacks = new QWidget(m_tabs);
    buildCasesTab(cases);
    buildCallBacksTab(callBacks);
    m_tabs->addTab(cases, tr("Cases"));
    m_tabs->addTab(callBacks, tr("Call-backs to enterprises"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);

    connect(&m_service, &SupervisionService::complaintChanged, this, &SupervisionPage::refreshCase);
    connect(&m_service, &SupervisionService::callBackAdded, this, &SupervisionPage::reloadCallBacks);
    connect(&m_service, &SupervisionService::callBackChanged, this, &SupervisionPage::reloadCallBacks);
    followUnitRegister([this] { fillUnitFilter(); });
    updateActions();
}

void SupervisionPage::refreshCase(ComplaintId id)
{
    if (id == selectedCase()) {
        updateDetail();
        updateActions();
    }
}

void SupervisionPage::buildCasesTab(QWidget *tab)
{
    m_registerButton =
        new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Register…"), tab);
    m_registerButton->setObjectName(QStringLiteral("caseRegisterButton"));
    m_registerButton->setToolTip(tr("Register a complaint or lead received by the bureau"));
    m_importButton = namedButton(tr("&Import…"), "caseImportButton", tab);
    m_importButton->setToolTip(tr("Register a batch of complaints from an Excel or CSV file"));
    m_editButton =
        new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Edit…"), tab);
    m_editButton->setObjectName(QStringLiteral("caseEditButton"));
    m_stepButton = new QToolButton(tab);
    m_stepButton->setObjectName(QStringLiteral("caseStepButton"));
    m_stepButton->setText(tr("Next &step"));
    m_stepButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stepButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_stepButton->setPopupMode(QToolButton::InstantPopup);
    m_stepMenu = new QMenu(m_stepButton);
    for (int k = int(StepDialog::Kind::Investigate); k <= int(StepDialog::Kind::Close); ++k) {
        QAction *a = m_stepMenu->addAction(StepDialog::title(StepDialog::Kind(k)));
        a->setData(k);
        connect(a, &QAction::triggered, this, [this, k] { runStep(k); });
    }
    m_stepButton->setMenu(m_stepMenu);
    m_findingButton = namedButton(tr("&Problem found…"), "caseFindingButton", tab, this,
                                  &SupervisionPage::addFindingToSelectedCase);
    m_findingButton->setToolTip(tr("Record a problem the case found, for the rectification ledger"));
    m_attachButton = namedButton(tr("&Attach file…"), "caseAttachButton", tab, this,
                                 &SupervisionPage::attachFileToSelectedCase);
    m_noticeButton = namedButton(tr("Draft &notice"), "caseNoticeButton", tab, this,
                                 &SupervisionPage::draftNoticeForSelectedCase);
    m_noticeButton->setToolTip(tr("Draft a 执法监督通知书 from this case on the documents page"));

    m_searchEdit = searchBox(tr("Search case no., enterprise, summary"), "caseSearchEdit", tab);
    m_searchEdit->setMinimumWidth(fontMetrics().height() * 12);

    m_statusFilter = new QComboBox(tab);
    m_statusFilter->setObjectName(QStringLiteral("caseStatusFilter"));
    m_statusFilter->addItem(tr("All statuses"), anyStatus);
    m_statusFilter->addItem(tr("Not closed"), openStatuses);
    for (Complaint::Status s : allStatuses())
        m_statusFilter->addItem(statusLabel(s), int(s));
    m_unitFilter = new QComboBox(tab);
    makeSearchable(m_unitFilter);
    m_unitFilter->setObjectName(QStringLiteral("caseUnitFilter"));
    // Long unit names must not widen the window past a laptop screen; the popup still shows them whole.
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitFilter->setMinimumContentsLength(10);
    m_channelFilter = enumFilter(tr("All channels"), allChannels(), channelLabel, "caseChannelFilter", tab);
    m_overdueCheck = new QCheckBox(tr("&Overdue only"), tab);
    m_overdueCheck->setObjectName(QStringLiteral("caseOverdueCheck"));
    m_countLabel = new QLabel(tab);
    m_countLabel->setObjectName(QStringLiteral("caseCountLabel"));

    m_table = recordView(m_proxy, "caseTable", tab);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ComplaintTableModel::Reference, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComplaintTableModel::Summary, QHeaderView::Stretch);

    m_detail = new QTextBrowser(tab);
    m_detail->setObjectName(QStringLiteral("caseDetail"));
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"attachment")
            openAttachment(url.path());
    });

    // The table needs its width for eight columns; the selected case's details and timeline go below it.
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setObjectName(QStringLiteral("caseSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = buttonRow({m_registerButton, m_importButton, m_editButton, m_stepButton, m_findingButton,
                               m_attachButton, m_noticeButton},
                              {m_countLabel});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_unitFilter);
    filters->addWidget(m_channelFilter);
    filters->addWidget(m_overdueCheck);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_registerButton, &QPushButton::clicked, this, &SupervisionPage::registerComplaint);
    connect(m_importButton, &QPushButton::clicked, this, &SupervisionPage::importComplaints);
    connect(m_editButton, &QPushButton::clicked, this, &SupervisionPage::editSelectedCase);
    connect(m_table, &QTableView::doubleClicked, this, &SupervisionPage::editSelectedCase);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &SupervisionPage::applyFilter);
    for (QComboBox *combo : {m_statusFilter, m_unitFilter, m_channelFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &SupervisionPage::applyFilter);
    connect(m_overdueCheck, &QCheckBox::toggled, this, &SupervisionPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{m_model, m_proxy}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &SupervisionPage::updateCountLabel);
        connect(model, &QAbstractItemModel::modelReset, this, &SupervisionPage::updateCountLabel);
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SupervisionPage::updateCountLabel);
}

void SupervisionPage::buildCallBacksTab(QWidget *tab)
{
    m_callBackAddButton =
        new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Record call-back…"), tab);
    m_callBackAddButton->setObjectName(QStringLiteral("callBackAddButton"));
    m_callBackEditButton = namedButton(tr("&Edit…"), "callBackEditButton", tab);
    m_callBackOpenButton = namedButton(tr("&Open a complaint from it"), "callBackOpenButton", tab);
    m_callBackFindingButton = namedButton(tr("&Problem found…"), "callBackFindingButton", tab);

    m_callBackTable = new QTableWidget(0, 7, tab);
    TableCopy::enable(m_callBackTable);
    m_callBackTable->setObjectName(QStringLiteral("callBackTable"));
    m_callBackTable->setHorizontalHeaderLabels({tr("Date"), tr("Enterprise"), tr("Method"),
                                                tr("Unit concerned"), tr("What the enterprise said"),
                                                tr("Complaint"), tr("Problems found")});
    m_callBackTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_callBackTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_callBackTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_callBackTable->verticalHeader()->hide();
    m_callBackTable->setWordWrap(false);
    m_callBackTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_callBackTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    auto *buttons =
        buttonRow({m_callBackAddButton, m_callBackEditButton, m_callBackOpenButton, m_callBackFindingButton});
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_callBackTable, 1);

    const auto selectedCallBack = [this]() -> CallBackId {
        const auto rows = m_callBackTable->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return {};
        return CallBackId(m_callBackTable->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong());
    };
    connect(m_callBackAddButton, &QPushButton::clicked, this, &SupervisionPage::recordCallBack);
    connect(m_callBackOpenButton, &QPushButton::clicked, this,
            &SupervisionPage::openComplaintFromSelectedCallBack);
    connect(m_callBackEditButton, &QPushButton::clicked, this, [this, selectedCallBack] {
        const auto cb = m_service.callBack(selectedCallBack());
        if (!cb)
            return;
        CallBackDialog dialog(m_service, *cb, campaignUnits(), m_clock.today(), this);
        dialog.exec();
    });
    connect(m_callBackFindingButton, &QPushButton::clicked, this, [this, selectedCallBack] {
        ComplaintFinding f;
        f.callBack = selectedCallBack();
        if (!f.callBack.isValid())
            return;
        f.source = ComplaintFinding::Source::CallBack;
        FindingDialog dialog(m_service, m_campaign, f, this);
        dialog.exec();
    });
    connect(m_callBackTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisionPage::updateActions);
}

void SupervisionPage::reload()
{
    if (auto r = m_model->setCampaign(m_campaign.id); !r)
        MessageBox::warning(this, tr("Supervision"), r.error().message, r.error().detail);
    fillUnitFilter();
    reloadCallBacks();
    updateActions();
    updateDetail();
}

void SupervisionPage::refreshDay()
{
    m_model->refreshDay();
    applyFilter();
    updateDetail();
}

void SupervisionPage::fillUnitFilter()
{
    refillUnitFilter(m_unitFilter, tr("All units"), campaignUnits());
    m_model->reloadUnitNames();
    reloadCallBacks();
}

void SupervisionPage::applyFilter()
{
    ComplaintFilter f;
    f.text = m_searchEdit->text();
    const int status = m_statusFilter->currentData().toInt();
    if (status == openStatuses)
        f.onlyOpen = true;
    else if (status >= 0)
        f.status = Complaint::Status(status);
    f.unit = UnitId(m_unitFilter->currentData().toLongLong());
    if (const int channel = m_channelFilter->currentData().toInt(); channel >= 0)
        f.channel = Complaint::Channel(channel);
    f.onlyOverdue = m_overdueCheck->isChecked();
    m_proxy->setFilter(f);
    updateCountLabel();
}

void SupervisionPage::updateCountLabel()
{
    int overdue = 0;
    const QDate today = m_clock.today();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->complaintAt(row).isOverdue(today))
            ++overdue;
    }
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    QString text = shown == total ? tr("%1 cases").arg(total) : tr("%1 of %2 cases").arg(shown).arg(total);
    if (overdue > 0)
        text += tr(", %1 overdue").arg(overdue);
    m_countLabel->setText(text);
}

ComplaintId SupervisionPage::selectedCase() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(ComplaintTableModel::IdRole).value<ComplaintId>();
}

void SupervisionPage::selectCase(ComplaintId id)
{
    const QModelIndex index = shownIndex(m_proxy, m_model->rowOf(id));
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void SupervisionPage::updateActions()
{
    const bool hasCampaign = m_campaign.id.isValid();
    m_registerButton->setEnabled(hasCampaign);
    m_importButton->setEnabled(hasCampaign);
    m_callBackAddButton->setEnabled(hasCampaign);
    const ComplaintId id = selectedCase();
    const int row = m_model->rowOf(id);
    const bool selected = row >= 0;
    m_editButton->setEnabled(selected);
    m_findingButton->setEnabled(selected);
    m_attachButton->setEnabled(selected);
    m_noticeButton->setEnabled(selected);
    bool anyStep = false;
    for (QAction *a : m_stepMenu->actions()) {
        const bool can = selected && canMove(m_model->complaintAt(row).status,
                                             StepDialog::target(StepDialog::Kind(a->data().toInt())));
        a->setVisible(can);
        anyStep = anyStep || can;
    }
    m_stepButton->setEnabled(anyStep);

    const bool callBackSelected = m_callBackTable->selectionModel()->hasSelection();
    m_callBackEditButton->setEnabled(callBackSelected);
    m_callBackFindingButton->setEnabled(callBackSelected);
    bool canOpen = false;
    if (callBackSelected) {
        const int r = m_callBackTable->selectionModel()->selectedRows().first().row();
        canOpen = m_callBackTable->item(r, 5)->text().isEmpty();
    }
    m_callBackOpenButton->setEnabled(canOpen);
}

void SupervisionPage::reloadCallBacks()
{
    const auto list = m_service.callBacks(m_campaign.id);
    m_callBackTable->setRowCount(0);
    if (!list)
        return;
    m_callBackTable->setRowCount(int(list->size()));
    int row = 0;
    for (const CallBack &cb : *list) {
        QString complaintRef;
        if (cb.complaint.isValid()) {
            if (auto c = m_service.complaint(cb.complaint))
                complaintRef = c->reference;
        }
        const auto findings = m_service.findingsOfCallBack(cb.id);
        QStringList problems;
        if (findings) {
            for (const ComplaintFinding &f : *findings)
                problems.append(f.description);
        }
        const QStringList cells{iso(cb.visitedOn),
                                cb.enterpriseName,
                                methodLabel(cb.method),
                                m_model->unitName(cb.unit),
                                cb.feedback.simplified(),
                                complaintRef,
                                problems.isEmpty() ? QString() : QString::number(problems.size())};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 0)
                item->setData(Qt::UserRole, cb.id.value);
            if (col == 4)
                item->setToolTip(cb.feedback);
            if (col == 6)
                item->setToolTip(problems.join(QLatin1Char('\n')));
            m_callBackTable->setItem(row, col, item);
        }
        ++row;
    }
    updateActions();
}

void SupervisionPage::registerComplaint()
{
    if (!m_campaign.id.isValid())
        return;
    Complaint c;
    c.campaign = m_campaign.id;
    if (const UnitId unit(m_unitFilter->currentData().toLongLong()); unit.isValid())
        c.unit = unit;
    ComplaintDialog dialog(m_service, c, campaignUnits(), m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectCase(dialog.savedId());
}

void SupervisionPage::importComplaints()
{
    if (!m_campaign.id.isValid())
        return;
    const QString path = PageImport::askFile(this, tr("Import complaints"));
    if (!path.isEmpty())
        openImportDialog(path);
}

ImportDialog *SupervisionPage::openImportDialog(const QString &path)
{
    const CampaignId campaign = m_campaign.id;
    return PageImport::open(
        this, tr("Complaints"),
        [this, campaign] { return std::make_unique<ComplaintImporter>(m_service, m_units, campaign); }, path);
}

void SupervisionPage::editSelectedCase()
{
    const auto c = m_service.complaint(selectedCase());
    if (!c)
        return;
    ComplaintDialog dialog(m_service, *c, campaignUnits(), m_clock.today(), this);
    dialog.exec();
}

void SupervisionPage::runStep(int kind)
{
    const auto c = m_service.complaint(selectedCase());
    if (!c)
        return;
    StepDialog dialog(m_service, *c, StepDialog::Kind(kind), m_clock.today(), this);
    dialog.exec();
}

QString SupervisionPage::openAttachment(const QString &sha256)
{
    const ComplaintId id = selectedCase();
    const auto files = m_service.attachments(id);
    if (!files)
        return {};
    for (const ComplaintAttachment &a : *files) {
        if (a.sha256 != sha256)
            continue;
        // A copy under its own name in a private temporary folder: the viewer knows the type from the name,
        // and the evidence kept under its SHA-256 is never opened for writing.
        static QTemporaryDir viewing;
        const QString copy = QDir(viewing.path()).filePath(a.sha256.left(12) + QLatin1Char('-') + a.fileName);
        if (!QFileInfo::exists(copy) && !QFile::copy(m_service.attachmentPath(a), copy)) {
            MessageBox::warning(this, tr("Open attachment"),
                                tr("The stored copy of \"%1\" cannot be read.").arg(a.fileName),
                                m_service.attachmentPath(a));
            return {};
        }
        QFile::setPermissions(copy, QFile::ReadOwner);
        if (!MessageBox::testMode())
            QDesktopServices::openUrl(QUrl::fromLocalFile(copy));
        return copy;
    }
    return {};
}

void SupervisionPage::draftNoticeForSelectedCase()
{
    const ComplaintId id = selectedCase();
    if (id.isValid())
        Q_EMIT supervisionNoticeRequested(id);
}

void SupervisionPage::addFindingToSelectedCase()
{
    const auto c = m_service.complaint(selectedCase());
    if (!c)
        return;
    ComplaintFinding f;
    f.complaint = c->id;
    // Cases the bureau took up itself (media, assignment, call-back) are supervision; the rest complaints.
    f.source = c->channel == Complaint::Channel::Media || c->channel == Complaint::Channel::Assigned
                   ? ComplaintFinding::Source::Supervision
                   : ComplaintFinding::Source::Complaint;
    f.area = 1;
    FindingDialog dialog(m_service, m_campaign, f, this);
    dialog.exec();
}

void SupervisionPage::attachFileToSelectedCase()
{
    const ComplaintId id = selectedCase();
    if (!id.isValid())
        return;
    const QString path = FileDialogs::open(this, tr("Attach a file to the case"));
    if (path.isEmpty())
        return;
    if (auto r = m_service.attach(id, path); !r)
        MessageBox::warning(this, tr("Attach file"), r.error().message, r.error().detail);
}

void SupervisionPage::recordCallBack()
{
    if (!m_campaign.id.isValid())
        return;
    CallBack cb;
    cb.campaign = m_campaign.id;
    CallBackDialog dialog(m_service, cb, campaignUnits(), m_clock.today(), this);
    dialog.exec();
}

void SupervisionPage::openComplaintFromSelectedCallBack()
{
    const auto rows = m_callBackTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const CallBackId id(m_callBackTable->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong());
    const auto opened = m_service.openComplaintFromCallBack(id);
    if (!opened) {
        MessageBox::warning(this, tr("Open a complaint"), opened.error().message, opened.error().detail);
        return;
    }
    m_tabs->setCurrentIndex(0);
    selectCase(*opened);
}

void SupervisionPage::updateDetail()
{
    const auto c = m_service.complaint(selectedCase());
    if (!c) {
        m_detail->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                              .arg(tr("Select a case to see its details and timeline.").toHtmlEscaped()));
        return;
    }
    m_detail->setHtml(CaseDetail::html(*c, m_service, m_model->unitName(c->unit), m_clock.today()));
}

} // namespace oversight
