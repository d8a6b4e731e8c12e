#include "submissiondialog.h"

#include "exchange/formexchange.h"
#include "messagebox.h"
#include "services/clock.h"
#include "services/submissionservice.h"
#include "widgets/filedialogs.h"
#include "widgets/formdialog.h"
#include "widgets/formeditor.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>

namespace oversight {

SubmissionDialog::SubmissionDialog(SubmissionService &submissions, const Clock &clock,
                                   const Campaign &campaign, const Unit &unit, const QString &item,
                                   QWidget *parent)
    : EditorDialog(parent), m_service(submissions), m_clock(clock), m_campaign(campaign), m_unit(unit),
      m_item(item)
{
    setObjectName(QStringLiteral("submissionDialog"));
    setWindowTitle(title());
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("submissionStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *receipt = new QFormLayout;
    auto *row1 = new QHBoxLayout;
    m_receivedOn = FormDialog::dateBox(QDate(), QStringLiteral("receivedOn"), this);
    m_filledOn = FormDialog::dateBox(QDate(), QStringLiteral("filledOn"), this);
    m_filledBy = new QLineEdit(this);
    m_filledBy->setObjectName(QStringLiteral("filledBy"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    row1->addWidget(new QLabel(tr("Received on"), this));
    row1->addWidget(m_receivedOn);
    row1->addWidget(new QLabel(tr("Filled in by"), this));
    row1->addWidget(m_filledBy, 1);
    row1->addWidget(new QLabel(tr("Phone"), this));
    row1->addWidget(m_phone, 1);
    row1->addWidget(new QLabel(tr("Filled in on"), this));
    row1->addWidget(m_filledOn);
    receipt->addRow(row1);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(tr("Reviewer's note; when returning, the reason the unit must correct"));
    receipt->addRow(tr("Note"), m_note);
    layout->addLayout(receipt);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_editor = new FormEditor(splitter);
    m_editor->setVisible(campaign.form(item) != nullptr);
    m_history = new QListWidget(splitter);
    m_history->setObjectName(QStringLiteral("submissionHistory"));
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    const auto button = [this](const QString &text, const QString &objectName, const QString &toolTip = {}) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        b->setToolTip(toolTip);
        return b;
    };
    m_save = button(QString(), QStringLiteral("saveSubmission"));
    m_return = button(tr("Return to unit"), QStringLiteral("returnSubmission"));
    m_accept = button(tr("Accept"), QStringLiteral("acceptSubmission"));
    m_evidence = button(tr("Evidence file…"), QStringLiteral("evidenceFile"));
    m_evidence->setVisible(campaign.report(item) != nullptr);
    m_print = button(tr("Print…"), QStringLiteral("printSubmission"));
    m_pdf = button(tr("Save as PDF…"), QStringLiteral("pdfSubmission"));
    m_import = button(tr("Import Excel…"), QStringLiteral("importForm"),
                      tr("Read the unit's filled template (oversight-cli template form) into the form"));
    m_template = button(tr("Template…"), QStringLiteral("formTemplate"),
                        tr("Save a blank Excel template of this form to send to the unit"));
    m_export = button(tr("Export Excel…"), QStringLiteral("exportForm"),
                      tr("Save the form as it is on screen, in its template; it imports back unchanged"));
    // What works on the form's figures is there only for a form (not for a written report).
    for (QPushButton *b : {m_print, m_pdf, m_import, m_template, m_export})
        b->setVisible(campaign.form(item) != nullptr);
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_save);
    buttons->addWidget(m_return);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_evidence);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_template);
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SubmissionDialog::saveReceipt);
    connect(m_return, &QPushButton::clicked, this, &SubmissionDialog::returnToUnit);
    connect(m_accept, &QPushButton::clicked, this, &SubmissionDialog::accept_);
    connect(m_print, &QPushButton::clicked, this, [this] { printForm(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { printForm(true); });
    close->setObjectName(QStringLiteral("closeSubmission"));
    // Close asks before dropping typed figures (EditorDialog::reject).
    connect(close, &QPushButton::clicked, this, &SubmissionDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::open(this, tr("Import a filled form"), tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_template, &QPushButton::clicked, this, [this] {
        const FormSpec *spec = m_campaign.form(m_item);
        const QString path = FileDialogs::save(this, tr("Save the template"),
                                               QStringLiteral("%1模板.xlsx").arg(spec->id),
                                               tr("Excel workbooks (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (auto r = writeXlsx(path, formTemplate(*spec, m_campaign.title)); !r)
            MessageBox::warning(this, title(), r.error().message, r.error().detail);
        else
            MessageBox::information(this, title(),
                                    tr("The template is written to %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::save(this, tr("Export the form"),
                                               QStringLiteral("%1-%2.xlsx").arg(m_item, m_unit.name),
                                               tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(m_evidence, &QPushButton::clicked, this, [this] {
        if (!m_submission.id.isValid() && !saveReceipt())
            return;
        const QString file = FileDialogs::open(this, tr("Evidence file"));
        if (file.isEmpty())
            return;
        if (auto r = m_service.attachEvidence(m_submission.id, file); !r)
            MessageBox::warning(this, title(), r.error().message, r.error().detail);
        reload();
    });
    // At most 700 px tall (a 768-line laptop with a taskbar); the splitter's panes scroll inside.
    const QRect screen = parent && parent->screen() ? parent->screen()->availableGeometry()
                                                    : QRect(0, 0, 1366, 728);
    resize(std::min(1200, screen.width() * 95 / 100), std::min(700, screen.height() * 92 / 100));
    reload();
}

QSize SubmissionDialog::sizeHint() const
{
    return EditorDialog::sizeHint().boundedTo(QSize(1200, 700));
}

QString SubmissionDialog::title() const
{
    if (const FormSpec *f = m_campaign.form(m_item))
        return QStringLiteral("%1 %2 — %3").arg(f->id, f->title, m_unit.name);
    if (const ReportSpec *r = m_campaign.report(m_item))
        return QStringLiteral("%1 — %2").arg(r->title, m_unit.name);
    return m_item;
}

void SubmissionDialog::reload()
{
    const auto s = m_service.submission(m_campaign.id, m_unit.id, m_item);
    if (!s) {
        MessageBox::warning(this, title(), s.error().message, s.error().detail);
        return;
    }
    m_submission = *s;
    const Deadline *due = m_campaign.deadlineOfItem(m_item);
    const int late = m_submission.lateDays(due);
    QString status = tr("Status: %1").arg(submissionStatusLabel(m_submission.status));
    if (due)
        status += tr(" · due %1").arg(due->due.toString(Qt::ISODate));
    if (m_submission.firstReceivedOn.isValid())
        status += tr(" · first received %1").arg(m_submission.firstReceivedOn.toString(Qt::ISODate));
    if (late > 0)
        status += tr(" · %n day(s) late", nullptr, late);
    if (!m_submission.evidenceName.isEmpty())
        status += tr(" · evidence: %1").arg(m_submission.evidenceName);
    m_status->setText(status);
    m_receivedOn->setDate(m_submission.receivedOn.isValid() ? m_submission.receivedOn : m_clock.today());
    m_filledOn->setDate(m_submission.filledOn.isValid() ? m_submission.filledOn : m_receivedOn->date());
    m_filledBy->setText(m_submission.filledBy);
    m_phone->setText(m_submission.phone);
    m_note->setText(m_submission.note);
    if (const FormSpec *f = m_campaign.form(m_item))
        m_editor->setForm(*f, m_submission.data, m_clock.today());
    const bool accepted = m_submission.status == Submission::Status::Accepted;
    m_editor->setReadOnly(accepted);
    m_save->setText(m_submission.status == Submission::Status::Received ? tr("Save")
                                                                        : tr("Record as received"));
    m_save->setEnabled(!accepted);
    m_return->setEnabled(m_submission.status == Submission::Status::Received || accepted);
    m_return->setText(accepted ? tr("Reopen (return to unit)") : tr("Return to unit"));
    // Accepting a form just handed over records its receipt first.
    m_accept->setEnabled(!accepted);
    m_history->clear();
    if (m_submission.id.isValid()) {
        const auto events = m_service.history(m_submission.id);
        if (events)
            for (const SubmissionEvent &e : *events)
                m_history->addItem(QStringLiteral("%1  %2  %3%4")
                                       .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                            e.actor, submissionActionLabel(e.action),
                                            e.note.isEmpty() ? QString() : QStringLiteral("：") + e.note));
    }
    markClean(); // what the file holds is what is shown
}

bool SubmissionDialog::saveReceipt()
{
    Receipt r;
    r.receivedOn = m_receivedOn->date();
    r.filledBy = m_filledBy->text();
    r.phone = m_phone->text();
    r.filledOn = m_filledOn->date();
    const FormData edited = m_editor->data();
    Result<void> done;
    if (m_submission.status == Submission::Status::Received) {
        done = m_service.save(m_submission.id, r, edited);
    } else {
        // A resubmission does not carry the return's reason on as its own note.
        r.note = m_note->text() == m_submission.note && m_submission.status == Submission::Status::Returned
                     ? QString()
                     : m_note->text();
        if (auto id = m_service.receive(m_campaign.id, m_unit.id, m_item, r, edited); !id)
            done = id.error();
    }
    return reloadAfter(done);
}

bool SubmissionDialog::returnToUnit()
{
    const QString reason = m_note->text(); // saving reloads the note
    if (m_submission.status == Submission::Status::Received && !saveReceipt())
        return false;
    return reloadAfter(m_service.returnToUnit(m_submission.id, reason));
}

bool SubmissionDialog::accept_()
{
    const QString note = m_note->text(); // saving reloads the note
    if (!saveReceipt())
        return false;
    return reloadAfter(m_service.accept(m_submission.id, note));
}

bool SubmissionDialog::reloadAfter(const Result<void> &step)
{
    if (!step) {
        MessageBox::warning(this, title(), step.error().message, step.error().detail);
        return false;
    }
    reload();
    return true;
}

bool SubmissionDialog::importFile(const QString &path)
{
    const FormSpec *spec = m_campaign.form(m_item);
    if (!spec)
        return false;
    if (m_submission.status == Submission::Status::Accepted) {
        MessageBox::warning(this, title(),
                            tr("This form is accepted; return it to the unit before importing "
                               "a new copy."));
        return false;
    }
    const Result<FormFile> read = readFormFile(path, *spec);
    if (!read) {
        MessageBox::warning(this, title(), read.error().message, read.error().detail);
        return false;
    }
    if (!read->issues.isEmpty()) {
        MessageBox::warning(
            this, title(),
            tr("%n problem(s) in the file; nothing was taken from it. Correct the cells named "
               "below and import it again.",
               nullptr, int(read->issues.size())),
            read->issues.join(QLatin1Char('\n')));
        return false;
    }
    // Into the editor, as if typed: one undo step away, saved with Save or Accept.
    m_editor->setForm(*spec, read->data, m_clock.today());
    if (!read->filledBy.isEmpty())
        m_filledBy->setText(read->filledBy);
    if (!read->phone.isEmpty())
        m_phone->setText(read->phone);
    if (read->filledOn.isValid())
        m_filledOn->setDate(read->filledOn);
    return true;
}

bool SubmissionDialog::exportFile(const QString &path)
{
    const FormSpec *spec = m_campaign.form(m_item);
    if (!spec)
        return false;
    // What is on screen, as `export form` writes the stored copy.
    FormFile shown;
    shown.data = m_editor->data();
    shown.filledBy = m_filledBy->text();
    shown.phone = m_phone->text();
    shown.filledOn = m_filledOn->date();
    if (auto r = writeXlsx(path, formWorkbook(*spec, m_campaign.title, shown)); !r) {
        MessageBox::warning(this, title(), r.error().message, r.error().detail);
        return false;
    }
    return true;
}

bool SubmissionDialog::saveChanges()
{
    if (!saveReceipt())
        return false;
    QDialog::accept();
    return true;
}

void SubmissionDialog::printForm(bool toPdf)
{
    // What is on screen is printed, saved or not.
    Submission shown = m_submission;
    shown.data = m_editor->data();
    shown.filledBy = m_filledBy->text();
    shown.phone = m_phone->text();
    shown.filledOn = m_filledOn->date();
    Q_EMIT printRequested(shown, toPdf);
}

} // namespace oversight
