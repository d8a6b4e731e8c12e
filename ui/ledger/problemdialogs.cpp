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
    : RecordDialog(parent), m_ledger(ledger), m_form(std::move(problem), this)
{
    const Problem &p = m_form.record();
    const bool isNew = !p.id.isValid();
    setObjectName(QStringLiteral("problemDialog"));
    setWindowTitle(isNew ? tr("New problem") : tr("Problem %1").arg(p.id.value));

    QComboBox *unit =
        m_form.choice(tr("&Unit:"), QStringLiteral("unitCombo"), &Problem::unit, unitNames(units));
    makeSearchable(unit);
    QComboBox *area = FormDialog::widen(
        m_form.choice(tr("Reform &area:"), QStringLiteral("areaCombo"), &Problem::area, areaTitles(campaign)),
        24);
    QComboBox *source = m_form.choice(tr("&Source:"), QStringLiteral("sourceCombo"), &Problem::source,
                                      choices(allProblemSources(), problemSourceWord));
    // 上级抽查: the region's or the city's department; the usual two offered, any other typed in.
    auto *inspectingBody = new QComboBox(this);
    inspectingBody->setObjectName(QStringLiteral("inspectingBodyCombo"));
    inspectingBody->setEditable(true);
    inspectingBody->addItems({QStringLiteral("自治区司法厅"), QStringLiteral("通辽市司法局")});
    inspectingBody->setCurrentText(p.inspectingBody);
    inspectingBody->setToolTip(tr("Who made the upper-level spot check (上级抽查)."));
    // Read after the source (the rows are read in order): only an upper-level check keeps its body.
    m_form.field(tr("&Inspecting body:"), inspectingBody, [](Problem &r, const QComboBox *w) {
        r.inspectingBody = r.source == Problem::Source::UpperCheck ? w->currentText() : QString();
    });
    const auto upperOnly = [source, inspectingBody] {
        const bool upper = Problem::Source(source->currentData().toInt()) == Problem::Source::UpperCheck;
        inspectingBody->setEnabled(upper && source->isEnabled());
    };
    connect(source, &QComboBox::currentIndexChanged, this, upperOnly);

    QPlainTextEdit *description =
        m_form.text(tr("&Problem:"), QStringLiteral("descriptionEdit"), 3, &Problem::description);
    QPlainTextEdit *measure =
        m_form.text(tr("&Measure:"), QStringLiteral("measureEdit"), 3, &Problem::measure);
    m_form.line(tr("&Responsible person:"), QStringLiteral("ownerEdit"), &Problem::owner);
    QDate deadline = p.deadline;
    if (!deadline.isValid()) {
        const Result<QDate> d = m_ledger.defaultDeadline(campaign.id);
        deadline = d ? *d : m_ledger.today();
    }
    auto *deadlineBox =
        m_form.field(tr("&Deadline:"), FormDialog::dateBox(deadline, QStringLiteral("deadlineEdit"), this),
                     [isNew](Problem &r, const QDateEdit *w) {
                         if (isNew) // an existing problem's deadline moves only by an extension
                             r.deadline = w->date();
                     });
    if (!isNew) {
        deadlineBox->setEnabled(false);
        deadlineBox->setToolTip(tr("A deadline moves only by an extension with its reason (Extend…)."));
    }
    m_form.text(tr("Pro&gress:"), QStringLiteral("progressEdit"), 2, &Problem::progress);
    if (!p.originKind.isEmpty()) {
        // A problem found by supervision is edited there; here only its owner, unit-side progress.
        for (QWidget *w : std::initializer_list<QWidget *>{unit, area, source, description, measure})
            w->setEnabled(false);
    }
    upperOnly();
    layForm(m_form.layout(), tr("&Save"));
}

void ProblemDialog::accept()
{
    closeWhenSaved(m_form.save([&](const Problem &p) { return m_ledger.update(p); },
                               [&](const Problem &p) { return m_ledger.add(p); }));
}

LedgerStepDialog::LedgerStepDialog(LedgerService &ledger, Kind kind, std::vector<ProblemId> problems,
                                   Problem::Status to, QDate suggested, QWidget *parent)
    : RecordDialog(parent), m_ledger(ledger), m_kind(kind), m_problems(std::move(problems)), m_to(to)
{
    setObjectName(QStringLiteral("ledgerStepDialog"));
    // Every step keeps a note; closing and extending also name a day. The labels say what each is for.
    struct Texts
    {
        QString title, dateLabel, noteLabel, acceptText;
    };
    const qint64 first = m_problems.empty() ? 0 : m_problems.front().value; // the one problem of most steps
    const Texts texts = [&]() -> Texts {
        switch (kind) {
        case Kind::Status:
            return {m_problems.size() == 1
                        ? tr("Mark as %1").arg(problemStatusLabel(to))
                        : tr("Mark %1 problems as %2").arg(m_problems.size()).arg(problemStatusLabel(to)),
                    {},
                    tr("&Note (kept in each problem's history):"),
                    tr("&Change status")};
        case Kind::Close:
            return {tr("Close problem %1 (销号)").arg(first), tr("Closed &on:"), tr("&Verification note:"),
                    tr("&Close problem")};
        case Kind::Reopen:
            return {tr("Reopen problem %1").arg(first), {}, tr("&Reason:"), tr("&Reopen")};
        case Kind::Extend:
            return {tr("Extend the deadline of problem %1").arg(first), tr("New &deadline:"), tr("&Reason:"),
                    tr("&Extend")};
        }
        return {};
    }();
    setWindowTitle(texts.title);
    auto *form = new QFormLayout;
    if (!texts.dateLabel.isEmpty()) {
        m_date = FormDialog::dateBox(suggested, QStringLiteral("dateEdit"), this);
        form->addRow(texts.dateLabel, m_date);
    }
    m_note = FormDialog::textBox({}, 3, QStringLiteral("noteEdit"), this);
    form->addRow(texts.noteLabel, m_note);
    if (kind == Kind::Close) {
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
    }
    layForm(form, texts.acceptText, QDialogButtonBox::Ok, QStringLiteral("acceptButton"));
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
