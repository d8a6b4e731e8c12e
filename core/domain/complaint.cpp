#include "complaint.h"

#include "privacymask.h"
#include "textnormal.h"

#include <tuple>

namespace oversight {

bool Complaint::isOverdue(QDate today) const
{
    const QDate due = currentDeadline();
    return due.isValid() && today.isValid() && today > due;
}

QDate Complaint::currentDeadline() const
{
    switch (status) {
    case Status::Registered:
    case Status::Investigating:
        return handlingDue;
    case Status::NoticeIssued:
        return replyDue;
    case Status::NoViolation:
    case Status::Referred:
    case Status::UnitReplied:
    case Status::Closed:
        return {};
    }
    return {};
}

QList<Complaint::Channel> allChannels()
{
    return {Complaint::Channel::Phone,   Complaint::Channel::Letter, Complaint::Channel::Online,
            Complaint::Channel::Visit,   Complaint::Channel::Media,  Complaint::Channel::Assigned,
            Complaint::Channel::CallBack};
}

QString channelKey(Complaint::Channel channel)
{
    switch (channel) {
    case Complaint::Channel::Phone:
        return QStringLiteral("phone");
    case Complaint::Channel::Letter:
        return QStringLiteral("letter");
    case Complaint::Channel::Online:
        return QStringLiteral("online");
    case Complaint::Channel::Visit:
        return QStringLiteral("visit");
    case Complaint::Channel::Media:
        return QStringLiteral("media");
    case Complaint::Channel::Assigned:
        return QStringLiteral("assigned");
    case Complaint::Channel::CallBack:
        return QStringLiteral("callback");
    }
    return {};
}

std::optional<Complaint::Channel> channelFromKey(const QString &key)
{
    for (Complaint::Channel c : allChannels()) {
        if (channelKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString channelWord(Complaint::Channel channel)
{
    switch (channel) {
    case Complaint::Channel::Phone:
        return QStringLiteral("电话");
    case Complaint::Channel::Letter:
        return QStringLiteral("信件");
    case Complaint::Channel::Online:
        return QStringLiteral("网络");
    case Complaint::Channel::Visit:
        return QStringLiteral("来访");
    case Complaint::Channel::Media:
        return QStringLiteral("媒体曝光");
    case Complaint::Channel::Assigned:
        return QStringLiteral("上级交办");
    case Complaint::Channel::CallBack:
        return QStringLiteral("回访发现");
    }
    return {};
}

QString channelLabel(Complaint::Channel channel)
{
    switch (channel) {
    case Complaint::Channel::Phone:
        return ComplaintText::tr("Telephone");
    case Complaint::Channel::Letter:
        return ComplaintText::tr("Letter");
    case Complaint::Channel::Online:
        return ComplaintText::tr("Online");
    case Complaint::Channel::Visit:
        return ComplaintText::tr("In person");
    case Complaint::Channel::Media:
        return ComplaintText::tr("Media report");
    case Complaint::Channel::Assigned:
        return ComplaintText::tr("Assigned by a higher authority");
    case Complaint::Channel::CallBack:
        return ComplaintText::tr("Found on a call-back");
    }
    return {};
}

Result<Complaint::Channel> parseChannel(const QString &text)
{
    const QString t = text.trimmed();
    for (Complaint::Channel c : allChannels()) {
        if (t == channelWord(c) || t.toLower() == channelKey(c) || t == channelLabel(c))
            return c;
    }
    QStringList words;
    for (Complaint::Channel c : allChannels())
        words.append(channelWord(c));
    return fieldError(QStringLiteral("channel"),
                      ComplaintText::tr("Channel: \"%1\" is not a channel; write one of %2.")
                          .arg(t, words.join(ComplaintText::tr(", "))));
}

QList<Complaint::Status> allStatuses()
{
    return {Complaint::Status::Registered,   Complaint::Status::Investigating, Complaint::Status::NoViolation,
            Complaint::Status::NoticeIssued, Complaint::Status::Referred,      Complaint::Status::UnitReplied,
            Complaint::Status::Closed};
}

QString statusKey(Complaint::Status status)
{
    switch (status) {
    case Complaint::Status::Registered:
        return QStringLiteral("registered");
    case Complaint::Status::Investigating:
        return QStringLiteral("investigating");
    case Complaint::Status::NoViolation:
        return QStringLiteral("no_violation");
    case Complaint::Status::NoticeIssued:
        return QStringLiteral("notice_issued");
    case Complaint::Status::Referred:
        return QStringLiteral("referred");
    case Complaint::Status::UnitReplied:
        return QStringLiteral("unit_replied");
    case Complaint::Status::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<Complaint::Status> statusFromKey(const QString &key)
{
    for (Complaint::Status s : allStatuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString statusLabel(Complaint::Status status)
{
    switch (status) {
    case Complaint::Status::Registered:
        return ComplaintText::tr("Registered");
    case Complaint::Status::Investigating:
        return ComplaintText::tr("Investigating");
    case Complaint::Status::NoViolation:
        return ComplaintText::tr("No violation found");
    case Complaint::Status::NoticeIssued:
        return ComplaintText::tr("Supervision notice issued");
    case Complaint::Status::Referred:
        return ComplaintText::tr("Referred to discipline inspection");
    case Complaint::Status::UnitReplied:
        return ComplaintText::tr("Unit replied");
    case Complaint::Status::Closed:
        return ComplaintText::tr("Closed");
    }
    return {};
}

bool canMove(Complaint::Status from, Complaint::Status to)
{
    using S = Complaint::Status;
    switch (from) {
    case S::Registered:
        return to == S::Investigating;
    case S::Investigating:
        return to == S::NoViolation || to == S::NoticeIssued || to == S::Referred;
    case S::NoticeIssued:
        return to == S::UnitReplied;
    case S::NoViolation:
    case S::Referred:
    case S::UnitReplied:
        return to == S::Closed;
    case S::Closed:
        return false;
    }
    return false;
}

QString findingSourceKey(ComplaintFinding::Source source)
{
    switch (source) {
    case ComplaintFinding::Source::Supervision:
        return QStringLiteral("supervision");
    case ComplaintFinding::Source::Complaint:
        return QStringLiteral("complaint");
    case ComplaintFinding::Source::CallBack:
        return QStringLiteral("callback");
    }
    return {};
}

std::optional<ComplaintFinding::Source> findingSourceFromKey(const QString &key)
{
    for (auto s : {ComplaintFinding::Source::Supervision, ComplaintFinding::Source::Complaint,
                   ComplaintFinding::Source::CallBack}) {
        if (findingSourceKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString findingSourceWord(ComplaintFinding::Source source)
{
    switch (source) {
    case ComplaintFinding::Source::Supervision:
        return QStringLiteral("个案监督");
    case ComplaintFinding::Source::Complaint:
        return QStringLiteral("投诉举报");
    case ComplaintFinding::Source::CallBack:
        return QStringLiteral("回访");
    }
    return {};
}

QString maskName(const QString &name)
{
    // Counted in characters as they print (compatibility forms folded, invisible characters and spaces
    // left out), not UTF-16 units, so a rare Han character outside the BMP masks as one. A one-character
    // name would show whole behind its first character: it is masked whole.
    std::u32string n;
    for (const uint c : name.normalized(QString::NormalizationForm_KC).toUcs4()) {
        const QChar::Category cat = QChar::category(char32_t(c));
        if (cat != QChar::Other_Format && cat != QChar::Other_Control && !QChar::isSpace(char32_t(c)))
            n.push_back(char32_t(c));
    }
    if (n.empty())
        return {};
    if (n.size() == 1)
        return QStringLiteral("*");
    return QString::fromStdU32String(n.substr(0, 1)) + QString(qsizetype(n.size()) - 1, QLatin1Char('*'));
}

QString maskContact(const QString &contact)
{
    const std::u32string c = contact.trimmed().toStdU32String();
    if (c.empty())
        return {};
    const qsizetype n = qsizetype(c.size());
    if (n >= 8)
        return QString::fromStdU32String(c.substr(0, 3)) + QString(n - 7, QLatin1Char('*')) +
               QString::fromStdU32String(c.substr(c.size() - 4));
    return QString::fromStdU32String(c.substr(0, 1)) + QString(qMax<qsizetype>(1, n - 1), QLatin1Char('*'));
}

QString redactComplainant(QString text, const Complaint &complaint, const Complaint *earlier)
{
    return ComplainantMask(complaint, earlier).apply(text);
}

QJsonObject auditFields(const Complaint &c, const Complaint *earlier)
{
    const ComplainantMask mask(c, earlier);
    const auto presence = [](const QString &s) {
        return s.trimmed().isEmpty() ? QString() : QStringLiteral("recorded");
    };
    return QJsonObject{{QStringLiteral("campaign_id"), c.campaign.value},
                       {QStringLiteral("reference"), c.reference},
                       {QStringLiteral("channel"), channelKey(c.channel)},
                       {QStringLiteral("received_on"), c.receivedOn.toString(Qt::ISODate)},
                       {QStringLiteral("unit_id"), c.unit.value},
                       {QStringLiteral("enterprise_name"), mask.apply(c.enterpriseName)},
                       {QStringLiteral("enterprise_related"), c.enterpriseRelated},
                       {QStringLiteral("summary"), mask.apply(c.summary)},
                       {QStringLiteral("complainant_name"), presence(c.complainantName)},
                       {QStringLiteral("complainant_contact"), presence(c.complainantContact)},
                       {QStringLiteral("handling_due"), c.handlingDue.toString(Qt::ISODate)}};
}

QList<FieldError> validateComplaint(const Complaint &c)
{
    QList<FieldError> errors;
    if (!c.receivedOn.isValid())
        errors.append({QStringLiteral("receivedOn"),
                       ComplaintText::tr("Received on: enter the day the complaint arrived (YYYY-MM-DD).")});
    if (!c.unit.isValid())
        errors.append(
            {QStringLiteral("unit"),
             ComplaintText::tr("Unit concerned: choose the enforcement unit the complaint is about.")});
    if (c.summary.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("summary"), ComplaintText::tr("Summary: write what the complaint is about.")});
    else if (c.summary.trimmed().size() > 4000)
        errors.append(
            {QStringLiteral("summary"),
             ComplaintText::tr("Summary: at most 4000 characters (now %1).").arg(c.summary.size())});
    if (c.enterpriseRelated && c.enterpriseName.trimmed().isEmpty())
        errors.append({QStringLiteral("enterpriseName"),
                       ComplaintText::tr("Enterprise: the complaint is marked enterprise-related; name the "
                                         "enterprise, or clear the mark.")});
    if (c.enterpriseName.trimmed().size() > 200)
        errors.append(
            {QStringLiteral("enterpriseName"), ComplaintText::tr("Enterprise: at most 200 characters.")});
    if (c.complainantName.trimmed().size() > 50)
        errors.append(
            {QStringLiteral("complainantName"), ComplaintText::tr("Complainant: at most 50 characters.")});
    if (c.complainantContact.trimmed().size() > 100)
        errors.append({QStringLiteral("complainantContact"),
                       ComplaintText::tr("Complainant's contact: at most 100 characters.")});
    // Control characters and direction overrides would reach documents and terminals: never stored.
    for (const auto &[field, text, multiLine] :
         {std::tuple{QStringLiteral("summary"), c.summary, true},
          std::tuple{QStringLiteral("enterpriseName"), c.enterpriseName, false},
          std::tuple{QStringLiteral("complainantName"), c.complainantName, false},
          std::tuple{QStringLiteral("complainantContact"), c.complainantContact, false}}) {
        if (const QString problem =
                forbiddenCharacterProblem(ComplaintText::fieldLabel(field), text, multiLine);
            !problem.isEmpty())
            errors.append({field, problem});
    }
    return errors;
}

QString ComplaintText::fieldLabel(const QString &field)
{
    if (field == QLatin1String("receivedOn"))
        return tr("Received on");
    if (field == QLatin1String("channel"))
        return tr("Channel");
    if (field == QLatin1String("unit"))
        return tr("Unit concerned");
    if (field == QLatin1String("enterpriseName"))
        return tr("Enterprise");
    if (field == QLatin1String("summary"))
        return tr("Summary");
    if (field == QLatin1String("complainantName"))
        return tr("Complainant");
    if (field == QLatin1String("complainantContact"))
        return tr("Complainant's contact");
    return field;
}

} // namespace oversight
