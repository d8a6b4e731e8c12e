#include "callbackdialog.h"

#include "services/supervisionservice.h"
#include "widgets/formdialog.h"
#include "widgets/searchablecombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace oversight {

CallBackDialog::CallBackDialog(SupervisionService &service, const CallBack &callBack,
                               const std::vector<Unit> &units, QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_callBack(callBack)
{
    setObjectName(QStringLiteral("callBackDialog"));
    setWindowTitle(callBack.id.isValid() ? tr("Edit call-back") : tr("Record a call-back"));

    m_enterprise = new QLineEdit(callBack.enterpriseName, this);
    m_enterprise->setObjectName(QStringLiteral("enterpriseEdit"));
    m_date = FormDialog::dateBox(callBack.visitedOn.isValid() ? callBack.visitedOn : today,
                                 QStringLiteral("dateEdit"), this);
    m_date->setMaximumDate(today);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (CallBack::Method m : allMethods())
        m_method->addItem(methodLabel(m), int(m));
    m_method->setCurrentIndex(m_method->findData(int(callBack.method)));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->addItem(tr("(none named)"), 0);
    for (const Unit &u : units)
        m_unit->addItem(u.name, u.id.value);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(callBack.unit.value)));
    makeSearchable(m_unit);
    m_feedback = FormDialog::textBox(callBack.feedback, 4, QStringLiteral("feedbackEdit"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Enterprise:"), m_enterprise);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Unit concerned:"), m_unit);
    form->addRow(tr("What the enterprise &said:"), m_feedback);
    layForm(form, tr("&Save"));
}

void CallBackDialog::accept()
{
    CallBack cb = m_callBack;
    cb.enterpriseName = m_enterprise->text();
    cb.visitedOn = m_date->date();
    cb.method = CallBack::Method(m_method->currentData().toInt());
    cb.unit = UnitId(m_unit->currentData().toLongLong());
    cb.feedback = m_feedback->toPlainText();
    closeWhenSaved(addOrUpdate(
        cb.id, [&] { return m_service.updateCallBack(cb); }, [&] { return m_service.addCallBack(cb); }));
}

} // namespace oversight
