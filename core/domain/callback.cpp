#include "callback.h"

#include "enumnames.h"

namespace oversight {

namespace {

constexpr EnumName<CallBack::Method> methodRows[] = {
    {CallBack::Method::OnSite, "on_site", nullptr,
     QT_TRANSLATE_NOOP("oversight::CallBackText", "On-site visit")},
    {CallBack::Method::Phone, "phone", nullptr, QT_TRANSLATE_NOOP("oversight::CallBackText", "Telephone")},
    {CallBack::Method::Meeting, "meeting", nullptr, QT_TRANSLATE_NOOP("oversight::CallBackText", "Meeting")},
    {CallBack::Method::Questionnaire, "questionnaire", nullptr,
     QT_TRANSLATE_NOOP("oversight::CallBackText", "Questionnaire")},
};
constexpr EnumNames methodNames(methodRows, "oversight::CallBackText");

} // namespace

QList<CallBack::Method> allMethods()
{
    return methodNames.all();
}

QString methodKey(CallBack::Method method)
{
    return methodNames.key(method);
}

std::optional<CallBack::Method> methodFromKey(const QString &key)
{
    return methodNames.fromKey(key);
}

QString methodLabel(CallBack::Method method)
{
    return methodNames.label(method);
}

} // namespace oversight
