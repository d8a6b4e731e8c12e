#pragma once

#include "domain/callback.h"
#include "domain/unit.h"
#include "widgets/recorddialog.h"
#include "widgets/recordform.h"

#include <vector>

namespace oversight {

class SupervisionService;

/// Records or edits a call-back (回访) to an enterprise.
class CallBackDialog final : public RecordDialog
{
    Q_OBJECT
public:
    CallBackDialog(SupervisionService &service, const CallBack &callBack, const std::vector<Unit> &units,
                   QDate today, QWidget *parent = nullptr);
    void accept() override;

private:
    SupervisionService &m_service;
    RecordForm<CallBack> m_form;
};

} // namespace oversight
