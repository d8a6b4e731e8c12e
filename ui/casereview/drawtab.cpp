#include "drawtab.h"

#include "drawdialog.h"
#include "messagebox.h"
#include "reviewtables.h"
#include "scoringsheetdialog.h"
#include "services/casereviewservice.h"
#include "services/clock.h"
#include "widgets/filedialogs.h"
#include "widgets/longwork.h"
#include "widgets/outputmenu.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>

namespace oversight {

using namespace reviewtables;

DrawTab::DrawTab(CaseReviewService &service, const Clock &clock, const ReviewPrinter &printer,
                 QWidget *parent)
    : QWidget(parent), m_service(service), m_clock(clock), m_printer(printer)
{
    m_drawCombo = new QComboBox(this);
    m_drawCombo->setObjectName(QStringLiteral("drawCombo"));
    m_drawCombo->setMinimumContentsLength(30);
    m_drawInfo = new QLabel(this);
    m_drawInfo->setObjectName(QStringLiteral("drawInfo"));
    m_drawInfo->setWordWrap(true);
    m_drawInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_drawn = makeTable({tr("No."), tr("Unit"), tr("Case number"), tr("Case name"), tr("Reviewers"),
                         tr("Score"), tr("Grade"), tr("Uploaded"), tr("Upload date")},
                        QStringLiteral("drawnTable"), this);
    m_drawn->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_drawn, &QTableWidget::doubleClicked, this, &DrawTab::scoreSelected);
    connect(m_drawCombo, &QComboBox::currentIndexChanged, this, &DrawTab::showDrawnFiles);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Draw record:"), this));
    top->addWidget(m_drawCombo, 1);
    auto *newButton = namedButton(tr("&Draw…"), "newDrawButton", this, this, &DrawTab::newDraw);
    auto *reviewersButton =
        namedButton(tr("Draw &reviewers"), "drawReviewersButton", this, this, &DrawTab::drawReviewers);
    auto *verifyButton = namedButton(tr("&Verify"), "verifyDrawButton", this, this, &DrawTab::verifyDraw);
    auto *printButton =
        namedButton(tr("&Print record…"), "printRecordButton", this, this, &DrawTab::printDrawRecord);
    auto *pdfButton =
        namedButton(tr("Record as P&DF…"), "recordPdfButton", this, this, [this] { exportDrawRecordPdf(); });
    m_voidButton = namedButton(tr("Set &aside…"), "voidDrawButton", this, this, [this] { voidDraw(); });
    m_voidButton->setToolTip(tr("Sets the shown draw aside (drawn by mistake or replaced) with the reason: "
                                "the record stays and still verifies, its files stop counting. Only "
                                "before any of its files is scored."));
    for (QPushButton *b : {newButton, reviewersButton, verifyButton, printButton, pdfButton, m_voidButton})
        top->addWidget(b);

    auto *scoreButton =
        namedButton(tr("&Scoring sheet…"), "scoreButton", this, this, &DrawTab::scoreSelected);
    auto *uploadButton = namedButton(tr("Uploaded to the regional platform"), "uploadButton", this, this,
                                     &DrawTab::toggleUploaded);
    uploadButton->setToolTip(
        tr("附件7: ticks (or clears) the upload confirmation of the selected file, dated today."));
    auto *ledgerButton = namedButton(tr("Put findings into the &ledger"), "raiseProblemsButton", this, this,
                                     &DrawTab::raiseProblems);
    ledgerButton->setToolTip(tr("Makes a rectification-ledger problem (source 抽检) of each finding on the "
                                "selected file's scoring sheet that has none yet."));
    auto *bottom = buttonRow({scoreButton, ledgerButton, uploadButton});

    stacked(this, {top, m_drawInfo}, m_drawn, bottom);
}

