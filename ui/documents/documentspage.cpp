#include "documentspage.h"

#include "documenteditor.h"
#include "documents/feedbackletter.h"
#include "documents/noticegenerator.h"
#include "documents/odtexport.h"
#include "messagebox.h"
#include "services/clock.h"
#include "services/documentservice.h"
#include "services/unitservice.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"
#include "widgets/outputmenu.h"
#include "widgets/recordtable.h"
#include "widgets/tablecopy.h"
#include "widgets/searchablecombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oversight {

namespace {

enum Column
{
    NumberCol,
    KindCol,
    AddresseeCol,
    TitleCol,
    StatusCol,
    DateCol,
    ColumnCount
};

QString statusLabel(const DocumentRecord &r)
{
    switch (r.status) {
    case DocumentStatus::Draft:
        return DocumentsPage::tr("Draft");
    case DocumentStatus::Issued:
        return DocumentsPage::tr("Issued");
    case DocumentStatus::Voided:
        return DocumentsPage::tr("Voided: %1").arg(r.voidReason);
    }
    return {};
}

/// `given`, else the file the clerk chooses to save to (empty when she cancels).
QString givenOrChosen(const QString &given, QWidget *parent, const QString &title, const QString &fileName,
                      const QString &filter)
{
    return !given.isEmpty() ? given : FileDialogs::save(parent, title, fileName, filter);
}

/// The kind combo's mark of the feedback letter (整改意见书) among the spot-check kind's entries.
constexpr int FeedbackRole = Qt::UserRole + 1;

} // namespace

DocumentsPage::DocumentsPage(DocumentService &documents, UnitService &units, const Clock &clock,
                             QWidget *parent)
    : CampaignPage(units, clock, parent), m_documents(documents), m_renderer(DocumentFonts::resolve())
{
    setObjectName(QStringLiteral("documentsPage"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (DocumentKind k : {DocumentKind::SpotCheck, DocumentKind::Criticism, DocumentKind::Reminder,
                           DocumentKind::Summary, DocumentKind::Acceptance})
        m_kind->addItem(documentKindWord(k), QVariant::fromValue(k));
    // The spot check's per-unit feedback letter: numbered in the spot-check series, drafted for the unit
    // chosen beside it from its scoring sheets.
    m_kind->addItem(QStringLiteral("整改意见书"), QVariant::fromValue(DocumentKind::SpotCheck));
    m_kind->setItemData(m_kind->count() - 1, true, FeedbackRole);
    m_unit = new QComboBox(this);
    makeSearchable(m_unit);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_new = namedButton(tr("&New draft"), "newDraftButton", this, this, &DocumentsPage::newDraft);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Kind:"), this));
    top->addWidget(m_kind);
    top->addWidget(new QLabel(tr("Unit:"), this));
    top->addWidget(m_unit, 1);
    top->addWidget(m_new);

    m_table = new QTableWidget(0, ColumnCount, this);
    TableCopy::enable(m_table);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Kind"), tr("Addressed to"), tr("Title"), tr("Status"), tr("Date")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleCol, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NumberCol, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KindCol, QHeaderView::ResizeToContents);
    // Reminders and supervision notices share a title; who they go to tells them apart.
    m_table->horizontalHeader()->setSectionResizeMode(AddresseeCol, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(AddresseeCol, fontMetrics().height() * 12);
    m_table->horizontalHeader()->setSectionResizeMode(DateCol, QHeaderView::ResizeToContents);

    m_edit = namedButton(tr("&Edit…"), "editButton", this, this, &DocumentsPage::editSelected);
    m_delete = namedButton(tr("&Delete draft"), "deleteButton", this, this, &DocumentsPage::deleteSelected);
    m_issue = namedButton(tr("&Issue…"), "issueButton", this, this, &DocumentsPage::issueSelected);
    m_void = namedButton(tr("&Void…"), "voidButton", this, this, &DocumentsPage::voidSelected);
    m_output = OutputMenu::buttons(
        this, {{tr("Pre&view…"), QStringLiteral("previewButton"), [this] { previewSelected(); }},
               {tr("&Print…"), QStringLiteral("printButton"), [this] { printSelected(); }},
               {tr("Save P&DF…"), QStringLiteral("pdfButton"), [this] { exportPdf(); }},
               {tr("Save &ODT copy…"), QStringLiteral("odtButton"), [this] { exportOdt(); }}});
    // The office assigns the 文号 and the date; the proposed ones stand until the clerk changes them.
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("numberField"));
    m_number->setRange(0, 9999);
    m_number->setSpecialValueText(tr("next free"));
    m_number->setToolTip(tr("The document number the office assigned; \"next free\" takes the series' next "
                            "number. A number already used is refused."));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateField"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(m_clock.today());
    m_date->setToolTip(tr("The document's date (成文日期), within the campaign's year."));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_delete})
        actions->addWidget(b);
    actions->addWidget(new QLabel(tr("No.:"), this));
    actions->addWidget(m_number);
    actions->addWidget(new QLabel(tr("Date:"), this));
    actions->addWidget(m_date);
    for (QPushButton *b : {m_issue, m_void})
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton *b : std::as_const(m_output))
        actions->addWidget(b);

    m_fonts = new QLabel(this);
    m_fonts->setObjectName(QStringLiteral("fontsLabel"));
    m_fonts->setWordWrap(true);
    const QStringList standIns = m_renderer.fonts().substitutions();
    m_fonts->setText(
        standIns.isEmpty()
            ? tr("All official fonts are installed.")
            : tr("Official fonts missing on this computer; stand-ins: %1").arg(standIns.join(tr("; "))));

    auto *heading = pageHeading(tr("Official documents"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_fonts);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DocumentsPage::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DocumentsPage::editSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentsPage::updateActions);
    followUnitRegister([this] { refillUnits(); });
    connect(&m_documents, &DocumentService::documentAdded, this, &DocumentsPage::reload);
    connect(&m_documents, &DocumentService::documentChanged, this, &DocumentsPage::reload);
    connect(&m_documents, &DocumentService::documentRemoved, this, &DocumentsPage::reload);
    updateActions();
}

