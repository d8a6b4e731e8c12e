#include "unitspage.h"

#include "acceptancedialog.h"
#include "exchange/importdialog.h"
#include "exchange/unitexchange.h"
#include "formats/xlsxwriter.h"
#include "messagebox.h"
#include "models/unitfilterproxy.h"
#include "models/unittablemodel.h"
#include "services/acceptanceservice.h"
#include "services/clock.h"
#include "services/unitservice.h"
#include "settings.h"
#include "unitdialog.h"
#include "widgets/filedialogs.h"
#include "widgets/pageimport.h"
#include "widgets/recordtable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace oversight {

UnitsPage::UnitsPage(UnitService &units, Settings &settings, QWidget *parent)
    : QWidget(parent), m_service(units), m_settings(settings), m_model(new UnitTableModel(units, this)),
      m_proxy(new UnitFilterProxy(this))
{
    setObjectName(QStringLiteral("unitsPage"));
    m_proxy->setSourceModel(m_model);
    buildLayout();

    connect(m_addButton, &QPushButton::clicked, this, &UnitsPage::addUnit);
    connect(m_editButton, &QPushButton::clicked, this, &UnitsPage::editSelectedUnit);
    connect(m_deleteButton, &QPushButton::clicked, this, &UnitsPage::deleteSelectedUnit);
    connect(m_importButton, &QPushButton::clicked, this, &UnitsPage::importUnits);
    connect(m_exportButton, &QPushButton::clicked, this, &UnitsPage::exportUnits);
    connect(m_templateButton, &QPushButton::clicked, this, &UnitsPage::saveTemplate);
    connect(m_table, &QTableView::doubleClicked, this, &UnitsPage::editSelectedUnit);
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &UnitFilterProxy::setFilterText);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &UnitsPage::applyCategoryFilter);
    connect(m_withoutContactCheck, &QCheckBox::toggled, m_proxy, &UnitFilterProxy::setOnlyWithoutContact);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UnitsPage::updateActions);

    // The counts follow the service's edits (the source model) and the clerk's filters (the proxy). Both are
    // needed: the proxy drops a removed row while the source still holds it, so only the source's
    // rowsRemoved sees the final numbers.
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{m_model, m_proxy}) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &UnitsPage::updateCountLabel);
        connect(model, &QAbstractItemModel::modelReset, this, &UnitsPage::updateCountLabel);
    }
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UnitsPage::updateCountLabel);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UnitsPage::updateCountLabel);

    updateActions();
    updateCountLabel();
}

void UnitsPage::buildLayout()
{
    auto *heading = pageHeading(tr("Enforcement units"), this);

    m_addButton = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setToolTip(tr("Add a unit to this campaign's register"));
    m_editButton =
        new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_acceptanceButton = namedButton(tr("Acc&eptance…"), "acceptanceButton", this, this,
                                     [this] { (void)openAcceptanceDialog(); });
    m_acceptanceButton->setToolTip(
        tr("The acceptance conclusion on the selected unit (合格 / 基本合格 / 不合格)"));
    m_acceptanceButton->setVisible(false);

    m_importButton =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(
        tr("Add or update units from a .xlsx or .csv list; the file is checked first"));
    m_exportButton =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("E&xport…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the register as a .xlsx workbook"));
    m_templateButton = namedButton(tr("&Template…"), "templateButton", this);
    m_templateButton->setToolTip(tr("Save a blank .xlsx list for units to fill in"));

    m_searchEdit = searchBox(tr("Search name, contact, phone, notes"), "searchEdit", this);
    m_searchEdit->setMinimumWidth(fontMetrics().height() * 14);

    m_categoryFilter =
        enumFilter(tr("All categories"), QList{Unit::Category::Department, Unit::Category::Township},
                   categoryLabel, "categoryFilter", this);
    m_categoryFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_withoutContactCheck = new QCheckBox(tr("Only units without a contact"), this);
    m_withoutContactCheck->setObjectName(QStringLiteral("withoutContactCheck"));

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_addButton);
    tools->addWidget(m_editButton);
    tools->addWidget(m_deleteButton);
    tools->addWidget(m_acceptanceButton);
    tools->addSpacing(fontMetrics().height() / 2);
    tools->addWidget(m_importButton);
    tools->addWidget(m_exportButton);
    tools->addWidget(m_templateButton);
    tools->addStretch(1);
    // The filters on a line of their own: beside the seven buttons they made the page wider than a
    // 1366-pixel laptop leaves it in English.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_withoutContactCheck);

    m_table = recordView(m_proxy, "unitsTable", this);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // CJK fonts bring tall line boxes; rows a little above one line keep 20 units in view on a laptop.
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() +
                                                     fontMetrics().height() / 3);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UnitTableModel::Name, Qt::AscendingOrder);

    // Widths from the font, so Chinese names fit at any DPI: about 16 characters for a name, 8 for a person.
    QHeaderView *header = m_table->horizontalHeader();
    const int em = fontMetrics().height();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->resizeSection(UnitTableModel::Name, em * 16);
    header->resizeSection(UnitTableModel::Category, em * 7);
    header->resizeSection(UnitTableModel::ContactPerson, em * 8);
    header->resizeSection(UnitTableModel::ContactPhone, em * 10);
    const QByteArray saved = m_settings.headerState(m_table->objectName());
    if (!saved.isEmpty())
        header->restoreState(saved);

    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &UnitsPage::deleteSelectedUnit);
    m_table->addAction(deleteAction);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(tools);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);
}

