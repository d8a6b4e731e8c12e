#pragma once

#include "domain/campaign.h"
#include "domain/complaint.h"
#include "widgets/recorddialog.h"
#include "widgets/recordform.h"

namespace oversight {

class SupervisionService;

/// Records a problem found by a case or a call-back: reform area, description, measure and (for a case)
/// whether the ledger lists it under 个案监督 or 投诉举报.
class FindingDialog final : public RecordDialog
{
    Q_OBJECT
public:
    FindingDialog(SupervisionService &service, const Campaign &campaign, ComplaintFinding finding,
                  QWidget *parent = nullptr);
    void accept() override;

private:
    SupervisionService &m_service;
    RecordForm<ComplaintFinding> m_form;
};

} // namespace oversight
