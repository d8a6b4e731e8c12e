#include "normativefilingstab.h"

#include "domain/filingfilter.h"
#include "domain/isodate.h"
#include "exchange/filingexchange.h"
#include "exchange/importdialog.h"
#include "messagebox.h"
#include "services/clock.h"
#include "services/normativeservice.h"
#include "widgets/filedialogs.h"
#include "widgets/pageimport.h"
#include "widgets/recordtable.h"
#include "widgets/searchablecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace oversight {

namespace {

// Result filter entries besides the review results themselves.
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

// The review and the correction dialogs, on the document as stored.
template <typename Dialog>
void execOn(NormativeService &service, NormativeDocumentId id, QDate today, QWidget *parent)
{
    const auto d = service.document(id);
    if (!d)
        return;
    Dialog dialog(service, *d, today, parent);
    dialog.exec();
}

} // namespace

NormativeFilingsTab::NormativeFilingsTab(NormativeService &service, UnitService &units, const Clock &clock,
                                         QWidget *parent)
    : NormativeTab(service, units, clock, parent)
{
    setObjectName(QStringLiteral("normativeFilingsTab"));
    auto *registerButton = namedButton(tr("&Register filing…"), QStringLiteral("filingRegisterButton"), this,
                                       this, &NormativeFilingsTab::registerFiling);
    auto *unfiledButton = namedButton(tr("Record &unfiled…"), QStringLiteral("filingUnfiledButton"), this,
                                      this, &NormativeFilingsTab::recordUnfiled);
    unfiledButton->setToolTip(
        tr("A document seen elsewhere (a website, a complaint) that was never filed: 有件不备"));
    m_editButton = namedButton(tr("&Edit…"), QStringLiteral("filingEditButton"), this, this,
                               &NormativeFilingsTab::editSelected);
    m_fileButton = namedButton(tr("&File…"), QStringLiteral("filingFileButton"), this, this,
                               &NormativeFilingsTab::fileSelected);
    m_fileButton->setToolTip(tr("Record the filing of a document known but not filed"));
    m_reviewButton = namedButton(tr("Re&view…"), QStringLiteral("filingReviewButton"), this, this,
                                 &NormativeFilingsTab::reviewSelected);
    m_correctButton = namedButton(tr("&Correction…"), QStringLiteral("filingCorrectButton"), this, this,
                                  &NormativeFilingsTab::correctSelected);
    m_ledgerButton = namedButton(tr("Into the le&dger"), QStringLiteral("filingLedgerButton"), this, this,
                                 &NormativeFilingsTab::raiseProblem);
    m_ledgerButton->setToolTip(
        tr("Puts the correction the review asked for into the rectification ledger as the unit's problem"));
    m_removeButton = namedButton(tr("De&lete"), QStringLiteral("filingRemoveButton"), this, this,
                                 &NormativeFilingsTab::removeSelected);
    m_removeButton->setToolTip(tr("Delete a document entered by mistake"));
    auto *importButton = namedButton(tr("&Import…"), QStringLiteral("filingImportButton"), this, this,
                                     &NormativeFilingsTab::importFilings);
    importButton->setToolTip(tr("A filing list from Excel: 制定单位, 文件名称, 文号, 印发日期, 报备日期"));
    auto *templateButton = namedButton(tr("&Template…"), QStringLiteral("filingTemplateButton"), this, this,
                                       &NormativeFilingsTab::saveTemplate);

    m_search = searchBox(tr("Search title or number"), "filingSearchEdit", this);
    m_unitFilter = new QComboBox(this);
    makeSearchable(m_unitFilter);
    m_unitFilter->setObjectName(QStringLiteral("filingUnitFilter"));
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitFilter->setMinimumContentsLength(10);
    m_resultFilter = new QComboBox(this);
    m_resultFilter->setObjectName(QStringLiteral("filingResultFilter"));
    m_resultFilter->addItem(tr("All results"), int(AnyResult));
    m_resultFilter->addItem(tr("Not reviewed"), int(NotReviewed));
    for (ReviewResult r : allReviewResults())
        m_resultFilter->addItem(reviewResultWord(r), int(r));
    m_resultFilter->addItem(tr("Known, not filed (有件不备)"), int(UnfiledKnown));
    m_resultFilter->addItem(tr("Correction overdue"), int(CorrectionOverdue));
    m_roundFilter = new QComboBox(this);
    m_roundFilter->setObjectName(QStringLiteral("filingRoundFilter"));
    m_roundFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_roundFilter->setMinimumContentsLength(8);
    m_lateCheck = new QCheckBox(tr("&Late only"), this);
    m_lateCheck->setObjectName(QStringLiteral("filingLateCheck"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("filingCountLabel"));

    m_filings = newTable({tr("Unit"), tr("Title"), tr("Number"), tr("Issued"), tr("Filed"), tr("Days late"),
                          tr("Materials"), tr("Review"), tr("Correction")},
                         QStringLiteral("filingsTable"), this);
    m_filings->setSortingEnabled(true);
    QHeaderView *h = m_filings->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(1, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QStringLiteral("中"));
    for (auto [col, width] : {std::pair{0, 9}, {2, 10}, {3, 6}, {4, 6}, {5, 4}, {6, 4}, {7, 6}, {8, 5}})
        m_filings->setColumnWidth(col, em * width);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("filingDetail"));

    auto *buttons = buttonRow({registerButton, unfiledButton, m_editButton, m_fileButton, m_reviewButton,
                               m_correctButton, m_ledgerButton, m_removeButton},
                              {importButton, templateButton});
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_unitFilter, 1);
    filters->addWidget(m_resultFilter);
    filters->addWidget(m_roundFilter, 1);
    filters->addWidget(m_lateCheck);
    filters->addWidget(m_countLabel);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_filings);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &NormativeFilingsTab::fillFilings);
    for (QComboBox *c : {m_unitFilter, m_resultFilter, m_roundFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &NormativeFilingsTab::fillFilings);
    connect(m_lateCheck, &QCheckBox::toggled, this, &NormativeFilingsTab::fillFilings);
    connect(m_filings, &QTableWidget::itemSelectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_filings, &QTableWidget::cellDoubleClicked, this, &NormativeFilingsTab::editSelected);

    connect(&m_service, &NormativeService::documentsChanged, this, &NormativeFilingsTab::reloadFilings);
    connect(&m_service, &NormativeService::roundsChanged, this, &NormativeFilingsTab::fillRoundFilter);
    updateActions();
}