void UnitsPage::setCampaign(const Campaign &campaign)
{
    m_campaign = campaign.id;
    m_campaignTitle = campaign.title;
    const Deadline *contacts = campaign.contactsDeadline();
    m_model->setContactsDue(contacts ? contacts->due : QDate());
    if (auto loaded = m_model->setCampaign(campaign.id); !loaded)
        MessageBox::warning(this, tr("Units register"), loaded.error().message, loaded.error().detail);
    updateActions();
}

void UnitsPage::saveState()
{
    m_settings.setHeaderState(m_table->objectName(), m_table->horizontalHeader()->saveState());
}

void UnitsPage::addUnit()
{
    if (!m_campaign.isValid())
        return;
    Unit unit;
    unit.campaign = m_campaign;
    openDialog(unit);
}

void UnitsPage::editSelectedUnit()
{
    const int row = selectedSourceRow();
    if (row >= 0)
        openDialog(m_model->unitAt(row));
}

void UnitsPage::openDialog(const Unit &unit)
{
    // Window-modal and non-blocking: no nested event loop, so the table keeps following the service and a
    // test can drive the dialog directly.
    auto *dialog = new UnitDialog(m_service, unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectUnit(dialog->unit().id); });
    dialog->open();
}

void UnitsPage::deleteSelectedUnit()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return;
    const Unit unit = m_model->unitAt(row);
    const auto answer = MessageBox::question(
        this, tr("Delete unit"),
        tr("Delete \"%1\" from the units register?\n\nThe audit log keeps a record of the deletion.")
            .arg(unit.name));
    if (answer != QMessageBox::Yes)
        return;
    // The service refuses a unit that other records still hold, and its message says which.
    if (auto removed = m_service.remove(unit.id); !removed)
        MessageBox::warning(this, tr("Cannot delete unit"), removed.error().message, removed.error().detail);
}

void UnitsPage::importUnits()
{
    if (!m_campaign.isValid())
        return;
    const QString path = PageImport::askFile(this, tr("Import units"));
    if (!path.isEmpty())
        openImportDialog(path);
}

ImportDialog *UnitsPage::openImportDialog(const QString &path)
{
    const CampaignId campaign = m_campaign;
    ImportDialog *dialog = PageImport::open(
        this, tr("Enforcement units"),
        [this, campaign] { return std::make_unique<UnitImporter>(m_service, campaign); }, path);
    connect(dialog, &ImportDialog::imported, this, [this](int added, int updated, int unchanged) {
        m_countLabel->setToolTip(
            tr("Last import: %1 added, %2 updated, %3 unchanged.").arg(added).arg(updated).arg(unchanged));
    });
    return dialog;
}

QString UnitsPage::askSavePath(const QString &title, const QString &suggestedName)
{
    QString path = FileDialogs::save(this, title, suggestedName, tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    return path;
}

void UnitsPage::exportUnits()
{
    const QString path = askSavePath(tr("Export units"), tr("units.xlsx"));
    if (!path.isEmpty() && exportTo(path))
        MessageBox::information(this, tr("Export units"),
                                tr("The register was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void UnitsPage::saveTemplate()
{
    const QString path = askSavePath(tr("Save import template"), tr("units-template.xlsx"));
    if (!path.isEmpty() && saveTemplateTo(path))
        MessageBox::information(this, tr("Save import template"),
                                tr("The template was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool UnitsPage::exportTo(const QString &path)
{
    const auto units = m_service.units(m_campaign);
    const Result<void> written =
        units ? writeXlsx(path, unitExport(*units, m_campaignTitle)) : Result<void>(units.error());
    if (!written)
        MessageBox::warning(this, tr("Export units"), written.error().message, written.error().detail);
    return written.ok();
}

bool UnitsPage::saveTemplateTo(const QString &path)
{
    const auto written = writeXlsx(path, unitTemplate());
    if (!written)
        MessageBox::warning(this, tr("Save import template"), written.error().message,
                            written.error().detail);
    return written.ok();
}

void UnitsPage::applyCategoryFilter()
{
    const int value = m_categoryFilter->currentData().toInt();
    m_proxy->setCategoryFilter(value < 0 ? std::nullopt : std::optional(Unit::Category(value)));
}

void UnitsPage::selectUnit(UnitId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, UnitTableModel::Name));
    if (!index.isValid())
        return; // filtered out; the count label still shows it arrived
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

int UnitsPage::selectedSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void UnitsPage::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_addButton->setEnabled(m_campaign.isValid());
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_acceptanceButton->setEnabled(selected && m_acceptance);
}

void UnitsPage::setAcceptance(AcceptanceService *service, const Clock *clock)
{
    m_acceptance = service;
    m_clock = clock;
    m_acceptanceButton->setVisible(service && clock);
    updateActions();
}

AcceptanceDialog *UnitsPage::openAcceptanceDialog()
{
    const int row = selectedSourceRow();
    if (row < 0 || !m_acceptance || !m_clock)
        return nullptr;
    const Unit unit = m_model->unitAt(row);
    Acceptance current;
    if (const auto all = m_acceptance->conclusions(unit.campaign))
        for (const Acceptance &a : *all)
            if (a.unit == unit.id)
                current = a;
    auto *dialog = new AcceptanceDialog(*m_acceptance, unit, current, m_clock->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void UnitsPage::updateCountLabel()
{
    // Worded without plurals: the English UI loads no translation file that could choose "unit"/"units".
    const int total = m_model->rowCount();
    QString text = tr("Units: %1, without a contact: %2").arg(total).arg(m_model->withoutContactCount());
    if (m_proxy->rowCount() != total)
        text += QLatin1Char(' ') + tr("(shown: %1)").arg(m_proxy->rowCount());
    m_countLabel->setText(text);
    updateActions();
}

} // namespace oversight
