#include "cleanuproundstab.h"

#include "documents/cleanupsummary.h"
#include "domain/isodate.h"
#include "messagebox.h"
#include "normativefilingstab.h"
#include "services/clock.h"
#include "services/normativeservice.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"
#include "widgets/outputmenu.h"
#include "widgets/recordtable.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace oversight {

namespace {

// The summary table at a readable zoom, in a preview named for the tests.
const OutputMenu::Paper roundPaper{QPageLayout::Portrait, QSize(1100, 800), QStringLiteral("roundPreview")};

} // namespace

CleanupRoundsTab::CleanupRoundsTab(NormativeService &service, UnitService &units, const Clock &clock,
                                   const NormativeFilingsTab &filings, QWidget *parent)
    : NormativeTab(service, units, clock, parent), m_filings(filings)
{
    setObjectName(QStringLiteral("cleanupRoundsTab"));
    m_roundCombo = new QComboBox(this);
    m_roundCombo->setObjectName(QStringLiteral("roundCombo"));
    m_roundCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_roundCombo->setMinimumContentsLength(24);
    auto *newButton = namedButton(tr("&New round…"), QStringLiteral("roundNewButton"), this, this,
                                  &CleanupRoundsTab::newRound);
    m_editRoundButton = namedButton(tr("&Edit round…"), QStringLiteral("roundEditButton"), this, this,
                                    &CleanupRoundsTab::editRound);
    m_roundLabel = new QLabel(this);
    m_roundLabel->setObjectName(QStringLiteral("roundLabel"));
    m_roundLabel->setWordWrap(true);
    m_addItemButton = namedButton(tr("&Add document…"), QStringLiteral("roundAddButton"), this, this,
                                  &CleanupRoundsTab::addRoundDocument);
    m_decideButton = namedButton(tr("&Decision…"), QStringLiteral("roundDecideButton"), this, this,
                                 &CleanupRoundsTab::decideRoundDocument);
    m_removeItemButton = namedButton(tr("Re&move"), QStringLiteral("roundRemoveButton"), this, this,
                                     &CleanupRoundsTab::removeRoundDocument);
    m_outputButtons = OutputMenu::buttons(
        this, {{tr("Pre&view…"), QStringLiteral("roundPreviewButton"), [this] { previewRound(); }},
               {tr("&Print…"), QStringLiteral("roundPrintButton"), [this] { printRound(); }},
               {tr("Save P&DF…"), QStringLiteral("roundPdfButton"), [this] { exportRound(); }},
               {tr("Save &XLSX…"), QStringLiteral("roundXlsxButton"), [this] { saveXlsx(); }}});
    m_items = newTable({tr("No."), tr("Unit"), tr("Title"), tr("Number"), tr("Issued"), tr("Decision"),
                        tr("Decided"), tr("Note")},
                       QStringLiteral("roundItemsTable"), this);
    QHeaderView *h = m_items->horizontalHeader();
    h->setSectionResizeMode(2, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (auto [col, width] : {std::pair{0, 3}, {1, 9}, {3, 10}, {4, 6}, {5, 5}, {6, 6}, {7, 8}})
        m_items->setColumnWidth(col, em * width);
    m_roundCounts = new QLabel(this);
    m_roundCounts->setObjectName(QStringLiteral("roundCounts"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Round:"), this));
    top->addWidget(m_roundCombo, 1);
    top->addWidget(newButton);
    top->addWidget(m_editRoundButton);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addItemButton, m_decideButton, m_removeItemButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : std::as_const(m_outputButtons))
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_roundLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_roundCounts);

    connect(m_roundCombo, &QComboBox::currentIndexChanged, this, &CleanupRoundsTab::fillItems);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &CleanupRoundsTab::updateActions);
    connect(m_items, &QTableWidget::cellDoubleClicked, this, &CleanupRoundsTab::decideRoundDocument);
    connect(&m_service, &NormativeService::roundsChanged, this, &CleanupRoundsTab::reloadRounds);
    updateActions();
}

