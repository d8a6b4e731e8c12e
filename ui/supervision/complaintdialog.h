#pragma once

#include "domain/complaint.h"
#include "domain/unit.h"
#include "widgets/recorddialog.h"
#include "widgets/recordform.h"

#include <vector>

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
    [[nodiscard]] ComplaintId savedId() const { return m_form.record().id; }
    void accept() override;

private:
    SupervisionService &m_service;
    RecordForm<Complaint> m_form;
};

} // namespace oversight