void NormativeFilingsTab::reload()
{
    fillUnitFilter();
    fillRoundFilter();
    reloadFilings();
}

void NormativeFilingsTab::unitsChanged()
{
    fillUnitFilter();
    reloadFilings();
}

void NormativeFilingsTab::refreshDay()
{
    fillFilings();
}

UnitId NormativeFilingsTab::filteredUnit() const
{
    return UnitId(m_unitFilter->currentData().toLongLong());
}

void NormativeFilingsTab::fillUnitFilter()
{
    refillUnitFilter(m_unitFilter, tr("All units"), campaignUnits());
}

void NormativeFilingsTab::fillRoundFilter()
{
    // The rounds as the clean-up tab lists them; the filter keeps its choice while the round exists.
    const qint64 keep = m_roundFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_roundFilter);
    m_roundFilter->clear();
    m_roundFilter->addItem(tr("Any round"), 0);
    if (m_campaign.id.isValid())
        if (auto rounds = m_service.rounds(m_campaign.id))
            for (const CleanupRound &r : *rounds)
                m_roundFilter->addItem(r.name, r.id.value);
    m_roundFilter->setCurrentIndex(qMax(0, m_roundFilter->findData(keep)));
}

void NormativeFilingsTab::reloadFilings()
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

FilingFilter NormativeFilingsTab::filter() const
{
    FilingFilter f;
    f.text = m_search->text();
    f.unit = filteredUnit();
    f.onlyLate = m_lateCheck->isChecked();
    switch (const int result = m_resultFilter->currentData().toInt()) {
    case NotReviewed:
        f.state = FilingFilter::State::NotReviewed;
        break;
    case UnfiledKnown:
        f.state = FilingFilter::State::UnfiledKnown;
        break;
    case CorrectionOverdue:
        f.state = FilingFilter::State::CorrectionOverdue;
        break;
    default:
        if (result >= 0)
            f.result = ReviewResult(result);
    }
    if (const CleanupRoundId round(m_roundFilter->currentData().toLongLong()); round.isValid()) {
        f.round.emplace();
        if (auto items = m_service.items(round))
            for (const CleanupItem &i : *items)
                f.round->insert(i.document.value);
    }
    return f;
}

void NormativeFilingsTab::fillRow(int row, const NormativeDocument &d)
{
    const QDate today = m_clock.today();
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
    m_filings->setItem(
        row, 6,
        cell(d.isFiled() ? QStringLiteral("%1/%2").arg(5 - d.missingMaterials().size()).arg(5) : QString()));
    m_filings->setItem(row, 7, cell(d.result ? reviewResultWord(*d.result) : QString()));
    m_filings->setItem(row, 8, cell(correction));
    const bool flagged = d.isUnfiledKnown() || late > 0 || d.correctionOverdue(today);
    if (flagged)
        for (int c : {4, 5, 8})
            m_filings->item(row, c)->setForeground(attention());
}

