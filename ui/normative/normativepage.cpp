#include "normativepage.h"

#include "documents/cleanupsummary.h"
#include "domain/isodate.h"
#include "exchange/filingexchange.h"
#include "exchange/importdialog.h"
#include "messagebox.h"
#include "services/clock.h"
#include "services/normativeservice.h"
#include "services/unitservice.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"
#include "widgets/tablecopy.h"
#include "widgets/searchablecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace oversight {

namespace {

// Result filter entries.
enum ResultFilter
{
    AnyResult = -1,
    NotReviewed = -2,
    UnfiledKnown = -3,
    CorrectionOverdue = -4,
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QTableWidget *table(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    TableCopy::enable(t);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (id != 0)
        item->setData(Qt::UserRole, id);
    return item;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

const QColor attention(176, 28, 28);
const QColor done(30, 110, 50);

} // namespace

NormativePage::NormativePage(NormativeService &service, UnitService &units, const Clock &clock,
                             QWidget *parent)
    : QWidget(parent), m_service(service), m_units(units), m_clock(clock)
{
    setObjectName(QStringLiteral("normativePage"));
    auto *heading = new QLabel(tr("Normative documents: filing review and clean-up"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("normativeTabs"));
    auto *filings = new QWidget(m_tabs);
    auto *zero = new QWidget(m_tabs);
    auto *rounds = new QWidget(m_tabs);
    buildFilingsTab(filings);
    buildZeroTab(zero);
    buildRoundsTab(rounds);
    m_tabs->addTab(filings, tr("Filings and review"));
    m_tabs->addTab(zero, tr("Zero reports"));
    m_tabs->addTab(rounds, tr("Clean-up rounds"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);

    connect(&m_service, &NormativeService::documentsChanged, this, [this] {
        reloadFilings();
        reloadPeriods();
    });
    connect(&m_service, &NormativeService::zeroReportsChanged, this, &NormativePage::reloadPeriods);
    connect(&m_service, &NormativeService::roundsChanged, this, &NormativePage::reloadRounds);
    const auto unitsChanged = [this] {
        fillFilters();
        reloadFilings();
        reloadPeriods();
    };
    connect(&m_units, &UnitService::unitAdded, this, unitsChanged);
    connect(&m_units, &UnitService::unitChanged, this, unitsChanged);
    connect(&m_units, &UnitService::unitRemoved, this, unitsChanged);
    updateActions();
}

void NormativePage::buildFilingsTab(QWidget *tab)
{
    auto *registerButton = button(tr("&Register filing…"), QStringLiteral("filingRegisterButton"), tab);
    auto *unfiledButton = button(tr("Record &unfiled…"), QStringLiteral("filingUnfiledButton"), tab);
    unfiledButton->setToolTip(
        tr("A document seen elsewhere (a website, a complaint) that was never filed: 有件不备"));
    m_editButton = button(tr("&Edit…"), QStringLiteral("filingEditButton"), tab);
    m_fileButton = button(tr("&File…"), QStringLiteral("filingFileButton"), tab);
    m_fileButton->setToolTip(tr("Record the filing of a document known but not filed"));
    m_reviewButton = button(tr("Re&view…"), QStringLiteral("filingReviewButton"), tab);
    m_correctButton = button(tr("&Correction…"), QStringLiteral("filingCorrectButton"), tab);
    m_ledgerButton = button(tr("Into the le&dger"), QStringLiteral("filingLedgerButton"), tab);
    m_ledgerButton->setToolTip(
        tr("Puts the correction the review asked for into the rectification ledger as the unit's problem"));
    m_removeButton = button(tr("De&lete"), QStringLiteral("filingRemoveButton"), tab);
    m_removeButton->setToolTip(tr("Delete a document entered by mistake"));
    auto *importButton = button(tr("&Import…"), QStringLiteral("filingImportButton"), tab);
    importButton->setToolTip(tr("A filing list from Excel: 制定单位, 文件名称, 文号, 印发日期, 报备日期"));
    auto *templateButton = button(tr("&Template…"), QStringLiteral("filingTemplateButton"), tab);

    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("filingSearchEdit"));
    m_search->setPlaceholderText(tr("Search title or number"));
    m_search->setClearButtonEnabled(true);
    m_unitFilter = new QComboBox(tab);
    makeSearchable(m_unitFilter);
    m_unitFilter->setObjectName(QStringLiteral("filingUnitFilter"));
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitFilter->setMinimumContentsLength(10);
    m_resultFilter = new QComboBox(tab);
    m_resultFilter->setObjectName(QStringLiteral("filingResultFilter"));
    m_resultFilter->addItem(tr("All results"), int(AnyResult));
    m_resultFilter->addItem(tr("Not reviewed"), int(NotReviewed));
    for (ReviewResult r : allReviewResults())
        m_resultFilter->addItem(reviewResultWord(r), int(r));
    m_resultFilter->addItem(tr("Known, not filed (有件不备)"), int(UnfiledKnown));
    m_resultFilter->addItem(tr("Correction overdue"), int(CorrectionOverdue));
    m_roundFilter = new QComboBox(tab);
    m_roundFilter->setObjectName(QStringLiteral("filingRoundFilter"));
    m_roundFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_roundFilter->setMinimumContentsLength(8);
    m_lateCheck = new QCheckBox(tr("&Late only"), tab);
    m_lateCheck->setObjectName(QStringLiteral("filingLateCheck"));
    m_countLabel = new QLabel(tab);
    m_countLabel->setObjectName(QStringLiteral("filingCountLabel"));

    m_filings = table({tr("Unit"), tr("Title"), tr("Number"), tr("Issued"), tr("Filed"), tr("Days late"),
                       tr("Materials"), tr("Review"), tr("Correction")},
                      QStringLiteral("filingsTable"), tab);
    m_filings->setSortingEnabled(true);
    QHeaderView *h = m_filings->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(1, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (auto [col, width] : {std::pair{0, 9}, {2, 10}, {3, 6}, {4, 6}, {5, 4}, {6, 4}, {7, 6}, {8, 5}})
        m_filings->setColumnWidth(col, em * width);
    m_detail = new QTextBrowser(tab);
    m_detail->setObjectName(QStringLiteral("filingDetail"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {registerButton, unfiledButton, m_editButton, m_fileButton, m_reviewButton,
                           m_correctButton, m_ledgerButton, m_removeButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(importButton);
    buttons->addWidget(templateButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_unitFilter, 1);
    filters->addWidget(m_resultFilter);
    filters->addWidget(m_roundFilter, 1);
    filters->addWidget(m_lateCheck);
    filters->addWidget(m_countLabel);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_filings);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(registerButton, &QPushButton::clicked, this, &NormativePage::registerFiling);
    connect(unfiledButton, &QPushButton::clicked, this, &NormativePage::recordUnfiled);
    connect(m_editButton, &QPushButton::clicked, this, &NormativePage::editSelected);
    connect(m_fileButton, &QPushButton::clicked, this, &NormativePage::fileSelected);
    connect(m_reviewButton, &QPushButton::clicked, this, &NormativePage::reviewSelected);
    connect(m_correctButton, &QPushButton::clicked, this, &NormativePage::correctSelected);
    connect(m_ledgerButton, &QPushButton::clicked, this, &NormativePage::raiseProblem);
    connect(m_removeButton, &QPushButton::clicked, this, &NormativePage::removeSelected);
    connect(importButton, &QPushButton::clicked, this, &NormativePage::importFilings);
    connect(templateButton, &QPushButton::clicked, this, &NormativePage::saveTemplate);
    connect(m_search, &QLineEdit::textChanged, this, &NormativePage::fillFilings);
    for (QComboBox *c : {m_unitFilter, m_resultFilter, m_roundFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &NormativePage::fillFilings);
    connect(m_lateCheck, &QCheckBox::toggled, this, &NormativePage::fillFilings);
    connect(m_filings, &QTableWidget::itemSelectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_filings, &QTableWidget::cellDoubleClicked, this, &NormativePage::editSelected);
}

void NormativePage::buildZeroTab(QWidget *tab)
{
    auto *record = button(tr("&Record zero report…"), QStringLiteral("zeroRecordButton"), tab);
    m_zeroRemoveButton = button(tr("&Withdraw zero report"), QStringLiteral("zeroRemoveButton"), tab);
    m_zeroRemoveButton->setEnabled(false);
    m_zeroLabel = new QLabel(tab);
    m_zeroLabel->setObjectName(QStringLiteral("zeroLabel"));
    m_zeroLabel->setWordWrap(true);
    m_periods = table({}, QStringLiteral("periodsTable"), tab);
    m_periods->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto *top = new QHBoxLayout;
    top->addWidget(record);
    top->addWidget(m_zeroRemoveButton);
    top->addWidget(m_zeroLabel, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_periods, 1);
    connect(record, &QPushButton::clicked, this, &NormativePage::recordZeroReport);
    connect(m_periods, &QTableWidget::cellDoubleClicked, this, &NormativePage::recordZeroReport);
    connect(m_zeroRemoveButton, &QPushButton::clicked, this, &NormativePage::removeZeroReport);
    connect(m_periods, &QTableWidget::currentCellChanged, this, [this] {
        const QTableWidgetItem *item = m_periods->currentItem();
        m_zeroRemoveButton->setEnabled(item &&
                                       item->text() == periodStateLabel(PeriodStatus::State::ZeroReport));
    });
}

void NormativePage::buildRoundsTab(QWidget *tab)
{
    m_roundCombo = new QComboBox(tab);
    m_roundCombo->setObjectName(QStringLiteral("roundCombo"));
    m_roundCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_roundCombo->setMinimumContentsLength(24);
    auto *newButton = button(tr("&New round…"), QStringLiteral("roundNewButton"), tab);
    m_editRoundButton = button(tr("&Edit round…"), QStringLiteral("roundEditButton"), tab);
    m_roundLabel = new QLabel(tab);
    m_roundLabel->setObjectName(QStringLiteral("roundLabel"));
    m_roundLabel->setWordWrap(true);
    m_addItemButton = button(tr("&Add document…"), QStringLiteral("roundAddButton"), tab);
    m_decideButton = button(tr("&Decision…"), QStringLiteral("roundDecideButton"), tab);
    m_removeItemButton = button(tr("Re&move"), QStringLiteral("roundRemoveButton"), tab);
    m_previewButton = button(tr("Pre&view…"), QStringLiteral("roundPreviewButton"), tab);
    m_printButton = button(tr("&Print…"), QStringLiteral("roundPrintButton"), tab);
    m_pdfButton = button(tr("Save P&DF…"), QStringLiteral("roundPdfButton"), tab);
    m_xlsxButton = button(tr("Save &XLSX…"), QStringLiteral("roundXlsxButton"), tab);
    m_items = table({tr("No."), tr("Unit"), tr("Title"), tr("Number"), tr("Issued"), tr("Decision"),
                     tr("Decided"), tr("Note")},
                    QStringLiteral("roundItemsTable"), tab);
    QHeaderView *h = m_items->horizontalHeader();
    h->setSectionResizeMode(2, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (auto [col, width] : {std::pair{0, 3}, {1, 9}, {3, 10}, {4, 6}, {5, 5}, {6, 6}, {7, 8}})
        m_items->setColumnWidth(col, em * width);
    m_roundCounts = new QLabel(tab);
    m_roundCounts->setObjectName(QStringLiteral("roundCounts"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Round:"), tab));
    top->addWidget(m_roundCombo, 1);
    top->addWidget(newButton);
    top->addWidget(m_editRoundButton);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addItemButton, m_decideButton, m_removeItemButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {m_previewButton, m_printButton, m_pdfButton, m_xlsxButton})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_roundLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_roundCounts);

    connect(m_roundCombo, &QComboBox::currentIndexChanged, this, &NormativePage::fillItems);
    connect(newButton, &QPushButton::clicked, this, &NormativePage::newRound);
    connect(m_editRoundButton, &QPushButton::clicked, this, &NormativePage::editRound);
    connect(m_addItemButton, &QPushButton::clicked, this, &NormativePage::addRoundDocument);
    connect(m_decideButton, &QPushButton::clicked, this, &NormativePage::decideRoundDocument);
    connect(m_removeItemButton, &QPushButton::clicked, this, &NormativePage::removeRoundDocument);
    connect(m_printButton, &QPushButton::clicked, this, &NormativePage::printRound);
    connect(m_previewButton, &QPushButton::clicked, this, &NormativePage::previewRound);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportRound(); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] {
        const auto round = m_service.round(selectedRound());
        if (!round)
            return;
        const QString path = FileDialogs::save(this, tr("Save XLSX"), round->name + QStringLiteral(".xlsx"),
                                               tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            exportRound(path);
    });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &NormativePage::updateActions);
    connect(m_items, &QTableWidget::cellDoubleClicked, this, &NormativePage::decideRoundDocument);
}

void NormativePage::setCampaign(const Campaign &campaign)
{
    m_campaign = campaign;
    fillFilters();
    reloadFilings();
    reloadPeriods();
    reloadRounds();
}

void NormativePage::refreshDay()
{
    fillFilings();
    reloadPeriods();
}

UnitChoices NormativePage::unitChoices() const
{
    UnitChoices out;
    if (auto units = m_units.units(m_campaign.id))
        for (const Unit &u : *units)
            out.append({u.id, u.name});
    return out;
}

QString NormativePage::unitName(UnitId id) const
{
    return m_unitNames.value(id.value);
}

void NormativePage::fillFilters()
{
    m_unitNames.clear();
    const qint64 chosen = m_unitFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_unitFilter);
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("All units"), 0);
    for (const auto &[id, name] : unitChoices()) {
        m_unitNames.insert(id.value, name);
        m_unitFilter->addItem(name, id.value);
    }
    m_unitFilter->setCurrentIndex(qMax(0, m_unitFilter->findData(chosen)));
}

void NormativePage::reloadFilings()
{
    m_documents.clear();
    if (m_campaign.id.isValid()) {
        auto docs = m_service.documents(m_campaign.id);
        if (!docs)
            MessageBox::warning(this, tr("Normative documents"), docs.error().message, docs.error().detail);
        else
            m_documents = std::move(docs).value();
    }
    fillFilings();
}

void NormativePage::fillFilings()
{
    const NormativeDocumentId keep = selectedDocument();
    const QDate today = m_clock.today();
    const UnitId unit(m_unitFilter->currentData().toLongLong());
    const int result = m_resultFilter->currentData().toInt();
    const CleanupRoundId round(m_roundFilter->currentData().toLongLong());
    QSet<qint64> inRound;
    if (round.isValid())
        if (auto items = m_service.items(round))
            for (const CleanupItem &i : *items)
                inRound.insert(i.document.value);
    const QString search = m_search->text().trimmed();

    const QSignalBlocker blocker(m_filings);
    m_filings->setSortingEnabled(false);
    m_filings->setRowCount(0);
    int shown = 0;
    for (const NormativeDocument &d : m_documents) {
        if (unit.isValid() && d.unit != unit)
            continue;
        if (round.isValid() && !inRound.contains(d.id.value))
            continue;
        if (m_lateCheck->isChecked() && !d.isLate(filingDays(), today))
            continue;
        if (result == NotReviewed && (d.result || !d.isFiled()))
            continue;
        if (result == UnfiledKnown && !d.isUnfiledKnown())
            continue;
        if (result == CorrectionOverdue && !d.correctionOverdue(today))
            continue;
        if (result >= 0 && (!d.result || int(*d.result) != result))
            continue;
        if (!search.isEmpty() && !d.title.contains(search, Qt::CaseInsensitive) &&
            !d.number.contains(search, Qt::CaseInsensitive))
            continue;
        const int row = m_filings->rowCount();
        m_filings->insertRow(row);
        const int late = d.lateDays(filingDays(), today);
        QString correction;
        if (d.needsCorrection())
            correction = d.outcome ? correctionOutcomeWord(*d.outcome)
                                   : (d.correctionOverdue(today) ? tr("overdue") : tr("pending"));
        m_filings->setItem(row, 0, cell(unitName(d.unit), d.id.value));
        m_filings->setItem(row, 1, cell(d.title));
        m_filings->setItem(row, 2, cell(d.number));
        m_filings->setItem(row, 3, cell(iso(d.issuedOn)));
        m_filings->setItem(row, 4, cell(d.isFiled() ? iso(d.filedOn) : tr("not filed")));
        auto *lateItem = new QTableWidgetItem;
        // Not late (or not yet due): no number, so no red 0 beside an unfiled or overdue correction.
        if (late > 0)
            lateItem->setData(Qt::DisplayRole, late);
        lateItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_filings->setItem(row, 5, lateItem);
        m_filings->setItem(row, 6,
                           cell(d.isFiled()
                                    ? QStringLiteral("%1/%2").arg(5 - d.missingMaterials().size()).arg(5)
                                    : QString()));
        m_filings->setItem(row, 7, cell(d.result ? reviewResultWord(*d.result) : QString()));
        m_filings->setItem(row, 8, cell(correction));
        const bool flagged = d.isUnfiledKnown() || late > 0 || d.correctionOverdue(today);
        if (flagged)
            for (int c : {4, 5, 8})
                m_filings->item(row, c)->setForeground(attention);
        ++shown;
    }
    m_filings->setSortingEnabled(true);
    // Numbers, dates and short words whole; the title takes what is left.
    for (int c = 0; c < m_filings->columnCount(); ++c)
        if (c != 1)
            m_filings->resizeColumnToContents(c);
    m_countLabel->setText(tr("%1 of %2").arg(shown).arg(m_documents.size()));
    selectDocument(keep);
    updateDetail();
    updateActions();
}

NormativeDocumentId NormativePage::selectedDocument() const
{
    const auto rows = m_filings->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_filings->item(rows.first().row(), 0);
    return item ? NormativeDocumentId(item->data(Qt::UserRole).toLongLong()) : NormativeDocumentId();
}

void NormativePage::selectDocument(NormativeDocumentId id)
{
    for (int r = 0; r < m_filings->rowCount(); ++r) {
        if (m_filings->item(r, 0)->data(Qt::UserRole).toLongLong() == id.value) {
            m_filings->selectRow(r);
            return;
        }
    }
    if (!id.isValid() || m_filings->rowCount() == 0)
        m_filings->clearSelection();
}

void NormativePage::updateDetail()
{
    const NormativeDocumentId id = selectedDocument();
    const auto it = std::find_if(m_documents.begin(), m_documents.end(),
                                 [id](const NormativeDocument &d) { return d.id == id; });
    if (it == m_documents.end()) {
        m_detail->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                              .arg(esc(tr("Select a document to see its filing, materials and review."))));
        return;
    }
    const NormativeDocument &d = *it;
    const QDate today = m_clock.today();
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2　%3</p>").arg(esc(d.title), esc(d.number), esc(unitName(d.unit)));
    html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(tr("Issued on"), iso(d.issuedOn));
    row(tr("Filing due"), iso(d.filingDue(filingDays())));
    if (d.isFiled()) {
        const int late = d.lateDays(filingDays(), today);
        row(tr("Filed on"), iso(d.filedOn) + (late > 0 ? QStringLiteral(" <b style='color:#b01c1c'>%1</b>")
                                                             .arg(esc(tr("%n day(s) late", nullptr, late)))
                                                       : QStringLiteral(" ") + esc(tr("on time"))));
        QStringList items;
        for (FilingMaterial m : allMaterials())
            items.append(
                d.hasMaterial(m)
                    ? QStringLiteral("☑ ") + esc(materialWord(m))
                    : QStringLiteral("<span style='color:#b01c1c'>☐ %1</span>").arg(esc(materialWord(m))));
        row(tr("Materials"), items.join(QStringLiteral("　")));
    } else {
        row(tr("Filed on"),
            QStringLiteral("<b style='color:#b01c1c'>%1</b>").arg(esc(tr("Not filed (有件不备)"))));
        const int late = d.lateDays(filingDays(), today);
        if (late > 0)
            row(tr("Overdue"), esc(tr("%n day(s) past the filing deadline", nullptr, late)));
    }
    if (!d.seenAt.isEmpty())
        row(tr("Seen at"), esc(d.seenAt));
    if (d.result) {
        row(tr("Review"), QStringLiteral("<b>%1</b>　%2　%3")
                              .arg(esc(reviewResultWord(*d.result)), esc(d.reviewer), iso(d.reviewedOn)));
        if (!d.opinion.isEmpty())
            row(tr("Opinion"), esc(d.opinion));
    } else if (d.isFiled()) {
        row(tr("Review"), esc(tr("not reviewed yet")));
    }
    if (d.needsCorrection()) {
        QString c = d.correctBy.isValid() ? esc(tr("due %1").arg(iso(d.correctBy))) : QString();
        if (d.outcome)
            c += QStringLiteral("　<b style='color:#1e6e32'>%1</b> %2 %3")
                     .arg(esc(correctionOutcomeWord(*d.outcome)), iso(d.correctedOn), esc(d.correctionNote));
        else if (d.correctionOverdue(today))
            c += QStringLiteral("　<b style='color:#b01c1c'>%1</b>").arg(esc(tr("overdue")));
        row(tr("Correction"), c);
    }
    html += QStringLiteral("</table>");
    m_detail->setHtml(html);
}

void NormativePage::updateActions()
{
    const bool campaign = m_campaign.id.isValid();
    const NormativeDocumentId id = selectedDocument();
    const auto it = std::find_if(m_documents.begin(), m_documents.end(),
                                 [id](const NormativeDocument &d) { return d.id == id; });
    const bool has = it != m_documents.end();
    m_editButton->setEnabled(campaign && has);
    m_fileButton->setEnabled(campaign && has && it->isUnfiledKnown());
    m_reviewButton->setEnabled(campaign && has && it->isFiled());
    m_correctButton->setEnabled(campaign && has && it->needsCorrection());
    m_ledgerButton->setEnabled(campaign && has && it->needsCorrection() && !it->problem.isValid());
    m_removeButton->setEnabled(campaign && has);

    const bool round = selectedRound().isValid();
    const bool item = round && !m_items->selectionModel()->selectedRows().isEmpty();
    m_editRoundButton->setEnabled(round);
    m_addItemButton->setEnabled(round);
    m_decideButton->setEnabled(item);
    m_removeItemButton->setEnabled(item);
    for (QPushButton *b : {m_previewButton, m_printButton, m_pdfButton, m_xlsxButton})
        b->setEnabled(round);
}

// ---- filing actions ----

void NormativePage::registerFiling()
{
    if (!m_campaign.id.isValid())
        return;
    NormativeDocument d;
    d.campaign = m_campaign.id;
    d.unit = UnitId(m_unitFilter->currentData().toLongLong());
    d.filedOn = m_clock.today();
    FilingDialog dialog(m_service, d, unitChoices(), m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectDocument(dialog.savedId());
}

void NormativePage::recordUnfiled()
{
    if (!m_campaign.id.isValid())
        return;
    NormativeDocument d;
    d.campaign = m_campaign.id;
    d.unit = UnitId(m_unitFilter->currentData().toLongLong());
    FilingDialog dialog(m_service, d, unitChoices(), m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectDocument(dialog.savedId());
}

void NormativePage::editSelected()
{
    const auto d = m_service.document(selectedDocument());
    if (!d)
        return;
    FilingDialog dialog(m_service, *d, unitChoices(), m_clock.today(), this);
    dialog.exec();
}

void NormativePage::fileSelected()
{
    auto d = m_service.document(selectedDocument());
    if (!d)
        return;
    NormativeDocument filing = *d;
    filing.filedOn = m_clock.today();
    FilingDialog dialog(m_service, filing, unitChoices(), m_clock.today(), this);
    dialog.setWindowTitle(tr("File: %1").arg(d->number));
    dialog.exec();
}

void NormativePage::reviewSelected()
{
    const auto d = m_service.document(selectedDocument());
    if (!d)
        return;
    ReviewDialog dialog(m_service, *d, m_clock.today(), this);
    dialog.exec();
}

void NormativePage::correctSelected()
{
    const auto d = m_service.document(selectedDocument());
    if (!d)
        return;
    CorrectionDialog dialog(m_service, *d, m_clock.today(), this);
    dialog.exec();
}

void NormativePage::raiseProblem()
{
    const auto d = m_service.document(selectedDocument());
    if (!d)
        return;
    const auto problem = m_service.raiseProblem(d->id);
    if (!problem) {
        MessageBox::warning(this, tr("Rectification ledger"), problem.error().message, problem.error().detail);
        return;
    }
    MessageBox::information(this, tr("Rectification ledger"),
                            tr("\"%1\" is now problem %2 of the rectification ledger; its deadline is the "
                               "correction deadline.")
                                .arg(d->title)
                                .arg(problem->value));
}

void NormativePage::removeSelected()
{
    const auto d = m_service.document(selectedDocument());
    if (!d)
        return;
    if (MessageBox::question(
            this, tr("Delete document"),
            tr("Delete \"%1\" (%2) from the filing register? The audit log keeps the record of it.")
                .arg(d->title, d->number)) != QMessageBox::Yes)
        return;
    if (auto r = m_service.remove(d->id); !r)
        MessageBox::warning(this, tr("Delete document"), r.error().message, r.error().detail);
}

void NormativePage::importFilings()
{
    if (!m_campaign.id.isValid())
        return;
    const QString path =
        FileDialogs::open(this, tr("Import filings"), tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        openImportDialog(path);
}

ImportDialog *NormativePage::openImportDialog(const QString &path)
{
    const CampaignId campaign = m_campaign.id;
    auto *dialog = new ImportDialog(
        tr("Normative-document filings"),
        [this, campaign] { return std::make_unique<FilingImporter>(m_service, m_units, campaign); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->setFile(path);
    return dialog;
}

void NormativePage::saveTemplate()
{
    const QString path = FileDialogs::save(this, tr("Save the filing template"),
                                           QStringLiteral("规范性文件备案模板.xlsx"), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto r = writeXlsx(path, filingTemplate()); !r)
        MessageBox::warning(this, tr("Template"), r.error().message, r.error().detail);
    else
        MessageBox::information(this, tr("Template"),
                                tr("The template is written to %1.").arg(QDir::toNativeSeparators(path)));
}

// ---- zero reports ----

void NormativePage::showZeroReports(UnitId unit)
{
    m_tabs->setCurrentIndex(1);
    // The unit's first missing period, else its row's first cell.
    for (int row = 0; row < m_periods->rowCount(); ++row) {
        int first = -1;
        for (int col = 0; col < m_periods->columnCount(); ++col) {
            const QTableWidgetItem *item = m_periods->item(row, col);
            if (!item || item->data(Qt::UserRole).toLongLong() != unit.value)
                continue;
            if (first < 0)
                first = col;
            if (item->foreground().color() == attention) {
                first = col;
                break;
            }
        }
        if (first >= 0) {
            m_periods->setCurrentCell(row, first);
            m_periods->scrollToItem(m_periods->item(row, first));
            return;
        }
    }
}

void NormativePage::reloadPeriods()
{
    const std::vector<Period> periods = periodsOf(m_campaign.year, m_campaign.rules.zeroReportPeriod);
    m_periods->clear();
    QStringList headers;
    for (const Period &p : periods)
        headers.append(p.label());
    m_periods->setColumnCount(int(headers.size()));
    m_periods->setHorizontalHeaderLabels(headers);
    m_periods->setRowCount(0);
    if (!m_campaign.id.isValid())
        return;
    const auto statuses = m_service.periodStatuses(m_campaign.id, m_clock.today());
    if (!statuses) {
        MessageBox::warning(this, tr("Zero reports"), statuses.error().message, statuses.error().detail);
        return;
    }
    QStringList rows;
    int missing = 0;
    for (const PeriodStatus &s : *statuses) {
        int row = int(rows.indexOf(unitName(s.unit)));
        if (row < 0) {
            row = m_periods->rowCount();
            rows.append(unitName(s.unit));
            m_periods->insertRow(row);
            m_periods->setVerticalHeaderItem(row, new QTableWidgetItem(unitName(s.unit)));
        }
        const int col = int(std::find(periods.begin(), periods.end(), s.period) - periods.begin());
        auto *item = cell(periodStateLabel(s.state), s.unit.value);
        item->setData(Qt::UserRole + 1, s.period.key);
        if (s.state == PeriodStatus::State::Missing || s.state == PeriodStatus::State::Unfiled) {
            item->setForeground(attention);
            ++missing;
        } else if (s.state != PeriodStatus::State::Open) {
            item->setForeground(done);
        }
        m_periods->setItem(row, col, item);
    }
    m_periods->verticalHeader()->show();
    m_periods->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_zeroLabel->setText(
        tr("A period counts once it has ended: a unit either filed a document issued in it or sends a zero "
           "report. %n gap(s) today.",
           nullptr, missing));
}

void NormativePage::recordZeroReport()
{
    if (!m_campaign.id.isValid())
        return;
    UnitId unit;
    QString period;
    if (const QTableWidgetItem *item = m_periods->currentItem()) {
        unit = UnitId(item->data(Qt::UserRole).toLongLong());
        period = item->data(Qt::UserRole + 1).toString();
    }
    ZeroReportDialog dialog(m_service, m_campaign.id,
                            periodsOf(m_campaign.year, m_campaign.rules.zeroReportPeriod), unitChoices(),
                            unit, period, m_clock.today(), this);
    dialog.exec();
}

void NormativePage::removeZeroReport()
{
    const QTableWidgetItem *item = m_periods->currentItem();
    if (!item || !m_campaign.id.isValid())
        return;
    const UnitId unit(item->data(Qt::UserRole).toLongLong());
    const QString period = item->data(Qt::UserRole + 1).toString();
    const auto reports = m_service.zeroReports(m_campaign.id);
    if (!reports)
        return;
    for (const ZeroReport &z : *reports) {
        if (z.unit != unit || z.period != period)
            continue;
        if (MessageBox::question(this, tr("Withdraw zero report"),
                                 tr("Withdraw the zero report of %1 for %2?")
                                     .arg(unitName(unit), periodFromKey(period)->label())) !=
            QMessageBox::Yes)
            return;
        if (auto r = m_service.removeZeroReport(z.id); !r)
            MessageBox::warning(this, tr("Withdraw zero report"), r.error().message, r.error().detail);
        return;
    }
}

// ---- clean-up rounds ----

void NormativePage::reloadRounds()
{
    const CleanupRoundId keep = selectedRound();
    const qint64 filterKeep = m_roundFilter->currentData().toLongLong();
    m_rounds.clear();
    if (m_campaign.id.isValid())
        if (auto rounds = m_service.rounds(m_campaign.id))
            m_rounds = std::move(rounds).value();
    {
        const QSignalBlocker b1(m_roundCombo);
        const QSignalBlocker b2(m_roundFilter);
        m_roundCombo->clear();
        m_roundFilter->clear();
        m_roundFilter->addItem(tr("Any round"), 0);
        for (const CleanupRound &r : m_rounds) {
            m_roundCombo->addItem(r.name, r.id.value);
            m_roundFilter->addItem(r.name, r.id.value);
        }
        m_roundFilter->setCurrentIndex(qMax(0, m_roundFilter->findData(filterKeep)));
    }
    selectRound(keep.isValid() ? keep : (m_rounds.empty() ? CleanupRoundId() : m_rounds.back().id));
    fillItems();
}

CleanupRoundId NormativePage::selectedRound() const
{
    return CleanupRoundId(m_roundCombo->currentData().toLongLong());
}

void NormativePage::selectRound(CleanupRoundId id)
{
    const QSignalBlocker blocker(m_roundCombo);
    m_roundCombo->setCurrentIndex(qMax(0, m_roundCombo->findData(id.value)));
    fillItems();
}

void NormativePage::fillItems()
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
            m_items->item(row, 5)->setForeground(attention);
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

void NormativePage::newRound()
{
    if (!m_campaign.id.isValid())
        return;
    CleanupRound r;
    r.campaign = m_campaign.id;
    RoundDialog dialog(m_service, r, m_clock.today(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectRound(dialog.savedId());
}

void NormativePage::editRound()
{
    const auto r = m_service.round(selectedRound());
    if (!r)
        return;
    RoundDialog dialog(m_service, *r, m_clock.today(), this);
    dialog.exec();
}

void NormativePage::addRoundDocument()
{
    if (!selectedRound().isValid())
        return;
    CleanupItem item;
    item.round = selectedRound();
    item.unit = UnitId(m_unitFilter->currentData().toLongLong());
    CleanupItemDialog dialog(m_service, item, unitChoices(), m_documents, m_clock.today(), this);
    dialog.exec();
}

void NormativePage::decideRoundDocument()
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= int(m_roundItems.size()))
        return;
    CleanupItemDialog dialog(m_service, m_roundItems.at(size_t(row)), unitChoices(), m_documents,
                             m_clock.today(), this);
    dialog.exec();
}

void NormativePage::removeRoundDocument()
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

void NormativePage::paintRound(QPrinter *printer)
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

void NormativePage::printRound()
{
    if (!selectedRound().isValid())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintRound(&printer);
}

void NormativePage::previewRound()
{
    if (!selectedRound().isValid())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("roundPreview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &NormativePage::paintRound);
    // A landscape page at a readable zoom, never taller than a laptop's screen.
    const QRect screen = this->screen()->availableGeometry();
    dialog.resize(std::min(1100, screen.width()), std::min(800, screen.height() * 9 / 10));
    dialog.exec();
}

bool NormativePage::exportRound(const QString &given)
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
    return LongWork::run(this, tr("Save"), tr("Writing %1…").arg(summary->title()),
                         [cleanup = *summary, path](LongWork::Control &control) -> Result<QString> {
                             if (control.cancelled())
                                 return LongWork::cancelledError();
                             if (auto r = cleanup.write(path); !r)
                                 return r.error();
                             return tr("%1 is written to %2.")
                                 .arg(cleanup.title(), QDir::toNativeSeparators(path));
                         },
                         false) == LongWork::Outcome::Done;
}

} // namespace oversight