void DocumentsPage::campaignChanged()
{
    m_unit->clear(); // a new campaign's list starts at its first unit
    refillUnits();
    reload();
}

void DocumentsPage::refillUnits()
{
    const QVariant chosen = m_unit->currentData();
    m_unit->clear();
    for (const auto &[id, name] : unitChoices())
        m_unit->addItem(name, id.value);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(chosen)));
}

void DocumentsPage::reload()
{
    const std::optional<DocumentRecord> before = selected();
    m_table->setRowCount(0);
    if (!m_campaign.id.isValid())
        return;
    const auto records = m_documents.documents(m_campaign.id);
    if (!records) {
        MessageBox::warning(this, tr("Documents"), records.error().message, records.error().detail);
        return;
    }
    m_table->setRowCount(int(records->size()));
    for (int row = 0; row < int(records->size()); ++row) {
        const DocumentRecord &r = (*records)[size_t(row)];
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, r.id.value);
            m_table->setItem(row, column, item);
        };
        cell(NumberCol, r.number.isValid() ? r.number.text() : tr("(not issued)"));
        // A feedback letter is kept with the spot-check kind; its title says what it is.
        cell(KindCol,
             r.kind == DocumentKind::SpotCheck && r.content.title.endsWith(QStringLiteral("整改意见书"))
                 ? QStringLiteral("整改意见书")
                 : documentKindWord(r.kind));
        cell(AddresseeCol, r.content.addressee);
        m_table->item(row, AddresseeCol)->setToolTip(r.content.addressee);
        cell(TitleCol, r.content.title);
        cell(StatusCol, statusLabel(r));
        cell(DateCol, r.content.date.toString(QStringLiteral("yyyy-MM-dd")));
    }
    if (before)
        select(before->id);
    updateActions();
}

