#pragma once

#include "domain/campaign.h"
#include "domain/submission.h"
#include "domain/unit.h"

#include "widgets/editordialog.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace oversight {

class Clock;
class FormEditor;
class SubmissionService;

/// One unit's form (or written report): the receipt (date received, 填报人, phone, date filled in), the form
/// in the form editor, the reviewer's note, the history, and the workflow buttons — Save (records it as
/// received the first time), Return to unit (the note is the reason), Accept (refused while the form has
/// errors), Print / PDF. Works on the service directly: each button is one step.
class SubmissionDialog final : public EditorDialog
{
    Q_OBJECT
public:
    SubmissionDialog(SubmissionService &submissions, const Clock &clock, const Campaign &campaign,
                     const Unit &unit, const QString &item, QWidget *parent = nullptr);

    [[nodiscard]] FormEditor *editor() const { return m_editor; }
    [[nodiscard]] const Submission &submission() const { return m_submission; }

    /// The workflow steps, as the buttons run them; false (after saying why) when refused.
    bool saveReceipt();
    bool returnToUnit();
    bool accept_();
    void printForm(bool toPdf);
    /// Reads a unit's filled template into the editor (not yet saved); every bad cell is listed and nothing
    /// is taken from a file with problems. False when it was refused.
    bool importFile(const QString &path);
    /// Writes the form as it is on screen into its template (as `export form` does); false when refused.
    bool exportFile(const QString &path);

Q_SIGNALS:
    /// Print or save the filled form as PDF (the page owns the printing).
    void printRequested(const oversight::Submission &submission, bool toPdf);

protected:
    /// Save from the unsaved-changes prompt: Save (records the receipt the first time), then close.
    bool saveChanges() override;

public:
    /// At most 700 px tall and 1200 wide however many figures and rows the form has: its tables scroll
    /// inside, so the buttons stay above a laptop's taskbar.
    [[nodiscard]] QSize sizeHint() const override;

private:
    void reload();
    /// After a step: reloads what the file now holds, or says why the step was refused. True when done.
    bool reloadAfter(const Result<void> &step);
    [[nodiscard]] QString title() const;

    SubmissionService &m_service;
    const Clock &m_clock;
    Campaign m_campaign;
    Unit m_unit;
    QString m_item;
    Submission m_submission;

    QLabel *m_status = nullptr;
    QDateEdit *m_receivedOn = nullptr;
    QLineEdit *m_filledBy = nullptr;
    QLineEdit *m_phone = nullptr;
    QDateEdit *m_filledOn = nullptr;
    QLineEdit *m_note = nullptr;
    FormEditor *m_editor = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_evidence = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_template = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace oversight
