#include "callbackdialog.h"

#include "services/supervisionservice.h"
#include "widgets/searchablecombo.h"

#include <QComboBox>
#include <QDateEdit>

namespace oversight {

CallBackDialog::CallBackDialog(SupervisionService &service, const CallBack &callBack,
                               const std::vector<Unit> &units, QDate today, QWidget *parent)
    : RecordDialog(parent), m_service(service), m_form(callBack, this)
{
    setObjectName(QStringLiteral("callBackDialog"));
    setWindowTitle(callBack.id.isValid() ? tr("Edit call-back") : tr("Record a call-back"));

    m_form.line(tr("&Enterprise:"), QStringLiteral("enterpriseEdit"), &CallBack::enterpriseName);
    m_form.date(tr("&Date:"), QStringLiteral("dateEdit"), &CallBack::visitedOn, today)->setMaximumDate(today);
    m_form.choice(tr("&Method:"), QStringLiteral("methodCombo"), &CallBack::method,
                  choices(allMethods(), methodLabel));
    makeSearchable(m_form.choice(tr("&Unit concerned:"), QStringLiteral("unitCombo"), &CallBack::unit,
                                 Choices{{tr("(none named)"), 0}} + unitNames(units)));
    m_form.text(tr("What the enterprise &said:"), QStringLiteral("feedbackEdit"), 4, &CallBack::feedback);
    layForm(m_form.layout(), tr("&Save"));
}

void CallBackDialog::accept()
{
    closeWhenSaved(m_form.save([&](const CallBack &cb) { return m_service.updateCallBack(cb); },
                               [&](const CallBack &cb) { return m_service.addCallBack(cb); }));
}

} // namespace oversight
