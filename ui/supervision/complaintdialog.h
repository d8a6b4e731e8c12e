#pragma once

#include "domain/complaint.h"
#include "domain/unit.h"

#include "widgets/recorddialog.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace oversight {

class SupervisionService;

/// Registers a complaint or edits its intake details. The dialog edits a copy and hands it to the service;
/// a refusal is shown in the dialog, which stays open.
class ComplaintDialog final : public RecordDialog
{
    Q_OBJECT
public:
    ComplaintDialog(SupervisionService &service, const Complaint &complaint, const std::vector<Unit> &units,
                    QDate today, QWidget *parent = nullptr);

    /// The case saved (the new id after an intake).
    [[nodiscard]] ComplaintId savedId() const { return m_saved; }
    void accept() override;

private:
    [[nodiscard]] Complaint edited() const;

    SupervisionService &m_service;
    Complaint m_complaint;
    ComplaintId m_saved;
    QComboBox *m_channel = nullptr;
    QDateEdit *m_received = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_enterprise = nullptr;
    QCheckBox *m_enterpriseRelated = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_complainant = nullptr;
    QLineEdit *m_contact = nullptr;
};

} // namespace oversight