void CleanupRoundsTab::reload()
{
    reloadRounds();
}

void CleanupRoundsTab::reloadRounds()
{
    const CleanupRoundId keep = selectedRound();
    m_rounds.clear();
    if (m_campaign.id.isValid())
        if (auto rounds = m_service.rounds(m_campaign.id))
            m_rounds = std::move(rounds).value();
    {
        const QSignalBlocker blocker(m_roundCombo);
        m_roundCombo->clear();
        for (const CleanupRound &r : m_rounds)
            m_roundCombo->addItem(r.name, r.id.value);
    }
    selectRound(keep.isValid() ? keep : (m_rounds.empty() ? CleanupRoundId() : m_rounds.back().id));
    fillItems();
}

CleanupRoundId CleanupRoundsTab::selectedRound() const
{
    return CleanupRoundId(m_roundCombo->currentData().toLongLong());
}

void CleanupRoundsTab::selectRound(CleanupRoundId id)
{
    const QSignalBlocker blocker(m_roundCombo);
    m_roundCombo->setCurrentIndex(qMax(0, m_roundCombo->findData(id.value)));
    fillItems();
}

void CleanupRoundsTab::fillItems()
{
    const int keepRow = m_items->currentRow();
    m_items->setRowCount(0);
    m_roundItems.clear();
    const auto round = std::find_if(m_rounds.begin(), m_rounds.end(),
                                    [this](const CleanupRound &r) { return r.id == selectedRound(); });
    if (round == m_rounds.end()) {
        m_roundLabel->setText(tr("No clean-up round yet: start one with New round."));
        m_roundCounts->clear();
        updateActions();
        return;
    }
    QStringList about;
    if (!round->scope.isEmpty())
        about.append(tr("Scope: %1").arg(round->scope));
    if (round->deadline.isValid())
        about.append(tr("Due by %1").arg(iso(round->deadline)));
    m_roundLabel->setText(about.join(QStringLiteral("　　")));
    if (auto items = m_service.items(round->id))
        m_roundItems = std::move(items).value();
    int n = 0;
    for (const CleanupItem &i : m_roundItems) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        m_items->setItem(row, 0, cell(QString::number(++n), i.id));
        m_items->setItem(row, 1, cell(unitName(i.unit)));
        m_items->setItem(row, 2, cell(i.title));
        m_items->setItem(row, 3, cell(i.number));
        m_items->setItem(row, 4, cell(iso(i.issuedOn)));
        m_items->setItem(row, 5, cell(i.decision ? cleanupDecisionWord(*i.decision) : tr("pending")));
        if (!i.decision)
            m_items->item(row, 5)->setForeground(attention());
        m_items->setItem(row, 6, cell(iso(i.decidedOn)));
        m_items->setItem(row, 7, cell(i.note));
    }
    const CleanupCounts c = cleanupCounts(m_roundItems);
    m_roundCounts->setText(tr("%1 document(s): keep %2, amend %3, repeal %4, declared invalid %5, pending %6")
                               .arg(c.total)
                               .arg(c.keep)
                               .arg(c.amend)
                               .arg(c.repeal)
                               .arg(c.invalidate)
                               .arg(c.pending));
    for (int col = 0; col < m_items->columnCount(); ++col)
        if (col != 2)
            m_items->resizeColumnToContents(col);
    if (keepRow >= 0 && keepRow < m_items->rowCount())
        m_items->selectRow(keepRow);
    updateActions();
}

void CleanupRoundsTab::updateActions()
{
    const bool round = selectedRound().isValid();
    const bool item = round && !m_items->selectionModel()->selectedRows().isEmpty();
    m_editRoundButton->setEnabled(round);
    m_addItemButton->setEnabled(round);
    m_decideButton->setEnabled(item);
    m_removeItemButton->setEnabled(item);
    for (QPushButton *b : std::as_const(m_outputButtons))
        b->setEnabled(round);
}

