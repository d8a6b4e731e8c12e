#pragma once
// The ways a complainant's name and number get typed into a case's texts (spaced, dashed, zero-width,
// full-width, compatibility forms, one-character names, a name inside an enterprise's), shared by every
// test that feeds them through an output: the masking engine itself, the supervision notice PDF, the
// ledger export, the audit log and the complaint page's detail pane. Fake names and numbers only.

#include "domain/privacymask.h"
#include "domain/textnormal.h"

#include <QList>
#include <QString>

struct MaskVariant
{
    const char *label;
    QString name;    ///< the complainant's name as stored
    QString contact; ///< the complainant's contact as stored
    QString text;    ///< what the clerk typed into a summary or an enterprise name
    QString keep;    ///< text around the secret that must survive the masking
};

inline QList<MaskVariant> maskVariants()
{
    const QString name = QStringLiteral("李秘密");
    const QString mobile = QStringLiteral("13912345678");
    const QString landline = QStringLiteral("0475-8123456");
    return {
        {"name as stored", name, mobile, QStringLiteral("李秘密反映罚款不开票"), QStringLiteral("反映罚款")},
        {"name spaced", name, mobile, QStringLiteral("李 秘 密反映罚款不开票"), QStringLiteral("反映罚款")},
        {"name with ideographic spaces", name, mobile, QStringLiteral("李　秘　密反映罚款"),
         QStringLiteral("反映罚款")},
        {"name with a no-break space", name, mobile, QStringLiteral("李\u00a0秘密反映"),
         QStringLiteral("反映")},
        {"name with a zero-width space", name, mobile, QStringLiteral("李\u200b秘密反映罚款"),
         QStringLiteral("反映罚款")},
        {"name with zero-width joiners", name, mobile, QStringLiteral("李\u200d秘\u200d密反映"),
         QStringLiteral("反映")},
        {"name with a word joiner", name, mobile, QStringLiteral("来电人李\u2060秘密"),
         QStringLiteral("来电人")},
        {"name with a soft hyphen", name, mobile, QStringLiteral("李\u00ad秘密称"), QStringLiteral("称")},
        {"name with a zero-width non-joiner", name, mobile, QStringLiteral("据李秘\u200c密反映"),
         QStringLiteral("据")},
        {"name with a Mongolian vowel separator", name, mobile, QStringLiteral("据李\u180e秘密反映"),
         QStringLiteral("据")},
        {"name broken over two lines", name, mobile, QStringLiteral("李\n秘密反映"), QStringLiteral("反映")},
        {"name in a compatibility ideograph", name, mobile, QStringLiteral("\uf9e1秘密反映"),
         QStringLiteral("反映")},
        {"name in a Kangxi radical", QStringLiteral("张一"), mobile, QStringLiteral("张\u2f00反映执法"),
         QStringLiteral("反映执法")},
        {"Latin name in full-width capitals", QStringLiteral("Li Mimi"), mobile,
         QStringLiteral("ＬＩ　ＭＩＭＩ called"), QStringLiteral("called")},
        {"Latin name in another case", QStringLiteral("Li Mimi"), mobile, QStringLiteral("limimi called"),
         QStringLiteral("called")},
        {"one-character name", QStringLiteral("王"), mobile, QStringLiteral("王反映执法人员态度"),
         QStringLiteral("反映执法人员态度")},
        {"one-character name inside an enterprise", QStringLiteral("王"), mobile,
         QStringLiteral("王氏建材厂"), QStringLiteral("氏建材厂")},
        {"name inside an enterprise name", name, mobile, QStringLiteral("奈曼旗李秘密商贸有限公司"),
         QStringLiteral("商贸有限公司")},
        {"name twice", name, mobile, QStringLiteral("李秘密说李 秘密的店被查"), QStringLiteral("的店被查")},
        {"mobile as stored", name, mobile, QStringLiteral("电话13912345678，反映"), QStringLiteral("反映")},
        {"mobile dashed", name, mobile, QStringLiteral("电话139-1234-5678，反映"), QStringLiteral("反映")},
        {"mobile spaced", name, mobile, QStringLiteral("电话139 1234 5678，反映"), QStringLiteral("反映")},
        {"mobile in full-width digits", name, mobile, QStringLiteral("电话１３９１２３４５６７８反映"),
         QStringLiteral("反映")},
        {"mobile in full-width digits and dashes", name, mobile,
         QStringLiteral("电话１３９－１２３４－５６７８"), QStringLiteral("电话")},
        {"mobile with zero-width spaces", name, mobile, QStringLiteral("电话139\u200b1234\u200b5678反映"),
         QStringLiteral("反映")},
        {"mobile with +86", name, mobile, QStringLiteral("电话+86 139 1234 5678反映"),
         QStringLiteral("反映")},
        {"mobile with (+86)", name, mobile, QStringLiteral("电话(+86)13912345678反映"),
         QStringLiteral("反映")},
        {"mobile dotted", name, mobile, QStringLiteral("电话139.1234.5678反映"), QStringLiteral("反映")},
        {"mobile half full-width", name, mobile, QStringLiteral("电话139１２３４5678反映"),
         QStringLiteral("反映")},
        {"mobile in mathematical digits", name, mobile,
         QStringLiteral("电话\U0001d7cf\U0001d7d1\U0001d7d7\U0001d7cf\U0001d7d0\U0001d7d1\U0001d7d2\U0001d7d3"
                        "\U0001d7d4\U0001d7d5\U0001d7d6反映"),
         QStringLiteral("反映")},
        {"landline without its dash", name, landline, QStringLiteral("座机04758123456反映"),
         QStringLiteral("反映")},
        {"landline spaced", name, landline, QStringLiteral("座机0475 812 3456反映"), QStringLiteral("反映")},
        {"landline in brackets", name, landline, QStringLiteral("座机(0475)8123456反映"),
         QStringLiteral("反映")},
        {"landline without its area code", name, landline, QStringLiteral("座机8123456反映"),
         QStringLiteral("反映")},
        {"one of two numbers in the contact", name, QStringLiteral("13912345678 / 0475-8123456"),
         QStringLiteral("座机0475-8123456反映"), QStringLiteral("反映")},
        {"e-mail address", name, QStringLiteral("limimi@example.com"),
         QStringLiteral("邮箱LiMiMi@Example.com反映"), QStringLiteral("反映")},
        {"name and number together", name, mobile, QStringLiteral("李 秘密（电话139 1234 5678）反映执法问题"),
         QStringLiteral("反映执法问题")},
    };
}

/// What of the complainant `output` still shows (empty when nothing): the name compared as matching
/// compares it, the numbers by their digits (an 11-digit number may keep its first 3 and last 4).
inline QString leakIn(const QString &output, const MaskVariant &v)
{
    const QString key = oversight::matchKey(output);
    if (key.contains(oversight::matchKey(v.name)))
        return QStringLiteral("the name %1").arg(v.name);
    QString digits;
    for (const uint c : output.normalized(QString::NormalizationForm_KC).toUcs4())
        if (QChar::isDigit(char32_t(c)))
            digits += QChar(u'0' + QChar::digitValue(char32_t(c)));
    for (const QString &phone : oversight::ComplainantMask::phoneNumbers(v.contact))
        for (qsizetype i = 0; i + 7 <= phone.size(); ++i)
            if (digits.contains(QStringView(phone).mid(i, 7)))
                return QStringLiteral("7 digits of %1").arg(phone);
    if (v.contact.contains(QLatin1Char('@')) && key.contains(oversight::matchKey(v.contact)))
        return QStringLiteral("the address %1").arg(v.contact);
    return {};
}
