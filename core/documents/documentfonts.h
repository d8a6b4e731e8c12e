#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <vector>

namespace oversight {

/// The four faces GB/T 9704 asks for, resolved against the fonts installed on this machine. The official
/// faces are proprietary; when one is missing a free face stands in, and substitutions() says which, so the
/// clerk can be told.
class DocumentFonts
{
    Q_DECLARE_TR_FUNCTIONS(oversight::DocumentFonts)
public:
    enum class Role
    {
        Title,   ///< 方正小标宋简体: the authority name and the title
        Body,    ///< 仿宋_GB2312: body text, number line, 版记, page numbers
        Heading, ///< 黑体: first-level headings, table headers
        Kai,     ///< 楷体_GB2312: second-level headings
    };

    struct Choice
    {
        Role role;
        QString wanted; ///< the official face
        QString family; ///< the face used
        bool bold = false;
        [[nodiscard]] bool isOfficial() const { return family == wanted; }
    };

    /// Looks the faces up in the font database (needs a QGuiApplication).
    [[nodiscard]] static DocumentFonts resolve();

    /// A pixel-sized font of `role` for a size given in points, in layout units of 1/100 pt.
    [[nodiscard]] QFont font(Role role, qreal points) const;
    [[nodiscard]] const Choice &choice(Role role) const;
    [[nodiscard]] const std::vector<Choice> &choices() const { return m_choices; }
    /// One line per stand-in face, e.g. "仿宋_GB2312 → Noto Serif CJK SC"; empty when all are official.
    [[nodiscard]] QStringList substitutions() const;
    /// True when some role found no CJK face at all (the PDF would show boxes).
    [[nodiscard]] bool missingCjk() const { return m_missingCjk; }

private:
    std::vector<Choice> m_choices;
    bool m_missingCjk = false;
};

} // namespace oversight
