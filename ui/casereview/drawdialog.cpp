#include "drawdialog.h"

#include "messagebox.h"
#include "services/casereviewservice.h"
#include "widgets/formdialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace oversight {

DrawDialog::DrawDialog(CaseReviewService &service, const Campaign &campaign,
                       const std::vector<CatalogueSummary> &catalogue, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_campaign(campaign)
{
    setObjectName(QStringLiteral("drawDialog"));
    setWindowTitle(tr("Draw case files for the spot check"));
    auto *form = new QFormLayout;
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("countBox"));
    m_count->setRange(1, 100000);
    m_count->setValue(campaign.rules.spotCheckMinFiles > 0 ? campaign.rules.spotCheckMinFiles : 60);
    auto *suggestButton = new QPushButton(tr("Suggest the busiest units"), this);
    suggestButton->setObjectName(QStringLiteral("suggestButton"));
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addWidget(suggestButton);
    countRow->addStretch();
    form->addRow(tr("Files to draw:"), countRow);

    m_units = new QListWidget(this);
    m_units->setObjectName(QStringLiteral("unitList"));
    m_units->setMinimumHeight(220);
    for (const CatalogueSummary &c : catalogue) {
        if (c.total == 0)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%n file(s))", nullptr, c.total).arg(c.unitName), m_units);
        item->setData(Qt::UserRole, c.unitName);
        item->setData(Qt::UserRole + 1, c.total);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    form->addRow(tr("Units:"), m_units);
    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("seedEdit"));
    m_seed->setPlaceholderText(tr("empty: from the system's random source"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,20}")), m_seed));
    form->addRow(tr("Seed:"), m_seed);
    m_task = new QLineEdit(tr("%1 case-file spot check").arg(campaign.caseYear), this);
    m_task->setObjectName(QStringLiteral("taskEdit"));
    form->addRow(tr("Task:"), m_task);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("drawNote"));
    m_note->setWordWrap(true);
    form->addRow(QString(), m_note);
    layForm(form, tr("&Draw"), QDialogButtonBox::Ok, QStringLiteral("drawButton"));

    connect(suggestButton, &QPushButton::clicked, this, &DrawDialog::suggest);
    connect(m_count, &QSpinBox::valueChanged, this, &DrawDialog::updateNote);
    connect(m_units, &QListWidget::itemChanged, this, &DrawDialog::updateNote);
    suggest();
}

void DrawDialog::suggest()
{
    const auto names = m_service.suggestedUnits(m_campaign.id, m_count->value());
    for (int i = 0; i < m_units->count(); ++i) {
        QListWidgetItem *item = m_units->item(i);
        item->setCheckState(names && names->contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
    updateNote();
}

void DrawDialog::updateNote()
{
    int units = 0, pool = 0;
    for (int i = 0; i < m_units->count(); ++i)
        if (m_units->item(i)->checkState() == Qt::Checked) {
            ++units;
            pool += m_units->item(i)->data(Qt::UserRole + 1).toInt();
        }
    QString note = tr("%1 unit(s), a pool of %2 file(s).").arg(units).arg(pool);
    if (m_count->value() < m_campaign.rules.spotCheckMinFiles)
        note += QLatin1Char(' ') +
                tr("Fewer than the plan's %1 files: allowed, and recorded in the draw as a warning.")
                    .arg(m_campaign.rules.spotCheckMinFiles);
    m_note->setText(note);
}

bool DrawDialog::confirmDraw(const DrawRequest &request)
{
    // A stored draw is for good: name what stands already, so a second draw is never made by mistake.
    QStringList standing;
    if (const auto draws = m_service.draws(m_campaign.id))
        for (const DrawRecord &d : *draws) {
            if (!d.voidReason.isEmpty())
                continue;
            int scored = 0;
            if (const auto files = m_service.drawnFiles(m_campaign.id, d.id))
                for (const DrawnFile &f : *files)
                    scored += f.reviewed ? 1 : 0;
            standing << tr("No. %1 of %2: %n file(s), %3 scored", nullptr, int(d.result.size()))
                            .arg(d.id.value)
                            .arg(d.drawnAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))
                            .arg(scored);
        }
    const QString title = tr("Draw case files");
    if (standing.isEmpty())
        return MessageBox::question(
                   this, title,
                   tr("Draw %n file(s) from %1 unit(s) now? The draw is stored for good: it cannot be "
                      "deleted or made again with another result.",
                      nullptr, request.count)
                       .arg(request.units.size()),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    return MessageBox::question(
               this, title,
               tr("A draw stands already:\n%1\n\nA new draw is stored for good and its %n file(s) count in "
                  "the spot check together with the draw above, until one of them is set aside. Draw "
                  "again?",
                  nullptr, request.count)
                   .arg(standing.join(QLatin1Char('\n'))),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void DrawDialog::accept()
{
    DrawRequest request;
    for (int i = 0; i < m_units->count(); ++i)
        if (m_units->item(i)->checkState() == Qt::Checked)
            request.units << m_units->item(i)->data(Qt::UserRole).toString();
    if (request.units.isEmpty()) {
        showError(tr("Tick at least one unit."));
        return;
    }
    request.count = m_count->value();
    if (!m_seed->text().isEmpty()) {
        bool ok = false;
        request.seed = m_seed->text().toULongLong(&ok);
        if (!ok) {
            showError(tr("Seed: a whole number from 0 to 18446744073709551615."));
            return;
        }
    }
    request.task = m_task->text();
    if (!confirmDraw(request))
        return;
    const auto record = m_service.drawCases(m_campaign.id, request);
    if (!record) {
        showError(record.error().message);
        return;
    }
    m_drawn = record->id;
    QDialog::accept();
}

} // namespace oversight
