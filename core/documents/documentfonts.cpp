#include "documentfonts.h"

#include <QFontDatabase>
#include <QRawFont>

namespace oversight {

namespace {

struct Candidates
{
    DocumentFonts::Role role;
    QStringList official; ///< names the official face goes by on Windows and elsewhere
    QStringList fallback; ///< free faces, best first
    bool fallbackBold;    ///< 小标宋 and 黑体 are heavy faces: a light stand-in is set bold
};

const std::vector<Candidates> &candidates()
{
    static const std::vector<Candidates> list{
        {DocumentFonts::Role::Title,
         {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
          QStringLiteral("FZXiaoBiaoSong-B05S")},
         {QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC"),
          QStringLiteral("Noto Sans CJK SC")},
         true},
        {DocumentFonts::Role::Body,
         {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
          QStringLiteral("FangSong")},
         {QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC"),
          QStringLiteral("Noto Sans CJK SC")},
         false},
        {DocumentFonts::Role::Heading,
         {QStringLiteral("黑体"), QStringLiteral("SimHei")},
         {QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Droid Sans Fallback"),
          QStringLiteral("Noto Sans CJK SC"), QStringLiteral("AR PL UMing CN")},
         true},
        {DocumentFonts::Role::Kai,
         {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"),
          QStringLiteral("KaiTi")},
         {QStringLiteral("AR PL UKai CN"), QStringLiteral("Noto Serif CJK SC"),
          QStringLiteral("AR PL UMing CN")},
         false},
    };
    return list;
}

/// Qt's PDF writer maps each glyph back to the first code point that uses it. Faces that draw the Kangxi
/// radicals (U+2F00…) with the same glyphs as the ideographs would read back as radicals (⼀ for 一, ⾏ for
/// 行), so a copied or searched PDF would not match its text. Such faces are only a last resort.
bool readsBackCorrectly(const QString &family)
{
    QFont f(family);
    f.setPixelSize(64);
    const QRawFont raw = QRawFont::fromFont(f);
    if (!raw.isValid())
        return false;
    const QString pairs = QStringLiteral("一⼀行⾏文⽂人⼈");
    const QList<quint32> glyphs = raw.glyphIndexesForString(pairs);
    for (qsizetype i = 0; i + 1 < glyphs.size(); i += 2) {
        if (glyphs.at(i) == 0 || glyphs.at(i) == glyphs.at(i + 1))
            return false;
    }
    return true;
}

} // namespace

DocumentFonts DocumentFonts::resolve()
{
    const QStringList installed = QFontDatabase::families();
    const auto present = [&installed](const QString &family) {
        return installed.contains(family, Qt::CaseInsensitive);
    };
    DocumentFonts fonts;
    for (const Candidates &c : candidates()) {
        Choice choice{c.role, c.official.first(), {}, false};
        for (const QString &name : c.official) {
            if (present(name)) {
                choice.family = name;
                choice.wanted = name;
                break;
            }
        }
        for (int pass = 0; pass < 2 && choice.family.isEmpty(); ++pass) {
            for (const QString &name : c.fallback) {
                if (present(name) && (pass == 1 || readsBackCorrectly(name))) {
                    choice.family = name;
                    // A light Song standing in for a heavy face is set bold; a Hei face is heavy already.
                    choice.bold =
                        c.fallbackBold &&
                        (c.role == DocumentFonts::Role::Title ||
                         (!name.contains(QLatin1String("Hei")) && !name.contains(QLatin1String("Sans"))));
                    break;
                }
            }
        }
        if (choice.family.isEmpty()) {
            // Nothing suitable: let fontconfig pick whatever covers Chinese, and say so.
            choice.family = c.fallback.first();
            fonts.m_missingCjk = true;
        }
        fonts.m_choices.push_back(choice);
    }
    return fonts;
}

const DocumentFonts::Choice &DocumentFonts::choice(Role role) const
{
    for (const Choice &c : m_choices) {
        if (c.role == role)
            return c;
    }
    return m_choices.front();
}

QFont DocumentFonts::font(Role role, qreal points) const
{
    const Choice &c = choice(role);
    QFont f(c.family);
    // Layout units are 1/100 pt, so a pixel size is exact for the sizes the standard names.
    f.setPixelSize(qRound(points * 100));
    f.setWeight(c.bold ? QFont::Bold : QFont::Normal);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QStringList DocumentFonts::substitutions() const
{
    QStringList lines;
    for (const Choice &c : m_choices) {
        if (!c.isOfficial())
            lines.append(c.bold ? tr("%1 → %2 (bold)").arg(c.wanted, c.family)
                                : tr("%1 → %2").arg(c.wanted, c.family));
    }
    return lines;
}

} // namespace oversight
