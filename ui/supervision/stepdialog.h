#pragma once

#include "domain/complaint.h"
#include "services/supervisionservice.h"
#include "widgets/recorddialog.h"
#include "widgets/recordform.h"

namespace oversight {

/// One step of a case's handling: the day, a note, and what the step needs (the notice's text and
/// deadlines, the unit's reply). Runs the step through the service; a refusal shows in the dialog.
class StepDialog final : public RecordDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Investigate,
        NoViolation,
        Notice,
        Refer,
        Reply,
        Close
    };

    StepDialog(SupervisionService &service, const Complaint &complaint, Kind kind, QDate today,
               QWidget *parent = nullptr);

    /// The menu text of a step.
    [[nodiscard]] static QString title(Kind kind);
    /// The status a step leads to.
    [[nodiscard]] static Complaint::Status target(Kind kind);

    void accept() override;

private:
    QPlainTextEdit *addText(const QString &objectName, int lines);

    SupervisionService &m_service;
    Complaint m_complaint;
    Kind m_kind;
    RecordForm<NoticeDraft> m_form; ///< the rows; the notice's own fields when the step issues one
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPlainTextEdit *m_reply = nullptr;
};

} // namespace oversight