void CleanupRoundsTab::newRound()
{
    if (!m_campaign.id.isValid())
        return;
    CleanupRound r;
    r.campaign = m_campaign.id;
    RoundDialog dialog(m_service, r, m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectRound(dialog.savedId());
}

void CleanupRoundsTab::editRound()
{
    const auto r = m_service.round(selectedRound());
    if (!r)
        return;
    RoundDialog dialog(m_service, *r, m_clock.today(), this);
    dialog.exec();
}

void CleanupRoundsTab::addRoundDocument()
{
    if (!selectedRound().isValid())
        return;
    CleanupItem item;
    item.round = selectedRound();
    item.unit = m_filings.filteredUnit();
    CleanupItemDialog dialog(m_service, item, unitChoices(), m_filings.documents(), m_clock.today(), this);
    dialog.exec();
}

void CleanupRoundsTab::decideRoundDocument()
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= int(m_roundItems.size()))
        return;
    CleanupItemDialog dialog(m_service, m_roundItems.at(size_t(row)), unitChoices(), m_filings.documents(),
                             m_clock.today(), this);
    dialog.exec();
}

void CleanupRoundsTab::removeRoundDocument()
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= int(m_roundItems.size()))
        return;
    const CleanupItem &item = m_roundItems.at(size_t(row));
    if (MessageBox::question(
            this, tr("Remove from the round"),
            tr("Remove \"%1\" from the round? The filing register keeps it.").arg(item.title)) !=
        QMessageBox::Yes)
        return;
    if (auto r = m_service.removeItem(item.id); !r)
        MessageBox::warning(this, tr("Remove from the round"), r.error().message, r.error().detail);
}

void CleanupRoundsTab::paintRound(QPrinter *printer)
{
    const auto summary = CleanupSummary::load(m_service, m_units, selectedRound());
    if (!summary) {
        MessageBox::warning(this, tr("Print"), summary.error().message, summary.error().detail);
        return;
    }
    printer->setFullPage(true);
    if (auto r = TableDocumentRenderer(DocumentFonts::resolve()).paint(summary->table(), *printer); !r)
        MessageBox::warning(this, tr("Print"), r.error().message, r.error().detail);
}

void CleanupRoundsTab::printRound()
{
    if (selectedRound().isValid())
        OutputMenu::print(this, roundPaper, [this](QPrinter *p) { paintRound(p); });
}

void CleanupRoundsTab::previewRound()
{
    if (selectedRound().isValid())
        OutputMenu::preview(this, roundPaper, [this](QPrinter *p) { paintRound(p); });
}

void CleanupRoundsTab::saveXlsx()
{
    const auto round = m_service.round(selectedRound());
    if (!round)
        return;
    const QString path = FileDialogs::save(this, tr("Save XLSX"), round->name + QStringLiteral(".xlsx"),
                                           tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportRound(path);
}

bool CleanupRoundsTab::exportRound(const QString &given)
{
    const auto summary = CleanupSummary::load(m_service, m_units, selectedRound());
    if (!summary)
        return false;
    QString path = given;
    if (path.isEmpty()) {
        path = FileDialogs::save(this, tr("Save PDF"), summary->title() + QStringLiteral(".pdf"),
                                 tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    return LongWork::run(
               this, tr("Save"), tr("Writing %1…").arg(summary->title()),
               [cleanup = *summary, path](LongWork::Control &control) -> Result<QString> {
                   if (control.cancelled())
                       return LongWork::cancelledError();
                   if (auto r = cleanup.write(path); !r)
                       return r.error();
                   return tr("%1 is written to %2.").arg(cleanup.title(), QDir::toNativeSeparators(path));
               },
               false) == LongWork::Outcome::Done;
}

} // namespace oversight
