#include "officialdocument.h"

#include "enumnames.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace oversight {

namespace {

constexpr EnumName<DocumentKind> kindRows[] = {
    {DocumentKind::SpotCheck, "spotcheck", u"抽查结果通报"},
    {DocumentKind::Criticism, "criticism", u"通报批评"},
    {DocumentKind::Reminder, "reminder", u"催办通知"},
    {DocumentKind::Supervision, "supervision", u"执法监督通知书"},
    {DocumentKind::Summary, "summary", u"工作总结"},
    {DocumentKind::Acceptance, "acceptance", u"验收情况通报"},
};
constexpr EnumNames kindNames(kindRows);

constexpr EnumName<DocumentStatus> statusRows[] = {
    {DocumentStatus::Draft, "draft"},
    {DocumentStatus::Issued, "issued"},
    {DocumentStatus::Voided, "voided"},
};
constexpr EnumNames statusNames(statusRows);

QString isoOrEmpty(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString documentKindKey(DocumentKind kind)
{
    return kindNames.key(kind);
}

std::optional<DocumentKind> documentKindFromKey(const QString &key)
{
    return kindNames.fromKey(key);
}

QString documentKindWord(DocumentKind kind)
{
    return kindNames.word(kind);
}

QString documentStatusKey(DocumentStatus status)
{
    return statusNames.key(status);
}

std::optional<DocumentStatus> documentStatusFromKey(const QString &key)
{
    return statusNames.fromKey(key);
}

QString DocumentNumber::text() const
{
    return QStringLiteral("%1〔%2〕%3号").arg(series).arg(year).arg(number);
}

QString DocumentNumber::placeholder(const QString &series, int year)
{
    return QStringLiteral("%1〔%2〕  号").arg(series).arg(year);
}

QString chineseDate(QDate date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QJsonObject OfficialDocument::toJson() const
{
    QJsonObject o{
        {QStringLiteral("kind"), documentKindKey(kind)},
        {QStringLiteral("authority"), authority},
        {QStringLiteral("number_line"), numberLine},
        {QStringLiteral("title"), title},
        {QStringLiteral("addressee"), addressee},
        {QStringLiteral("body"), body},
        {QStringLiteral("attachments"), QJsonArray::fromStringList(attachments)},
        {QStringLiteral("signature"), signature},
        {QStringLiteral("date"), isoOrEmpty(date)},
        {QStringLiteral("copy_to"), copyTo},
        {QStringLiteral("printed_by"), printedBy},
        {QStringLiteral("printed_on"), isoOrEmpty(printedOn)},
    };
    if (receipt)
        o.insert(QStringLiteral("receipt"),
                 QJsonObject{{QStringLiteral("document_name"), receipt->documentName},
                             {QStringLiteral("recipient"), receipt->recipient}});
    if (caseId.isValid())
        o.insert(QStringLiteral("case_id"), caseId.value);
    return o;
}

std::optional<OfficialDocument> OfficialDocument::fromJson(const QJsonObject &o)
{
    const auto kind = documentKindFromKey(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    OfficialDocument d;
    d.kind = *kind;
    d.authority = o.value(QStringLiteral("authority")).toString();
    d.numberLine = o.value(QStringLiteral("number_line")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.addressee = o.value(QStringLiteral("addressee")).toString();
    d.body = o.value(QStringLiteral("body")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("attachments")).toArray())
        d.attachments.append(v.toString());
    d.signature = o.value(QStringLiteral("signature")).toString();
    d.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    d.copyTo = o.value(QStringLiteral("copy_to")).toString();
    d.printedBy = o.value(QStringLiteral("printed_by")).toString();
    d.printedOn = QDate::fromString(o.value(QStringLiteral("printed_on")).toString(), Qt::ISODate);
    if (o.contains(QStringLiteral("receipt"))) {
        const QJsonObject r = o.value(QStringLiteral("receipt")).toObject();
        d.receipt = ServiceReceipt{r.value(QStringLiteral("document_name")).toString(),
                                   r.value(QStringLiteral("recipient")).toString()};
    }
    d.caseId = ComplaintId(o.value(QStringLiteral("case_id")).toInteger());
    return d;
}

std::vector<BodyBlock> parseBody(const QString &body)
{
    static const QRegularExpression h1(QStringLiteral("^[一二三四五六七八九十]+、"));
    static const QRegularExpression h2(QStringLiteral("^（[一二三四五六七八九十]+）"));
    static const QRegularExpression h3(QStringLiteral("^[0-9]+[.．]"));
    static const QRegularExpression h4(QStringLiteral("^（[0-9]+）"));

    std::vector<BodyBlock> blocks;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('|'))) {
            QString inner = line.mid(1);
            if (inner.endsWith(QLatin1Char('|')))
                inner.chop(1);
            QStringList cells = inner.split(QLatin1Char('|'));
            for (QString &c : cells)
                c = c.trimmed();
            if (blocks.empty() || blocks.back().type != BodyBlock::Type::Table)
                blocks.push_back({BodyBlock::Type::Table, {}, {}});
            blocks.back().rows.push_back(cells);
            continue;
        }
        BodyBlock b;
        b.text = line;
        if (h1.match(line).hasMatch())
            b.type = BodyBlock::Type::Heading1;
        else if (h2.match(line).hasMatch())
            b.type = BodyBlock::Type::Heading2;
        else if (h4.match(line).hasMatch())
            b.type = BodyBlock::Type::Heading4;
        else if (h3.match(line).hasMatch())
            b.type = BodyBlock::Type::Heading3;
        blocks.push_back(b);
    }
    return blocks;
}

bool hasPlaceholder(const QString &text)
{
    return text.contains(QStringLiteral("【"));
}

} // namespace oversight
