#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace oversight {

/// A character that must not be stored in a text field: where it is (0-based, counted in characters as a
/// person counts them, not UTF-16 units) and which it is.
struct ForbiddenCharacter
{
    qsizetype position = 0;
    char32_t codePoint = 0;
};

/// The first character of `text` that must not be stored: C0 and C1 control characters (NUL, BEL, ESC, DEL,
/// …; a tab, a line feed and a carriage return are allowed only when `multiLine`), bidirectional overrides,
/// embeddings and isolates (U+202A–U+202E, U+2066–U+2069, which reorder what a reader sees) and the byte
/// order mark U+FEFF. Nothing when the text is clean.
[[nodiscard]] std::optional<ForbiddenCharacter> findForbiddenCharacter(QStringView text,
                                                                       bool multiLine = false);

/// "the control character ESC (U+001B) at character 4": for messages that then say what to do.
[[nodiscard]] QString describeForbiddenCharacter(const ForbiddenCharacter &found);

/// "LABEL: … holds the control character ESC (U+001B) at character 4; delete it …" when `text` holds a
/// character findForbiddenCharacter() refuses; empty when it is clean. For validators and dialogs.
[[nodiscard]] QString forbiddenCharacterProblem(const QString &label, QStringView text,
                                                bool multiLine = false);

/// `text` safe to print to a terminal: every character findForbiddenCharacter() refuses (and a carriage
/// return) is written as \uXXXX; tabs and line feeds stay. The result stays valid JSON when `text` was.
[[nodiscard]] QString escapeForTerminal(const QString &text);

/// The key two names are matched by: compatibility-normalised (NFKC: full-width letters, digits and
/// brackets become their plain forms, compatibility ideographs their unified ones), without format
/// characters (zero-width spaces, joiners, bidi marks), spaces and separators, and case-folded. "测试局(筹)"
/// and "测试局（筹）" have one key, as do "旗公安\u200b局" and "旗公安局".
[[nodiscard]] QString matchKey(const QString &name);

/// Whether two names, already different by matchKey(), still look like one name mistyped: the same once
/// punctuation and symbols are dropped as well, or (for names of 4 characters or more) one character added,
/// left out or changed — unless that character is a numeral, so that 第一派出所 and 第二派出所 are two units.
[[nodiscard]] bool looksAlike(const QString &a, const QString &b);

/// Finds the names of a list that look like a new one (looksAlike()), fast enough for a register of
/// thousands: each name is indexed under its key with one character left out.
class LookalikeIndex
{
public:
    /// Indexes at most this many names; beyond it (no county registers that many units by hand) add() is
    /// a no-op, so a huge import stays fast and small.
    static constexpr int maxNames = 20000;

    void add(const QString &name);
    /// The indexed names (as added) that look like `name`; never one with the same matchKey().
    [[nodiscard]] QStringList lookalikesOf(const QString &name) const;
    [[nodiscard]] int size() const { return int(m_names.size()); }
    [[nodiscard]] bool full() const { return m_names.size() >= maxNames; }

private:
    QStringList m_names;
    QMultiHash<QString, int> m_byVariant; // loose key with one character left out (and whole) → name
};

class TextNormalText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::TextNormalText)
};

} // namespace oversight