std::optional<DocumentRecord> DocumentsPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const auto record = m_documents.document(DocumentId(items.first()->data(Qt::UserRole).toLongLong()));
    if (!record)
        return std::nullopt;
    return *record;
}

void DocumentsPage::select(DocumentId id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id.value) {
            m_table->selectRow(row);
            return;
        }
    }
}

void DocumentsPage::updateActions()
{
    const auto current = selected();
    const bool draft = current && current->status == DocumentStatus::Draft;
    m_unit->setEnabled(m_kind->currentData().value<DocumentKind>() == DocumentKind::Reminder ||
                       m_kind->currentData(FeedbackRole).toBool());
    m_new->setEnabled(m_campaign.id.isValid());
    m_edit->setEnabled(draft);
    m_delete->setEnabled(draft);
    m_issue->setEnabled(draft);
    m_void->setEnabled(current && current->status == DocumentStatus::Issued);
    for (QPushButton *b : std::as_const(m_output))
        b->setEnabled(current.has_value());
}

void DocumentsPage::newDraft()
{
    // The draft is written for the date in the date field (today unless the clerk chose another).
    const NoticeGenerator generator(m_campaign, m_date->date());
    const auto kind = m_kind->currentData().value<DocumentKind>();
    OfficialDocument content;
    switch (kind) {
    case DocumentKind::SpotCheck: {
        if (m_kind->currentData(FeedbackRole).toBool()) {
            const auto unit = m_units.unit(UnitId(m_unit->currentData().toLongLong()));
            if (!unit) {
                MessageBox::warning(this, tr("New draft"),
                                    tr("Choose the unit the feedback letter goes to."));
                return;
            }
            const Result<CampaignData> figures =
                m_dataSource ? m_dataSource(m_campaign.id, m_date->date())
                             : Result<CampaignData>(makeError(
                                   Error::Code::Invalid, tr("The campaign's figures are not open yet.")));
            if (!figures) {
                MessageBox::warning(this, tr("New draft"), figures.error().message, figures.error().detail);
                return;
            }
            auto letter = FeedbackLetter::draft(m_campaign, *unit, figures->drawnFiles, m_date->date());
            if (!letter) {
                MessageBox::information(this, tr("New draft"), letter.error().message);
                return;
            }
            content = std::move(letter).value();
            break;
        }
        SpotCheckResults results = m_spotCheckSource ? m_spotCheckSource(m_campaign.id) : SpotCheckResults{};
        // The files drawn beside the files scored, as `status` counts them.
        if (m_dataSource)
            if (const Result<CampaignData> figures = m_dataSource(m_campaign.id, m_date->date()))
                results.completeFrom(*figures, {});
        content = generator.spotCheck(results);
        break;
    }
    case DocumentKind::Criticism:
    case DocumentKind::Reminder:
    case DocumentKind::Summary:
    case DocumentKind::Acceptance: {
        if (!m_dataSource) {
            MessageBox::warning(this, tr("New draft"), tr("The campaign's figures are not open yet."));
            return;
        }
        const Result<CampaignData> figures = m_dataSource(m_campaign.id, m_date->date());
        if (!figures) {
            MessageBox::warning(this, tr("New draft"), figures.error().message, figures.error().detail);
            return;
        }
        if (kind == DocumentKind::Summary) {
            content = generator.summary(CampaignFigures::count(*figures));
            break;
        }
        if (kind == DocumentKind::Acceptance) {
            auto notice = generator.acceptanceNotice(*figures);
            if (!notice) {
                MessageBox::information(this, tr("New draft"), notice.error().message);
                return;
            }
            content = std::move(notice).value();
            break;
        }
        if (kind == DocumentKind::Criticism) {
            const auto findings = NoticeGenerator::findings(*figures, allFindingKinds());
            if (findings.empty()) {
                MessageBox::information(this, tr("New draft"),
                                        tr("On %1 no unit is late, short of its self-check, overdue with its "
                                           "rectification, without a contact or with unscored drawn files: "
                                           "there is nobody to name.")
                                            .arg(m_date->date().toString(Qt::ISODate)));
                return;
            }
            content = generator.criticism(findings);
            break;
        }
        const auto unit = m_units.unit(UnitId(m_unit->currentData().toLongLong()));
        if (!unit) {
            MessageBox::warning(this, tr("New draft"), tr("Choose the unit the reminder goes to."));
            return;
        }
        auto reminder = generator.reminder(*unit, figures->owed(unit->id));
        if (!reminder) {
            MessageBox::information(this, tr("New draft"), reminder.error().message);
            return;
        }
        content = std::move(reminder).value();
        break;
    }
    case DocumentKind::Supervision:
        return; // drafted from a supervision case, not here
    }
    // A second draft of the same notice is rarely meant: the clerk is asked, and may open the first.
    if (const auto records = m_documents.documents(m_campaign.id)) {
        for (const DocumentRecord &r : *records) {
            if (r.status != DocumentStatus::Draft || r.kind != kind ||
                (kind == DocumentKind::Reminder && r.content.addressee != content.addressee))
                continue;
            const auto answer = MessageBox::question(
                this, tr("New draft"),
                tr("A draft of this notice is already there: \"%1\" (dated %2). Open it instead of making a "
                   "second one?\n\nYes: open the existing draft. No: make a new draft beside it.")
                    .arg(r.content.title, r.content.date.toString(Qt::ISODate)),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                select(r.id);
                return;
            }
            if (answer != QMessageBox::No)
                return;
            break;
        }
    }
    content.numberLine =
        DocumentNumber::placeholder(DocumentService::seriesFor(m_campaign, kind), m_date->date().year());
    const auto id = m_documents.createDraft(m_campaign.id, content);
    if (!id) {
        MessageBox::warning(this, tr("New draft"), id.error().message, id.error().detail);
        return;
    }
    select(*id);
}

