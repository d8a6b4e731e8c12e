#pragma once

#include <QByteArray>

#include <string>
#include <string_view>

namespace oversight {

/// A pull scanner over the XML of a workbook part as it inflates, chunk by chunk: start tags (with their
/// raw attributes), end tags and text runs, as views into its own buffer, so that reading a sheet makes no
/// string for what it skips. It knows just enough XML for what spreadsheet programs write: comments,
/// processing instructions and declarations are skipped, CDATA is text, namespace prefixes are dropped from
/// element names. The XlsxReader gives every cell's meaning; this only cuts the bytes into tokens.
class XlsxScanner
{
public:
    enum class Token
    {
        Start,    ///< <name …> or <name …/> (selfClosing())
        End,      ///< </name>
        Text,     ///< the characters up to the next tag (raw: decode with appendText())
        CData,    ///< the inside of <![CDATA[…]]> (no entities)
        NeedMore, ///< feed() more bytes, or finish()
        Done,     ///< finished and everything read
        Error,    ///< errorText() says what
    };

    /// The longest single token (a tag or one text run) the scanner holds while waiting for its end:
    /// Excel's longest cell text (32,767 characters) written with entities is far below it.
    static constexpr qsizetype maxToken = qsizetype(4) << 20;

    /// Adds inflated bytes; what was consumed already is dropped first.
    void feed(const char *data, qsizetype size);
    /// No more bytes will come.
    void finish() { m_final = true; }
    [[nodiscard]] Token next();

    /// The element's local name (Start, End).
    [[nodiscard]] std::string_view name() const { return m_name; }
    [[nodiscard]] bool selfClosing() const { return m_selfClosing; }
    /// An attribute's raw value by its exact (unprefixed) name; `found` tells an empty value from none.
    [[nodiscard]] std::string_view attribute(std::string_view name, bool *found = nullptr) const;
    /// Walks the attributes of the current start tag: from `cursor` 0 until it returns false.
    bool nextAttribute(size_t &cursor, std::string_view &name, std::string_view &value) const;
    /// The raw text (Text, CData).
    [[nodiscard]] std::string_view text() const { return m_text; }
    [[nodiscard]] const char *errorText() const { return m_error; }

    /// Appends `raw` to `out` with the five XML entities and numeric character references decoded (UTF-8).
    /// False when an entity is unknown or broken (it is then kept as written).
    static bool appendText(std::string &out, std::string_view raw);

private:
    Token fail(const char *what)
    {
        m_error = what;
        return Token::Error;
    }

    std::string m_buffer;
    size_t m_pos = 0;
    bool m_final = false;
    std::string_view m_name;
    std::string_view m_attributes;
    std::string_view m_text;
    bool m_selfClosing = false;
    const char *m_error = "";
};

} // namespace oversight
