#include "complaint.h"

#include "enumnames.h"
#include "privacymask.h"
#include "textnormal.h"

#include <tuple>

namespace oversight {

namespace {

constexpr EnumName<Complaint::Channel> channelRows[] = {
    {Complaint::Channel::Phone, "phone", u"电话", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Telephone")},
    {Complaint::Channel::Letter, "letter", u"信件", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Letter")},
    {Complaint::Channel::Online, "online", u"网络", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Online")},
    {Complaint::Channel::Visit, "visit", u"来访", QT_TRANSLATE_NOOP("oversight::ComplaintText", "In person")},
    {Complaint::Channel::Media, "media", u"媒体曝光",
     QT_TRANSLATE_NOOP("oversight::ComplaintText", "Media report")},
    {Complaint::Channel::Assigned, "assigned", u"上级交办",
     QT_TRANSLATE_NOOP("oversight::ComplaintText", "Assigned by a higher authority")},
    {Complaint::Channel::CallBack, "callback", u"回访发现",
     QT_TRANSLATE_NOOP("oversight::ComplaintText", "Found on a call-back")},
};
constexpr EnumNames channelNames(channelRows, "oversight::ComplaintText");

constexpr EnumName<Complaint::Status> statusRows[] = {
    {Complaint::Status::Registered, "registered", nullptr,
     QT_TRANSLATE_NOOP("oversight::ComplaintText", "Registered")},
    {Complaint::Status::Investigating, "investigating", nullptr,
     QT_TRANSLATE_NOOP("oversight::ComplaintText", "Investigating")},
    {Complaint::Status::NoViolation, "no_violation", nullptr,
     QT_TRANSLATE_NOOP("oversight::ComplaintText", "No violation found")},
    {Complaint::Status::NoticeIssued, "notice_issued", nullptr,
     QT_TRANSLATE_NOOP("oversight::ComplaintText", "Supervision notice issued")},
    {Complaint::Status::Referred, "referred", nullptr,
     QT_TRANSLATE_NOOP("oversight::ComplaintText", "Referred to discipline inspection")},
    {Complaint::Status::UnitReplied, "unit_replied", nullptr,
     QT_TRANSLATE_NOOP("oversight::ComplaintText", "Unit replied")},
    {Complaint::Status::Closed, "closed", nullptr, QT_TRANSLATE_NOOP("oversight::ComplaintText", "Closed")},
};
constexpr EnumNames statusNames(statusRows, "oversight::ComplaintText");

constexpr EnumName<ComplaintFinding::Source> findingSourceRows[] = {
    {ComplaintFinding::Source::Supervision, "supervision", u"个案监督"},
    {ComplaintFinding::Source::Complaint, "complaint", u"投诉举报"},
    {ComplaintFinding::Source::CallBack, "callback", u"回访"},
};
constexpr EnumNames findingSourceNames(findingSourceRows);

constexpr KeyLabel fieldLabels[] = {
    {"receivedOn", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Received on")},
    {"channel", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Channel")},
    {"unit", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Unit concerned")},
    {"enterpriseName", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Enterprise")},
    {"summary", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Summary")},
    {"complainantName", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Complainant")},
    {"complainantContact", QT_TRANSLATE_NOOP("oversight::ComplaintText", "Complainant's contact")},
};

} // namespace

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
    return channelNames.all();
}

QString channelKey(Complaint::Channel channel)
{
    return channelNames.key(channel);
}

std::optional<Complaint::Channel> channelFromKey(const QString &key)
{
    return channelNames.fromKey(key);
}

QString channelWord(Complaint::Channel channel)
{
    return channelNames.word(channel);
}

QString channelLabel(Complaint::Channel channel)
{
    return channelNames.label(channel);
}

Result<Complaint::Channel> parseChannel(const QString &text)
{
    if (auto channel = channelNames.parse(text, {.keyIgnoresCase = true, .label = Qt::CaseSensitive}))
        return *channel;
    return fieldError(QStringLiteral("channel"),
                      ComplaintText::tr("Channel: \"%1\" is not a channel; write one of %2.")
                          .arg(text.trimmed(), channelNames.words().join(ComplaintText::tr(", "))));
}

QList<Complaint::Status> allStatuses()
{
    return statusNames.all();
}

QString statusKey(Complaint::Status status)
{
    return statusNames.key(status);
}

std::optional<Complaint::Status> statusFromKey(const QString &key)
{
    return statusNames.fromKey(key);
}

QString statusLabel(Complaint::Status status)
{
    return statusNames.label(status);
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
    return findingSourceNames.key(source);
}

std::optional<ComplaintFinding::Source> findingSourceFromKey(const QString &key)
{
    return findingSourceNames.fromKey(key);
}

QString findingSourceWord(ComplaintFinding::Source source)
{
    return findingSourceNames.word(source);
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
    return labelOfKey(fieldLabels, "oversight::ComplaintText", field);
}

} // namespace oversight
