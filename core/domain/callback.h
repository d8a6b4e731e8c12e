#pragma once

#include "ids.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace oversight {

/// A call-back (回访): the bureau's visit or call to an enterprise, asking how enforcement treated it.
/// It may open a complaint (channel 回访发现) or raise a finding.
struct CallBack
{
    enum class Method
    {
        OnSite,        ///< 实地走访
        Phone,         ///< 电话回访
        Meeting,       ///< 座谈会
        Questionnaire, ///< 问卷调查
    };

    CallBackId id;
    CampaignId campaign;
    QString enterpriseName;
    QDate visitedOn;
    Method method = Method::OnSite;
    QString feedback;      ///< what the enterprise said
    UnitId unit;           ///< the unit concerned; may be unset when the enterprise named none
    ComplaintId complaint; ///< the complaint this call-back opened, if any

    friend bool operator==(const CallBack &, const CallBack &) = default;
};

[[nodiscard]] QString methodKey(CallBack::Method method);
[[nodiscard]] std::optional<CallBack::Method> methodFromKey(const QString &key);
[[nodiscard]] QString methodLabel(CallBack::Method method); ///< translated
[[nodiscard]] QList<CallBack::Method> allMethods();

/// Translation context for the call-back texts.
class CallBackText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CallBackText)
};

} // namespace oversight