std::optional<DocumentId> DocumentsPage::draftSupervisionNotice(const SupervisionNoticeContent &content)
{
    const NoticeGenerator generator(m_campaign, m_clock.today());
    OfficialDocument document = generator.supervision(content);
    document.numberLine = DocumentNumber::placeholder(
        DocumentService::seriesFor(m_campaign, DocumentKind::Supervision), m_clock.today().year());
    const auto id = m_documents.createDraft(m_campaign.id, document);
    if (!id) {
        MessageBox::warning(this, tr("New draft"), id.error().message, id.error().detail);
        return std::nullopt;
    }
    select(*id);
    return *id;
}

void DocumentsPage::editSelected()
{
    const auto current = selected();
    if (!current || current->status != DocumentStatus::Draft)
        return;
    DocumentEditor editor(current->content, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (auto r = m_documents.saveDraft(current->id, editor.document()); !r)
        MessageBox::warning(this, tr("Edit document"), r.error().message, r.error().detail);
}

void DocumentsPage::deleteSelected()
{
    const auto current = selected();
    if (!current || current->status != DocumentStatus::Draft)
        return;
    if (MessageBox::question(this, tr("Delete draft"),
                             tr("Delete the draft \"%1\"?").arg(current->content.title)) != QMessageBox::Yes)
        return;
    if (auto r = m_documents.deleteDraft(current->id); !r)
        MessageBox::warning(this, tr("Delete draft"), r.error().message, r.error().detail);
}

void DocumentsPage::issueSelected()
{
    const auto current = selected();
    if (!current || current->status != DocumentStatus::Draft)
        return;
    if (auto r = DocumentService::checkIssuable(current->content); !r) {
        MessageBox::warning(this, tr("Issue document"), r.error().message);
        return;
    }
    const IssueChoice choice{m_number->value(), m_date->date()};
    int number = 0;
    if (auto r = m_documents.checkChoice(m_campaign, current->kind, choice, &number); !r) {
        MessageBox::warning(this, tr("Issue document"), r.error().message);
        return;
    }
    const QString numberText =
        DocumentNumber{DocumentService::seriesFor(m_campaign, current->kind), choice.date.year(), number}.text();
    if (MessageBox::question(this, tr("Issue document"),
                             tr("Issue \"%1\" as %2, dated %3? Its text is frozen: an issued document can only "
                                "be voided, never changed.")
                                 .arg(current->content.title, numberText, chineseDate(choice.date))) !=
        QMessageBox::Yes)
        return;
    const auto issued = m_documents.issue(
        current->id, [this](const OfficialDocument &d) { return m_renderer.pdf(d); }, choice);
    if (!issued) {
        MessageBox::warning(this, tr("Issue document"), issued.error().message, issued.error().detail);
        return;
    }
    select(current->id);
    m_number->setValue(0); // the next document proposes the next free number again
    MessageBox::information(this, tr("Issue document"), tr("Issued as %1.").arg(issued->number.text()),
                            tr("SHA-256 of the PDF: %1").arg(issued->pdfSha256));
}

void DocumentsPage::voidSelected()
{
    const auto current = selected();
    if (!current || current->status != DocumentStatus::Issued)
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Void document"),
                              tr("Why is %1 voided? The number stays recorded as voided with this reason.")
                                  .arg(current->number.text()),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (auto r = m_documents.voidDocument(current->id, reason); !r)
        MessageBox::warning(this, tr("Void document"), r.error().message, r.error().detail);
}

OfficialDocument DocumentsPage::printable(const DocumentRecord &record) const
{
    return record.content; // an issued document's content is frozen with its number
}

void DocumentsPage::paintOn(QPrinter *printer)
{
    const auto current = selected();
    if (!current)
        return;
    printer->setFullPage(true);
    if (auto r = m_renderer.paint(printable(*current), *printer); !r)
        MessageBox::warning(this, tr("Print"), r.error().message, r.error().detail);
}

void DocumentsPage::previewSelected()
{
    if (!selected())
        return;
    // A page's width at a readable zoom.
    OutputMenu::preview(this, {QPageLayout::Portrait, QSize(900, 1000)}, [this](QPrinter *p) { paintOn(p); });
}

void DocumentsPage::printSelected()
{
    if (!selected())
        return;
    OutputMenu::print(this, {}, [this](QPrinter *p) { paintOn(p); });
}

void DocumentsPage::exportPdf(const QString &givenPath)
{
    const auto current = selected();
    if (!current)
        return;
    const QString path =
        givenOrChosen(givenPath, this, tr("Save PDF"),
                      (current->number.isValid() ? current->number.text() : current->content.title) +
                          QStringLiteral(".pdf"),
                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // An issued document leaves exactly as it was issued (its stored bytes, read here where the database
    // connection lives); a draft is painted now, on the work's thread.
    std::optional<QByteArray> issued;
    if (current->status != DocumentStatus::Draft) {
        const Result<QByteArray> stored = m_documents.reprint(current->id);
        if (!stored) {
            MessageBox::warning(this, tr("Save PDF"), stored.error().message, stored.error().detail);
            return;
        }
        issued = *stored;
    }
    const QString title = current->content.title;
    LongWork::run(
        this, tr("Save PDF"), tr("Writing %1 as PDF…").arg(title),
        [renderer = m_renderer, content = current->content, issued, path,
         title](LongWork::Control &control) -> Result<QString> {
            const Result<QByteArray> bytes = issued ? Result<QByteArray>(*issued) : renderer.pdf(content);
            if (!bytes)
                return bytes.error();
            return LongWork::save(path, *bytes, control,
                                  tr("%1 is written to %2.").arg(title, QDir::toNativeSeparators(path)));
        });
}

void DocumentsPage::exportOdt(const QString &givenPath)
{
    const auto current = selected();
    if (!current)
        return;
    const QString path =
        givenOrChosen(givenPath, this, tr("Save ODT copy"), current->content.title + QStringLiteral(".odt"),
                      tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    if (auto r = OdtExport::write(printable(*current), m_renderer.fonts(), path); !r)
        MessageBox::warning(this, tr("Save ODT copy"), r.error().message, r.error().detail);
}

} // namespace oversight