void NormativeFilingsTab::fillFilings()
{
    const NormativeDocumentId keep = selectedDocument();
    const FilingFilter rule = filter();
    const QDate today = m_clock.today();

    const QSignalBlocker blocker(m_filings);
    m_filings->setSortingEnabled(false);
    m_filings->setRowCount(0);
    int count = 0;
    for (const NormativeDocument &d : m_documents) {
        if (!rule.matches(d, filingDays(), today))
            continue;
        const int row = m_filings->rowCount();
        m_filings->insertRow(row);
        fillRow(row, d);
        ++count;
    }
    m_filings->setSortingEnabled(true);
    // Numbers, dates and short words whole; the title takes what is left.
    for (int c = 0; c < m_filings->columnCount(); ++c)
        if (c != 1)
            m_filings->resizeColumnToContents(c);
    m_countLabel->setText(tr("%1 of %2").arg(count).arg(m_documents.size()));
    selectDocument(keep);
    updateDetail();
    updateActions();
}

NormativeDocumentId NormativeFilingsTab::selectedDocument() const
{
    const auto rows = m_filings->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_filings->item(rows.first().row(), 0);
    return item ? NormativeDocumentId(item->data(Qt::UserRole).toLongLong()) : NormativeDocumentId();
}

void NormativeFilingsTab::selectDocument(NormativeDocumentId id)
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

void NormativeFilingsTab::updateDetail()
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

void NormativeFilingsTab::updateActions()
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
}

// ---- actions ----

void NormativeFilingsTab::openFiling(const NormativeDocument &d, const QString &title)
{
    FilingDialog dialog(m_service, d, unitChoices(), m_clock.today(), this);
    if (!title.isEmpty())
        dialog.setWindowTitle(title);
    if (dialog.exec() == QDialog::Accepted && !d.id.isValid())
        selectDocument(dialog.savedId());
}

void NormativeFilingsTab::openNewFiling(QDate filedOn)
{
    if (!m_campaign.id.isValid())
        return;
    NormativeDocument d;
    d.campaign = m_campaign.id;
    d.unit = filteredUnit();
    d.filedOn = filedOn;
    openFiling(d);
}

void NormativeFilingsTab::registerFiling()
{
    openNewFiling(m_clock.today());
}

void NormativeFilingsTab::recordUnfiled()
{
    openNewFiling(QDate());
}

void NormativeFilingsTab::editSelected()
{
    if (const auto d = m_service.document(selectedDocument()))
        openFiling(*d);
}

void NormativeFilingsTab::fileSelected()
{
    const auto d = m_service.document(selectedDocument());
    if (!d)
        return;
    NormativeDocument filing = *d;
    filing.filedOn = m_clock.today();
    openFiling(filing, tr("File: %1").arg(d->number));
}

void NormativeFilingsTab::reviewSelected()
{
    execOn<ReviewDialog>(m_service, selectedDocument(), m_clock.today(), this);
}

void NormativeFilingsTab::correctSelected()
{
    execOn<CorrectionDialog>(m_service, selectedDocument(), m_clock.today(), this);
}

void NormativeFilingsTab::raiseProblem()
{
    const auto d = m_service.document(selectedDocument());
    if (!d)
        return;
    const auto problem = m_service.raiseProblem(d->id);
    if (!problem) {
        MessageBox::warning(this, tr("Rectification ledger"), problem.error().message,
                            problem.error().detail);
        return;
    }
    MessageBox::information(this, tr("Rectification ledger"),
                            tr("\"%1\" is now problem %2 of the rectification ledger; its deadline is the "
                               "correction deadline.")
                                .arg(d->title)
                                .arg(problem->value));
}

void NormativeFilingsTab::removeSelected()
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

void NormativeFilingsTab::importFilings()
{
    if (!m_campaign.id.isValid())
        return;
    const QString path = PageImport::askFile(this, tr("Import filings"));
    if (!path.isEmpty())
        openImportDialog(path);
}

ImportDialog *NormativeFilingsTab::openImportDialog(const QString &path)
{
    const CampaignId campaign = m_campaign.id;
    return PageImport::open(
        this, tr("Normative-document filings"),
        [this, campaign] { return std::make_unique<FilingImporter>(m_service, m_units, campaign); }, path);
}

void NormativeFilingsTab::saveTemplate()
{
    const QString path =
        FileDialogs::save(this, tr("Save the filing template"), QStringLiteral("规范性文件备案模板.xlsx"),
                          tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto r = writeXlsx(path, filingTemplate()); !r)
        MessageBox::warning(this, tr("Template"), r.error().message, r.error().detail);
    else
        MessageBox::information(this, tr("Template"),
                                tr("The template is written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace oversight