void DrawTab::showDraws(const Campaign &campaign, std::vector<CatalogueSummary> catalogue)
{
    m_campaign = campaign;
    m_catalogue = std::move(catalogue);
    const qint64 drawId = m_drawCombo->currentData().toLongLong();
    const auto draws = m_service.draws(m_campaign.id);
    m_draws = draws ? *draws : std::vector<DrawRecord>{};
    {
        const QSignalBlocker quiet(m_drawCombo);
        m_drawCombo->clear();
        for (auto it = m_draws.rbegin(); it != m_draws.rend(); ++it)
            m_drawCombo->addItem(
                tr("No. %1 — %2, %n file(s)", nullptr, int(it->result.size()))
                        .arg(it->id.value)
                        .arg(it->drawnAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
                    (it->voidReason.isEmpty() ? QString() : tr(" (set aside)")),
                it->id.value);
        const int keep = m_drawCombo->findData(drawId);
        m_drawCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    showDrawnFiles();
}

std::optional<DrawRecord> DrawTab::currentDraw() const
{
    const qint64 id = m_drawCombo->currentData().toLongLong();
    for (const DrawRecord &d : m_draws)
        if (d.id.value == id)
            return d;
    return std::nullopt;
}

void DrawTab::showDrawnFiles()
{
    const auto draw = currentDraw();
    m_drawnFiles.clear();
    if (draw)
        if (const auto files = m_service.drawnFiles(m_campaign.id, draw->id))
            m_drawnFiles = *files;
    if (draw) {
        QStringList quotas;
        for (const draw::Quota &q : draw->quotas)
            quotas << QStringLiteral("%1 %2/%3").arg(q.unit).arg(q.quota).arg(q.poolSize);
        QString info =
            tr("Seed %1 · pool SHA-256 %2 · %3 · quotas: %4")
                .arg(QString::number(draw->seed), draw->poolSha256.left(16) + QStringLiteral("…"),
                     draw->algorithm + QStringLiteral(" v") + QString::number(draw->algorithmVersion),
                     quotas.join(QStringLiteral("；")));
        if (!draw->warning.isEmpty())
            info += QStringLiteral("\n") + tr("Warning: %1").arg(draw->warning);
        if (!draw->voidReason.isEmpty())
            info += QStringLiteral("\n") +
                    tr("Set aside: %1. Its files do not count in the spot check.").arg(draw->voidReason);
        if (!draw->hasReviewers())
            info += QStringLiteral("\n") + tr("Reviewers not drawn yet: add reviewers, then Draw reviewers.");
        else if (!draw->reviewerResult.redraws.empty())
            info += QStringLiteral("\n") + tr("%n reviewer(s) drawn again for 回避, as recorded.", nullptr,
                                              int(draw->reviewerResult.redraws.size()));
        m_drawInfo->setText(info);
        m_voidButton->setEnabled(draw->voidReason.isEmpty());
    } else {
        m_voidButton->setEnabled(false);
        m_drawInfo->setText(
            tr("No draw yet. Draw… picks the files at random from the chosen units' catalogues."));
    }
    const int row = m_drawn->currentRow();
    m_drawn->setRowCount(int(m_drawnFiles.size()));
    for (int i = 0; i < int(m_drawnFiles.size()); ++i) {
        const DrawnFile &f = m_drawnFiles[size_t(i)];
        m_drawn->setItem(i, 0, number(f.position + 1));
        m_drawn->setItem(i, 1, cell(f.unitName));
        m_drawn->setItem(i, 2, cell(f.number));
        m_drawn->setItem(i, 3, cell(f.title));
        m_drawn->setItem(
            i, 4, cell(f.reviewer1.isEmpty() ? QString() : f.reviewer1 + QStringLiteral("、") + f.reviewer2));
        m_drawn->setItem(i, 5,
                         cell(f.reviewed ? scoreText(f.scoreHalves / 2.0) : tr("not scored"),
                              Qt::AlignRight | Qt::AlignVCenter));
        m_drawn->setItem(i, 6, cell(f.reviewed ? gradeWord(f.grade) : QString()));
        m_drawn->setItem(i, 7, cell(f.uploaded ? QStringLiteral("✓") : QString(), Qt::AlignCenter));
        m_drawn->setItem(i, 8, cell(f.uploaded ? f.uploadedOn.toString(Qt::ISODate) : QString()));
    }
    m_drawn->resizeColumnsToContents();
    m_drawn->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    if (row >= 0 && row < m_drawn->rowCount())
        m_drawn->selectRow(row);
}

std::optional<DrawnFile> DrawTab::selectedDrawnFile() const
{
    return currentRecord(m_drawn, m_drawnFiles);
}

void DrawTab::newDraw()
{
    if (!m_campaign.id.isValid())
        return;
    DrawDialog dialog(m_service, m_campaign, m_catalogue, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.drawn())
        return;
    showDraws(m_campaign, m_catalogue);
    const int index = m_drawCombo->findData(dialog.drawn()->value);
    if (index >= 0)
        m_drawCombo->setCurrentIndex(index);
    Q_EMIT drawMade();
}

void DrawTab::voidDraw(const QString &givenReason)
{
    const auto draw = currentDraw();
    if (!draw || !draw->voidReason.isEmpty())
        return;
    const QString title = tr("Set the draw aside");
    QString reason = givenReason;
    if (reason.isEmpty() && !MessageBox::testMode()) {
        bool ok = false;
        reason = QInputDialog::getText(this, title,
                                       tr("Why is draw record No. %1 set aside? The reason stays on the "
                                          "record.")
                                           .arg(draw->id.value),
                                       QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    if (MessageBox::question(
            this, title,
            tr("Set draw record No. %1 aside? Its %n file(s) stop counting in the spot check and the "
               "results; the record stays and still verifies. This cannot be undone.",
               nullptr, int(draw->result.size()))
                .arg(draw->id.value)) != QMessageBox::Yes)
        return;
    if (auto r = m_service.voidDraw(draw->id, reason); !r)
        MessageBox::warning(this, title, r.error().message, r.error().detail);
}

void DrawTab::drawReviewers()
{
    const auto draw = currentDraw();
    if (!draw)
        return;
    if (auto r = m_service.drawReviewers(draw->id); !r)
        MessageBox::warning(this, tr("Draw reviewers"), r.error().message, r.error().detail);
}

void DrawTab::verifyDraw()
{
    const auto draw = currentDraw();
    if (!draw)
        return;
    const auto v = m_service.verify(draw->id);
    if (!v)
        MessageBox::warning(this, tr("Verify the draw"), v.error().message, v.error().detail);
    else if (v->ok())
        MessageBox::information(
            this, tr("Verify the draw"),
            tr("Draw record %1: the re-run gives the same files and reviewers.").arg(draw->id.value));
    else
        MessageBox::warning(this, tr("Verify the draw"),
                            tr("Draw record %1 does not verify:").arg(draw->id.value) + QLatin1Char('\n') +
                                v->differences.join(QLatin1Char('\n')));
}

void DrawTab::printDrawRecord()
{
    const auto draw = currentDraw();
    if (!draw)
        return;
    OutputMenu::print(this, {}, [this, &draw](QPrinter *printer) {
        if (auto r = m_printer.paintDrawRecord(m_campaign, *draw, m_drawnFiles, *printer); !r)
            MessageBox::warning(this, tr("Print the draw record"), r.error().message, r.error().detail);
    });
}

void DrawTab::exportDrawRecordPdf(const QString &given)
{
    const auto draw = currentDraw();
    if (!draw)
        return;
    const QString path = !given.isEmpty()
                             ? given
                             : FileDialogs::save(this, tr("Draw record as PDF"),
                                                 QStringLiteral("抽取记录-%1.pdf").arg(draw->id.value),
                                                 tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    LongWork::run(this, tr("Draw record as PDF"), tr("Writing the draw record…"),
                  [printer = m_printer, campaign = m_campaign, record = *draw, files = m_drawnFiles,
                   path](LongWork::Control &control) -> Result<QString> {
                      return LongWork::save(
                          path, printer.drawRecordPdf(campaign, record, files), control,
                          tr("The draw record is written to %1.").arg(QDir::toNativeSeparators(path)));
                  });
}

void DrawTab::scoreSelected()
{
    const auto file = selectedDrawnFile();
    if (!file) {
        MessageBox::information(this, tr("Scoring sheet"), tr("Choose a drawn file in the table first."));
        return;
    }
    if (m_campaign.scoring.isEmpty()) {
        MessageBox::warning(this, tr("Scoring sheet"),
                            tr("The campaign's definition has no scoring sheet (its \"scoring\" section)."));
        return;
    }
    ScoringSheetDialog dialog(m_service, m_campaign.scoring, *file, m_clock.today(), this);
    dialog.exec();
}

void DrawTab::raiseProblems()
{
    const auto file = selectedDrawnFile();
    if (!file) {
        MessageBox::information(this, tr("Rectification ledger"),
                                tr("Choose a drawn file in the table first."));
        return;
    }
    const Result<int> raised = m_service.raiseProblems(file->id);
    if (!raised) {
        MessageBox::warning(this, tr("Rectification ledger"), raised.error().message, raised.error().detail);
        return;
    }
    MessageBox::information(this, tr("Rectification ledger"),
                            *raised == 0 ? tr("Every finding of this file is already in the ledger.")
                                         : tr("%n problem(s) put into the rectification ledger; set their "
                                              "measures and owners there.",
                                              nullptr, *raised));
}

void DrawTab::toggleUploaded()
{
    const auto file = selectedDrawnFile();
    if (!file)
        return;
    if (auto r = m_service.setUploaded(file->id, !file->uploaded, m_clock.today()); !r)
        MessageBox::warning(this, tr("Upload confirmation"), r.error().message, r.error().detail);
}

} // namespace oversight
