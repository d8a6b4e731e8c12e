#include "problemdialogs.h"

#include "services/ledgerservice.h"
#include "widgets/formdialog.h"
#include "widgets/filedialogs.h"
#include "widgets/searchablecombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace oversight {

ProblemDialog::ProblemDialog(LedgerService &ledger, const Campaign &campaign, const std::vector<Unit> &units,
                             Problem problem, QWidget *parent)
    : RecordDialog(parent), m_ledger(ledger), m_problem(std::move(problem))
{
    const bool isNew = !m_problem.id.isValid();
    setObjectName(QStringLiteral("problemDialog"));
    setWindowTitle(isNew ? tr("New problem") : tr("Problem %1").arg(m_problem.id.value));

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    for (const Unit &u : units)
        m_unit->addItem(u.name, u.id.value);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(m_problem.unit.value)));
    makeSearchable(m_unit);

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    for (const Area &a : campaign.areas)
        m_area->addItem(QStringLiteral("%1. %2").arg(a.number).arg(a.title), a.number);
    m_area->setCurrentIndex(qMax(0, m_area->findData(m_problem.area)));
    m_area->setMinimumContentsLength(24);
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    for (Problem::Source s : allProblemSources())
        m_source->addItem(problemSourceWord(s), int(s));
    m_source->setCurrentIndex(qMax(0, m_source->findData(int(m_problem.source))));
    // 上级抽查: the region's or the city's department; the usual two offered, any other typed in.
    m_inspectingBody = new QComboBox(this);
    m_inspectingBody->setObjectName(QStringLiteral("inspectingBodyCombo"));
    m_inspectingBody->setEditable(true);
    m_inspectingBody->addItems({QStringLiteral("自治区司法厅"), QStringLiteral("通辽市司法局")});
    m_inspectingBody->setCurrentText(m_problem.inspectingBody);
    m_inspectingBody->setToolTip(tr("Who made the upper-level spot check (上级抽查)."));
    const auto upperOnly = [this] {
        const bool upper = Problem::Source(m_source->currentData().toInt()) == Problem::Source::UpperCheck;
        m_inspectingBody->setEnabled(upper && m_source->isEnabled());
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, upperOnly);

    m_description = FormDialog::textBox(m_problem.description, 3, QStringLiteral("descriptionEdit"), this);
    m_measure = FormDialog::textBox(m_problem.measure, 3, QStringLiteral("measureEdit"), this);
    m_owner = new QLineEdit(m_problem.owner, this);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    QDate deadline = m_problem.deadline;
    if (!deadline.isValid()) {
        const Result<QDate> d = m_ledger.defaultDeadline(campaign.id);
        deadline = d ? *d : m_ledger.today();
    }
    m_deadline = FormDialog::dateBox(deadline, QStringLiteral("deadlineEdit"), this);
    if (!isNew) {
        m_deadline->setEnabled(false);
        m_deadline->setToolTip(tr("A deadline moves only by an extension with its reason (Extend…)."));
    }
    m_progress = FormDialog::textBox(m_problem.progress, 2, QStringLiteral("progressEdit"), this);
    if (!m_problem.originKind.isEmpty()) {
        // A problem found by supervision is edited there; here only its owner, unit-side progress.
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_unit, m_area, m_source, m_description, m_measure})
            w->setEnabled(false);
    }
    upperOnly();

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("Reform &area:"), m_area);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Inspecting body:"), m_inspectingBody);
    form->addRow(tr("&Problem:"), m_description);
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("&Responsible person:"), m_owner);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("Pro&gress:"), m_progress);
    layForm(form, tr("&Save"));
}

void ProblemDialog::accept()
{
    Problem p = m_problem;
    p.unit = UnitId(m_unit->currentData().toLongLong());
    p.area = m_area->currentData().toInt();
    p.source = Problem::Source(m_source->currentData().toInt());
    p.inspectingBody = p.source == Problem::Source::UpperCheck ? m_inspectingBody->currentText() : QString();
    p.description = m_description->toPlainText();
    p.measure = m_measure->toPlainText();
    p.owner = m_owner->text();
    p.progress = m_progress->toPlainText();
    if (!p.id.isValid())
        p.deadline = m_deadline->date(); // an existing problem's deadline moves only by an extension
    const auto saved = addOrUpdate(p.id, [&] { return m_ledger.update(p); }, [&] { return m_ledger.add(p); });
    if (saved)
        m_saved = *saved;
    closeWhenSaved(saved);
}

