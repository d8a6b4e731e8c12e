#pragma once

#include "domain/callback.h"
#include "domain/unit.h"

#include "widgets/recorddialog.h"

#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

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
    CallBack m_callBack;
    QLineEdit *m_enterprise = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_unit = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
};

} // namespace oversight
