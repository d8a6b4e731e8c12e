#include "xlsxscanner.h"

#include <cstring>

namespace oversight {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

std::string_view localName(std::string_view qualified)
{
    const size_t colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

} // namespace

void XlsxScanner::feed(const char *data, qsizetype size)
{
    if (m_pos > 0) {
        m_buffer.erase(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(data, size_t(size));
}

XlsxScanner::Token XlsxScanner::next()
{
    for (;;) {
        const char *const begin = m_buffer.data();
        const char *const end = begin + m_buffer.size();
        const char *const b = begin + m_pos;
        const auto waitOr = [&](const char *what) {
            if (m_final)
                return fail(what);
            if (end - b > maxToken)
                return fail("a single tag or text is longer than any worksheet's");
            return Token::NeedMore;
        };
        if (b >= end)
            return m_final ? Token::Done : Token::NeedMore;

        if (*b != '<') {
            const auto *lt = static_cast<const char *>(std::memchr(b, '<', size_t(end - b)));
            if (!lt) {
                if (!m_final)
                    return waitOr("");
                lt = end;
            }
            m_text = std::string_view(b, size_t(lt - b));
            m_pos = size_t(lt - begin);
            return Token::Text;
        }
        const std::string_view rest(b, size_t(end - b));
        if (rest.size() < 2)
            return waitOr("it ends in the middle of a tag");

        if (b[1] == '!' || b[1] == '?') {
            // Comments, CDATA, declarations and processing instructions.
            std::string_view close = ">";
            Token result = Token::NeedMore; // NeedMore: skipped
            size_t from = 2;
            if (b[1] == '?') {
                close = "?>";
            } else if (rest.size() < 9 && !m_final) {
                return Token::NeedMore; // not enough to tell a comment from CDATA
            } else if (rest.substr(0, 4) == "<!--") {
                close = "-->";
                from = 4;
            } else if (rest.substr(0, 9) == "<![CDATA[") {
                close = "]]>";
                from = 9;
                result = Token::CData;
            } else if (rest.find('[') < rest.find('>')) {
                close = "]>"; // a DOCTYPE with an internal subset: skipped, its entities never expanded
            }
            const size_t at = rest.find(close, from);
            if (at == std::string_view::npos)
                return waitOr("it ends in the middle of a comment or declaration");
            m_pos += at + close.size();
            if (result == Token::CData) {
                m_text = rest.substr(from, at - from);
                return Token::CData;
            }
            continue;
        }

        // A tag: its end is the first '>' outside quotes.
        const char *p = b + 1;
        char quote = 0;
        for (; p < end; ++p) {
            const char c = *p;
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (p >= end)
            return waitOr("it ends in the middle of a tag");
        m_pos = size_t(p + 1 - begin);
        if (b[1] == '/') {
            std::string_view n(b + 2, size_t(p - b - 2));
            while (!n.empty() && isSpace(n.back()))
                n.remove_suffix(1);
            m_name = localName(n);
            return Token::End;
        }
        const char *inner = b + 1;
        const char *innerEnd = p;
        m_selfClosing = innerEnd > inner && innerEnd[-1] == '/';
        if (m_selfClosing)
            --innerEnd;
        const char *nameEnd = inner;
        while (nameEnd < innerEnd && !isSpace(*nameEnd))
            ++nameEnd;
        if (nameEnd == inner)
            return fail("a tag has no name");
        m_name = localName(std::string_view(inner, size_t(nameEnd - inner)));
        m_attributes = std::string_view(nameEnd, size_t(innerEnd - nameEnd));
        return Token::Start;
    }
}

bool XlsxScanner::nextAttribute(size_t &cursor, std::string_view &name, std::string_view &value) const
{
    const std::string_view a = m_attributes;
    size_t i = cursor;
    while (i < a.size() && isSpace(a[i]))
        ++i;
    if (i >= a.size())
        return false;
    const size_t nameStart = i;
    while (i < a.size() && a[i] != '=' && !isSpace(a[i]))
        ++i;
    name = a.substr(nameStart, i - nameStart);
    while (i < a.size() && isSpace(a[i]))
        ++i;
    if (i >= a.size() || a[i] != '=') {
        value = {};
        cursor = i;
        return !name.empty();
    }
    ++i;
    while (i < a.size() && isSpace(a[i]))
        ++i;
    if (i >= a.size() || (a[i] != '"' && a[i] != '\'')) {
        value = {};
        cursor = a.size();
        return !name.empty();
    }
    const char quote = a[i++];
    const size_t close = a.find(quote, i);
    const size_t valueEnd = close == std::string_view::npos ? a.size() : close;
    value = a.substr(i, valueEnd - i);
    cursor = close == std::string_view::npos ? a.size() : close + 1;
    return true;
}

std::string_view XlsxScanner::attribute(std::string_view wanted, bool *found) const
{
    size_t cursor = 0;
    std::string_view n, v;
    while (nextAttribute(cursor, n, v)) {
        if (n == wanted) {
            if (found)
                *found = true;
            return v;
        }
    }
    if (found)
        *found = false;
    return {};
}

bool XlsxScanner::appendText(std::string &out, std::string_view raw)
{
    bool ok = true;
    for (;;) {
        const size_t amp = raw.find('&');
        if (amp == std::string_view::npos) {
            out.append(raw);
            return ok;
        }
        out.append(raw.substr(0, amp));
        raw.remove_prefix(amp);
        const size_t semi = raw.find(';');
        const std::string_view entity = semi == std::string_view::npos || semi > 12 ? std::string_view()
                                                                                      : raw.substr(1, semi - 1);
        bool known = true;
        if (entity == "lt") {
            out += '<';
        } else if (entity == "gt") {
            out += '>';
        } else if (entity == "amp") {
            out += '&';
        } else if (entity == "quot") {
            out += '"';
        } else if (entity == "apos") {
            out += '\'';
        } else if (entity.size() >= 2 && entity[0] == '#') {
            const bool hex = entity[1] == 'x' || entity[1] == 'X';
            char32_t c = 0;
            size_t digits = 0;
            for (size_t k = hex ? 2 : 1; k < entity.size(); ++k, ++digits) {
                const char d = entity[k];
                int v = -1;
                if (d >= '0' && d <= '9')
                    v = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    v = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    v = d - 'A' + 10;
                if (v < 0 || c > 0x10FFFF) {
                    digits = 0;
                    break;
                }
                c = c * (hex ? 16 : 10) + char32_t(v);
            }
            known = digits > 0 && c > 0 && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
            if (known)
                appendUtf8(out, c);
        } else {
            known = false;
        }
        if (known) {
            raw.remove_prefix(semi + 1);
        } else {
            ok = false;
            out += '&';
            raw.remove_prefix(1);
        }
    }
}

} // namespace oversight