LedgerStepDialog::LedgerStepDialog(LedgerService &ledger, Kind kind, std::vector<ProblemId> problems,
                                   Problem::Status to, QDate suggested, QWidget *parent)
    : RecordDialog(parent), m_ledger(ledger), m_kind(kind), m_problems(std::move(problems)), m_to(to)
{
    setObjectName(QStringLiteral("ledgerStepDialog"));
    auto *form = new QFormLayout;
    QString acceptText;
    switch (kind) {
    case Kind::Status:
        setWindowTitle(m_problems.size() == 1
                           ? tr("Mark as %1").arg(problemStatusLabel(to))
                           : tr("Mark %1 problems as %2").arg(m_problems.size()).arg(problemStatusLabel(to)));
        m_note = FormDialog::textBox({}, 3, QStringLiteral("noteEdit"), this);
        form->addRow(tr("&Note (kept in each problem's history):"), m_note);
        acceptText = tr("&Change status");
        break;
    case Kind::Close:
        setWindowTitle(tr("Close problem %1 (销号)").arg(m_problems.front().value));
        m_date = FormDialog::dateBox(suggested, QStringLiteral("dateEdit"), this);
        form->addRow(tr("Closed &on:"), m_date);
        m_note = FormDialog::textBox({}, 3, QStringLiteral("noteEdit"), this);
        form->addRow(tr("&Verification note:"), m_note);
        m_statement = FormDialog::textBox({}, 3, QStringLiteral("statementEdit"), this);
        m_statement->setPlaceholderText(
            tr("Written evidence, if no file was added: what was done, and who confirmed it"));
        form->addRow(tr("&Statement:"), m_statement);
        // Shown when the close is refused for want of evidence: the files are added from here.
        m_addEvidence = new QPushButton(tr("Add evidence &files…"), this);
        m_addEvidence->setObjectName(QStringLiteral("addEvidenceButton"));
        m_addEvidence->hide();
        connect(m_addEvidence, &QPushButton::clicked, this, [this] {
            attachEvidence(FileDialogs::openMany(this, tr("Evidence files")));
        });
        form->addRow(QString(), m_addEvidence);
        acceptText = tr("&Close problem");
        break;
    case Kind::Reopen:
        setWindowTitle(tr("Reopen problem %1").arg(m_problems.front().value));
        m_note = FormDialog::textBox({}, 3, QStringLiteral("noteEdit"), this);
        form->addRow(tr("&Reason:"), m_note);
        acceptText = tr("&Reopen");
        break;
    case Kind::Extend:
        setWindowTitle(tr("Extend the deadline of problem %1").arg(m_problems.front().value));
        m_date = FormDialog::dateBox(suggested, QStringLiteral("dateEdit"), this);
        form->addRow(tr("New &deadline:"), m_date);
        m_note = FormDialog::textBox({}, 3, QStringLiteral("noteEdit"), this);
        form->addRow(tr("&Reason:"), m_note);
        acceptText = tr("&Extend");
        break;
    }
    layForm(form, acceptText, QDialogButtonBox::Ok, QStringLiteral("acceptButton"));
}

void LedgerStepDialog::accept()
{
    Result<void> r;
    const QString note = m_note->toPlainText();
    switch (m_kind) {
    case Kind::Status:
        r = m_ledger.moveAll(m_problems, m_to, note);
        break;
    case Kind::Close:
        r = m_ledger.close(m_problems.front(), m_date->date(), note, m_statement->toPlainText());
        break;
    case Kind::Reopen:
        r = m_ledger.reopen(m_problems.front(), note);
        break;
    case Kind::Extend:
        r = m_ledger.extend(m_problems.front(), m_date->date(), note);
        break;
    }
    if (!closeWhenSaved(r) && m_addEvidence && r.error().field == QLatin1String("evidence")) {
        m_addEvidence->show();
        m_addEvidence->setFocus(Qt::OtherFocusReason);
    }
}

int LedgerStepDialog::attachEvidence(const QStringList &paths)
{
    int stored = 0;
    for (const QString &path : paths) {
        if (auto r = m_ledger.addEvidenceFile(m_problems.front(), path); !r) {
            showError(r.error().message);
            return stored;
        }
        ++stored;
    }
    if (stored > 0) {
        // The refusal is answered: the button now says what was added.
        hideError();
        if (m_addEvidence)
            m_addEvidence->setText(tr("%n evidence file(s) added; add more…", nullptr, stored));
    }
    return stored;
}

} // namespace oversight
