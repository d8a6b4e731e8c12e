#include "callback.h"

namespace oversight {

QList<CallBack::Method> allMethods()
{
    return {CallBack::Method::OnSite, CallBack::Method::Phone, CallBack::Method::Meeting,
            CallBack::Method::Questionnaire};
}

QString methodKey(CallBack::Method method)
{
    switch (method) {
    case CallBack::Method::OnSite:
        return QStringLiteral("on_site");
    case CallBack::Method::Phone:
        return QStringLiteral("phone");
    case CallBack::Method::Meeting:
        return QStringLiteral("meeting");
    case CallBack::Method::Questionnaire:
        return QStringLiteral("questionnaire");
    }
    return {};
}

std::optional<CallBack::Method> methodFromKey(const QString &key)
{
    for (CallBack::Method m : allMethods()) {
        if (methodKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString methodLabel(CallBack::Method method)
{
    switch (method) {
    case CallBack::Method::OnSite:
        return CallBackText::tr("On-site visit");
    case CallBack::Method::Phone:
        return CallBackText::tr("Telephone");
    case CallBack::Method::Meeting:
        return CallBackText::tr("Meeting");
    case CallBack::Method::Questionnaire:
        return CallBackText::tr("Questionnaire");
    }
    return {};
}

} // namespace oversight
