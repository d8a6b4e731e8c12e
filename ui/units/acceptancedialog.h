#pragma once

#include "domain/acceptance.h"
#include "domain/unit.h"
#include "widgets/recorddialog.h"
#include "widgets/recordform.h"

namespace oversight {

class AcceptanceService;

/// The acceptance conclusion on one unit (总结验收): 合格 / 基本合格 / 不合格, the reasons and the day. Saves
/// through the service; a refusal shows in the dialog's red line.
class AcceptanceDialog final : public RecordDialog
{
    Q_OBJECT
public:
    AcceptanceDialog(AcceptanceService &service, const Unit &unit, const Acceptance &current, QDate today,
                     QWidget *parent = nullptr);
    void accept() override;

private:
    AcceptanceService &m_service;
    RecordForm<Acceptance> m_form;
};

} // namespace oversight
