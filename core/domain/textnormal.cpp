#include "textnormal.h"

#include <algorithm>

namespace oversight {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isForbidden(char32_t c, bool multiLine)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return !multiLine;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || c == 0xFEFF;
}

QString controlName(char32_t c)
{
    static const char *const c0[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL",
                                     "BS",  "TAB", "LF",  "VT",  "FF",  "CR",  "SO",  "SI",
                                     "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB",
                                     "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    if (c < 0x20)
        return QString::fromLatin1(c0[c]);
    if (c == 0x7F)
        return QStringLiteral("DEL");
    return {};
}

QString hex(char32_t c)
{
    return QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool dropped(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Other_Format || cat == QChar::Separator_Space || cat == QChar::Separator_Line ||
           cat == QChar::Separator_Paragraph || QChar::isSpace(c) || cat == QChar::Other_Control;
}

/// matchKey() without punctuation and symbols either: 测试局(筹) and 测试局筹 are one loose key.
QList<uint> looseKey(const QString &name)
{
    QList<uint> out;
    for (const uint c : matchKey(name).toUcs4()) {
        const QChar::Category cat = QChar::category(char32_t(c));
        if (cat >= QChar::Punctuation_Connector && cat <= QChar::Symbol_Other)
            continue;
        out.append(c);
    }
    return out;
}

bool isNumeral(uint c)
{
    static const QString chinese = QStringLiteral("〇零一二三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾两");
    return QChar::isDigit(char32_t(c)) || (c < 0x10000 && chinese.contains(QChar(char16_t(c))));
}

QString fromUcs4(const QList<uint> &codes)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codes.constData()), codes.size());
}

} // namespace

std::optional<ForbiddenCharacter> findForbiddenCharacter(QStringView text, bool multiLine)
{
    qsizetype position = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++position) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue; // nothing forbidden lies outside the BMP
        }
        if (isForbidden(c, multiLine))
            return ForbiddenCharacter{position, c};
    }
    return std::nullopt;
}

QString describeForbiddenCharacter(const ForbiddenCharacter &found)
{
    const char32_t c = found.codePoint;
    QString what;
    if (const QString name = controlName(c); !name.isEmpty())
        what = TextNormalText::tr("the control character %1 (U+%2)").arg(name, hex(c));
    else if (c >= 0x80 && c <= 0x9F)
        what = TextNormalText::tr("the control character U+%1").arg(hex(c));
    else if (c == 0xFEFF)
        what = TextNormalText::tr("an invisible byte order mark (U+FEFF)");
    else
        what = TextNormalText::tr("an invisible text-direction control (U+%1)").arg(hex(c));
    return TextNormalText::tr("%1 at character %2").arg(what).arg(found.position + 1);
}

QString forbiddenCharacterProblem(const QString &label, QStringView text, bool multiLine)
{
    const auto found = findForbiddenCharacter(text, multiLine);
    if (!found)
        return {};
    return TextNormalText::tr(
               "%1: the text holds %2, which cannot be stored; delete it (it may be invisible: "
               "retype the text around it).")
        .arg(label, describeForbiddenCharacter(*found));
}

QString escapeForTerminal(const QString &text)
{
    if (!findForbiddenCharacter(text, true) && !text.contains(QLatin1Char('\r')))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        const char32_t c = ch.unicode();
        if (c == U'\r' || isForbidden(c, true))
            out += QStringLiteral("\\u") + hex(c);
        else
            out += ch;
    }
    return out;
}

QString matchKey(const QString &name)
{
    QList<uint> kept = name.normalized(QString::NormalizationForm_KC).toUcs4();
    kept.removeIf([](uint c) { return dropped(char32_t(c)); });
    return fromUcs4(kept).toCaseFolded();
}

bool looksAlike(const QString &a, const QString &b)
{
    if (matchKey(a) == matchKey(b))
        return false;
    const QList<uint> x = looseKey(a), y = looseKey(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (x == y)
        return true;
    const QList<uint> &shorter = x.size() <= y.size() ? x : y;
    const QList<uint> &longer = x.size() <= y.size() ? y : x;
    if (shorter.size() < 4 || longer.size() - shorter.size() > 1)
        return false;
    qsizetype prefix = 0;
    while (prefix < shorter.size() && shorter.at(prefix) == longer.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter.size() - prefix &&
           shorter.at(shorter.size() - 1 - suffix) == longer.at(longer.size() - 1 - suffix))
        ++suffix;
    if (longer.size() == shorter.size()) { // one character changed
        if (prefix + suffix != shorter.size() - 1)
            return false;
        return !(isNumeral(shorter.at(prefix)) && isNumeral(longer.at(prefix)));
    }
    // One character added.
    if (prefix + suffix < shorter.size())
        return false;
    return !isNumeral(longer.at(prefix));
}

void LookalikeIndex::add(const QString &name)
{
    if (m_names.size() >= maxNames)
        return;
    const QList<uint> key = looseKey(name);
    if (key.isEmpty())
        return;
    const int id = int(m_names.size());
    m_names.append(name);
    m_byVariant.insert(fromUcs4(key), id);
    if (key.size() < 4)
        return;
    for (qsizetype i = 0; i < key.size(); ++i) {
        QList<uint> variant = key;
        variant.remove(i);
        m_byVariant.insert(fromUcs4(variant), id);
    }
}

QStringList LookalikeIndex::lookalikesOf(const QString &name) const
{
    const QList<uint> key = looseKey(name);
    if (key.isEmpty())
        return {};
    QList<QString> variants{fromUcs4(key)};
    if (key.size() >= 4) {
        for (qsizetype i = 0; i < key.size(); ++i) {
            QList<uint> variant = key;
            variant.remove(i);
            variants.append(fromUcs4(variant));
        }
    }
    QList<int> candidates;
    for (const QString &v : variants)
        for (auto it = m_byVariant.constFind(v); it != m_byVariant.cend() && it.key() == v; ++it)
            candidates.append(it.value());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    QStringList out;
    for (const int id : candidates)
        if (looksAlike(name, m_names.at(id)))
            out.append(m_names.at(id));
    return out;
}

} // namespace oversight
