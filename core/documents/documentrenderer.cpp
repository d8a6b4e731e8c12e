// Over 600 lines on purpose: one layout engine. The Layouter's page breaks, heading keep-with-next, the
// 落款/版记 tightening and the carry-over of the body's last lines share its state; split over files it
// would read as several algorithms when it is one.
#include "documentrenderer.h"

#include "pagedoutput.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <functional>

// One file for the whole layouter, longer than usual: the header, body, tables, signature, 版记 and receipt
// all advance the same grid position and page list, and splitting them would only pass that state around.

namespace oversight {

namespace {

using Role = DocumentFonts::Role;

// The standard's numbers (GB/T 9704-2012), in layout units.
const qreal typeLeft = DocumentRenderer::mm(28);
const qreal typeTop = DocumentRenderer::mm(37);
const qreal typeWidth = DocumentRenderer::mm(156);
const qreal typeHeight = DocumentRenderer::mm(225);
constexpr int standardLinesPerPage = 22;
/// The most lines a page is tightened to (GB/T 9704 §7.3.5) so that the 落款 and 版记 do not stand alone.
constexpr int tightestLinesPerPage = 24;
constexpr int charsPerLine = 28;
const qreal charPitch = typeWidth / charsPerLine;
constexpr qreal bodyPoints = 16;    // 三号
constexpr qreal titlePoints = 22;   // 二号
constexpr qreal imprintPoints = 14; // 四号
const QColor red(230, 0, 18);

qreal pointsToUnits(qreal points)
{
    return points * 100;
}

// Characters that may not begin a line, and those that may not end one (besides what Unicode's line
// breaking already forbids), for the title's own breaking.
const QString noLineStart = QStringLiteral("。，、；：？！）》」』〕】”’…—·%");
const QString noLineEnd = QStringLiteral("（《「『〔【“‘");

// Words a title line must not split. Titles are short and made of the campaign's vocabulary; a clerk who
// wants another break types a line feed in the title.
const QStringList titleWords{
    QStringLiteral("奈曼旗"),
    QStringLiteral("司法局"),
    QStringLiteral("关于"),
    QStringLiteral("规范"),
    QStringLiteral("行政"),
    QStringLiteral("执法"),
    QStringLiteral("专项"),
    QStringLiteral("行动"),
    QStringLiteral("案卷"),
    QStringLiteral("评查"),
    QStringLiteral("抽查"),
    QStringLiteral("结果"),
    QStringLiteral("通报"),
    QStringLiteral("批评"),
    QStringLiteral("催办"),
    QStringLiteral("通知"),
    QStringLiteral("通知书"),
    QStringLiteral("监督"),
    QStringLiteral("工作"),
    QStringLiteral("提示"),
    QStringLiteral("报送"),
    QStringLiteral("材料"),
    QStringLiteral("整改"),
    QStringLiteral("单位"),
    QStringLiteral("情况"),
    QStringLiteral("自查"),
    QStringLiteral("落实"),
    QStringLiteral("抽检"),
    QStringLiteral("个案"),
    QStringLiteral("送达"),
    QStringLiteral("回证"),
    // Compounds a title must not split either (规范行政/执法 reads wrong even between two words).
    QStringLiteral("行政执法"),
    QStringLiteral("专项行动"),
    QStringLiteral("抽查结果"),
    QStringLiteral("通报批评"),
    QStringLiteral("催报"),
    QStringLiteral("有关"),
    QStringLiteral("落实不力"),
    QStringLiteral("执法监督"),
};

bool isNarrow(QChar c)
{
    return c.unicode() < 0x2E80;
}

class Layouter
{
public:
    /// `lines` per page: the standard's 22, or more to keep the closing parts with the body.
    Layouter(const DocumentFonts &fonts, int lines)
        : m_fonts(fonts), m_measure(8, 8, QImage::Format_RGB32), m_lines(lines), m_pitch(typeHeight / lines)
    {
        m_measure.setDotsPerMeterX(qRound(7200 / 0.0254));
        m_measure.setDotsPerMeterY(qRound(7200 / 0.0254));
        m_pages.emplace_back();
        m_numbered.push_back(true);
    }

    std::vector<DocumentRenderer::Page> run(const OfficialDocument &doc)
    {
        header(doc);
        const std::vector<BodyBlock> blocks = parseBody(doc.body);
        m_inBody = true;
        m_lastBlockIsTable = !blocks.empty() && blocks.back().type == BodyBlock::Type::Table;
        for (size_t b = 0; b < blocks.size(); ++b) {
            const BodyBlock &block = blocks[b];
            if (block.type == BodyBlock::Type::Table) {
                table(block.rows, true, 1);
                continue;
            }
            // A heading is never left alone at a page's foot: it goes over with what follows it (a table's
            // header and first row take about three lines).
            // (一、 and （一） headings; a numbered item 1. is text of its own and keeps no company.)
            if ((block.type == BodyBlock::Type::Heading1 || block.type == BodyBlock::Type::Heading2) &&
                m_line > 0) {
                const bool tableNext = b + 1 < blocks.size() && blocks[b + 1].type == BodyBlock::Type::Table;
                if (m_line + headingLines(block) + (tableNext ? 3 : 1) > m_lines)
                    newPage();
            }
            bodyParagraph(block);
        }
        m_inBody = false;
        attachments(doc.attachments);
        const size_t bodyPage = m_pages.size();
        const int bodyLine = m_line;
        signature(doc);
        imprint(doc);
        // The closing parts alone on a page of their own (the body ended on the page before, or exactly
        // at its foot).
        m_closingAlone = m_pages.size() > bodyPage || bodyLine >= m_lines;
        pageNumbers();
        if (doc.receipt)
            receipt(doc);
        return std::move(m_pages);
    }

private:
    // ---- grid and fonts --------------------------------------------------------------------------------
    qreal cellTop(int line) const { return typeTop + line * m_pitch; }
    /// The baseline that centres a CJK em box of `font` in grid line `line`.
    static qreal baselineIn(qreal cellTopY, qreal cellHeight, const QFont &font)
    {
        return cellTopY + cellHeight / 2 + 0.38 * font.pixelSize();
    }
    qreal baseline(int line, const QFont &font) const { return baselineIn(cellTop(line), m_pitch, font); }

    /// The 三号 font of `role`; its ideographs are placed on the grid one character (156/28 mm) apart.
    QFont gridFont(Role role) const { return m_fonts.font(role, bodyPoints); }

    /// A piece of a grid line that is drawn as one: an ideograph (one grid character wide) or a run of
    /// narrow characters (digits, Latin), which keeps its natural width and is never broken.
    struct Unit
    {
        QString text;
        QFont font;
        qreal width = 0;
    };
    std::vector<Unit> units(const QString &s, const std::function<QFont(qsizetype)> &fontAt) const
    {
        std::vector<Unit> out;
        for (qsizetype i = 0; i < s.size();) {
            const QFont font = fontAt(i);
            if (isNarrow(s.at(i))) {
                qsizetype j = i + 1;
                while (j < s.size() && isNarrow(s.at(j)) && fontAt(j) == font)
                    ++j;
                const QString run = s.mid(i, j - i);
                out.push_back({run, font, advance(run, font)});
                i = j;
            } else {
                const qsizetype len = s.at(i).isHighSurrogate() && i + 1 < s.size() ? 2 : 1;
                out.push_back({s.mid(i, len), font, charPitch});
                i += len;
            }
        }
        return out;
    }
    static qreal widthOf(const std::vector<Unit> &us, size_t from, size_t to)
    {
        qreal w = 0;
        for (size_t k = from; k < to; ++k)
            w += us[k].width;
        return w;
    }
    /// Draws units from `x` on baseline `y`, spreading `extra` evenly between them (justification).
    void drawUnits(const std::vector<Unit> &us, size_t from, size_t to, qreal x, qreal y, qreal extra = 0)
    {
        const qreal gap = to - from > 1 ? extra / qreal(to - from - 1) : 0;
        for (size_t k = from; k < to; ++k) {
            if (!us[k].text.trimmed().isEmpty())
                text(x, y, us[k].text, us[k].font);
            x += us[k].width + gap;
        }
    }
    qreal advance(const QString &text, const QFont &font) const
    {
        return QFontMetricsF(font, &m_measure).horizontalAdvance(text);
    }

    DocumentRenderer::Page &page() { return m_pages.back(); }
    void newPage(bool numbered = true)
    {
        m_pages.emplace_back();
        m_numbered.push_back(numbered);
        m_line = 0;
    }
    void ensureLine()
    {
        if (m_line >= m_lines)
            newPage();
    }
    void text(qreal x, qreal y, const QString &s, const QFont &font, const QColor &color = Qt::black)
    {
        page().texts.push_back({QPointF(x, y), s, font, color});
    }
    void rule(qreal x1, qreal y, qreal x2, qreal widthMm, const QColor &color = Qt::black)
    {
        page().rules.push_back({QLineF(x1, y, x2, y), DocumentRenderer::mm(widthMm), color});
    }

    // ---- 版头 and title ---------------------------------------------------------------------------------
    void header(const OfficialDocument &doc)
    {
        // 发文机关标志: red, centred, its top edge 35 mm below the top of the type area.
        QFont nameFont = m_fonts.font(Role::Title, titlePoints);
        nameFont.setPixelSize(qRound(DocumentRenderer::mm(15)));
        const qreal nameWidth = advance(doc.authority, nameFont);
        if (nameWidth > typeWidth)
            nameFont.setPixelSize(int(nameFont.pixelSize() * typeWidth / nameWidth));
        const QRectF ink = QFontMetricsF(nameFont, &m_measure).tightBoundingRect(doc.authority);
        const qreal nameBaseline = typeTop + DocumentRenderer::mm(35) - ink.top();
        text(typeLeft + (typeWidth - advance(doc.authority, nameFont)) / 2, nameBaseline, doc.authority,
             nameFont, red);
        const qreal nameBottom = nameBaseline + ink.bottom();

        // 发文字号 two blank lines below, centred; the red rule 4 mm below it across the type area.
        m_line = int(std::ceil((nameBottom - typeTop) / m_pitch - 1e-6)) + 2;
        const QFont body = gridFont(Role::Body);
        const qreal numberBaseline = baseline(m_line, body);
        const auto numberUnits = units(doc.numberLine, [&body](qsizetype) { return body; });
        drawUnits(numberUnits, 0, numberUnits.size(),
                  typeLeft + (typeWidth - widthOf(numberUnits, 0, numberUnits.size())) / 2, numberBaseline);
        const qreal ruleY = numberBaseline + 0.12 * body.pixelSize() + DocumentRenderer::mm(4);
        rule(typeLeft, ruleY, typeLeft + typeWidth, 0.5, red);

        // Title two blank lines below the rule, 二号, centred, broken between words.
        m_line = int(std::ceil((ruleY - typeTop) / m_pitch - 1e-6)) + 2;
        QFont titleFont = m_fonts.font(Role::Title, titlePoints);
        for (const QString &line : titleLines(doc.title, titleFont)) {
            text(typeLeft + (typeWidth - advance(line, titleFont)) / 2, baseline(m_line, titleFont), line,
                 titleFont);
            ++m_line;
        }
        // 主送机关 one blank line below, flush left, with a full-width colon.
        if (!doc.addressee.trimmed().isEmpty()) {
            ++m_line;
            QString to = doc.addressee.trimmed();
            if (!to.endsWith(QStringLiteral("：")))
                to += QStringLiteral("：");
            paragraph(to, {}, Role::Body, 0, 0);
        }
    }

    QStringList titleLines(const QString &title, const QFont &font) const
    {
        QStringList result;
        for (const QString &part : title.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (advance(t, font) <= typeWidth) {
                result.append(t);
                continue;
            }
            // Where a break is allowed: not inside a word of the list, not between digits or Latin letters,
            // not before closing or after opening punctuation.
            std::vector<bool> allowed(size_t(t.size()) + 1, true);
            for (const QString &word : titleWords) {
                for (qsizetype at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
                    for (qsizetype k = at + 1; k < at + word.size(); ++k)
                        allowed[size_t(k)] = false;
                }
            }
            for (qsizetype k = 1; k < t.size(); ++k) {
                const QChar a = t.at(k - 1), b = t.at(k);
                if ((isNarrow(a) && isNarrow(b)) || noLineStart.contains(b) || noLineEnd.contains(a) ||
                    (a.isDigit() &&
                     (b == QChar(0x5E74) || b == QChar(0x6708) || b == QChar(0x65E5) || b == QChar(0x53F7))))
                    allowed[size_t(k)] = false;
            }
            const qreal total = advance(t, font);
            const int count = int(std::ceil(total / typeWidth));
            qsizetype start = 0;
            for (int lineNo = 0; lineNo < count - 1 && start < t.size(); ++lineNo) {
                const qreal target = advance(t.mid(start), font) / (count - lineNo);
                qsizetype best = -1;
                qreal bestDistance = 0;
                for (qsizetype k = start + 1; k < t.size(); ++k) {
                    const qreal w = advance(t.mid(start, k - start), font);
                    if (w > typeWidth)
                        break;
                    if (!allowed[size_t(k)])
                        continue;
                    const qreal distance = std::abs(w - target);
                    if (best < 0 || distance < bestDistance) {
                        best = k;
                        bestDistance = distance;
                    }
                }
                if (best < 0) { // no allowed break fits: break where the width ends
                    best = start + 1;
                    while (best < t.size() && advance(t.mid(start, best + 1 - start), font) <= typeWidth)
                        ++best;
                }
                result.append(t.mid(start, best - start));
                start = best;
            }
            if (start < t.size()) {
                const QString rest = t.mid(start);
                if (advance(rest, font) <= typeWidth) {
                    result.append(rest);
                } else { // the balanced count was one short: keep breaking greedily
                    const QStringList more = titleLines(rest, font);
                    result += more;
                }
            }
        }
        return result;
    }

    // ---- body -------------------------------------------------------------------------------------------
    /// Lays `s` on the grid: first line indented `firstIndent` characters, the others `restIndent`; lines
    /// but the last are justified to both edges. `formats` give parts of the text another face.
    void paragraph(const QString &s, const QList<QTextLayout::FormatRange> &formats, Role role,
                   int firstIndent, int restIndent)
    {
        const QFont base = gridFont(role);
        const auto fontAt = [&formats, &base](qsizetype i) {
            for (const QTextLayout::FormatRange &r : formats) {
                if (i >= r.start && i < r.start + r.length)
                    return r.format.font();
            }
            return base;
        };
        const std::vector<Unit> us = units(s, fontAt);
        const auto startsWithClosing = [](const Unit &u) { return noLineStart.contains(u.text.front()); };
        const auto endsWithOpening = [](const Unit &u) { return noLineEnd.contains(u.text.back()); };
        size_t start = 0;
        bool first = true;
        while (start < us.size()) {
            const int indent = first ? firstIndent : restIndent;
            const qreal avail = typeWidth - indent * charPitch;
            size_t end = start;
            qreal w = 0;
            while (end < us.size() && w + us[end].width <= avail + 1) {
                w += us[end].width;
                ++end;
            }
            if (end == start) // a narrow run longer than the line: give it the line
                ++end;
            // Closing punctuation that just overflows is squeezed in (标点挤压) rather than carrying the
            // line's last characters over: full-width brackets and stops are half ink, half space.
            if (end < us.size() && end > start && startsWithClosing(us[end]) &&
                w + us[end].width <= avail + charPitch / 2)
                ++end;
            const bool last = end >= us.size();
            if (!last) {
                // No line starts with closing punctuation and none ends with opening punctuation: carry
                // characters over to the next line instead.
                size_t e = end;
                while (e > start + 1 && (startsWithClosing(us[e]) || endsWithOpening(us[e - 1])))
                    --e;
                end = e;
            }
            if (m_inBody) {
                // The fallback of layOut(): the body's last lines carried over to the closing's page.
                if (m_bodyLines == m_breakBeforeBodyLine && m_line > 0)
                    newPage();
                m_headingLine.push_back(role == Role::Heading || role == Role::Kai);
                ++m_bodyLines;
            }
            ensureLine();
            const qreal used = widthOf(us, start, end);
            // Lines but the last fill the measure (两端对齐); a squeezed line closes up by up to half a
            // character.
            const qreal extra =
                last ? std::min(0.0, avail - used) : std::clamp(avail - used, -charPitch / 2, 4 * charPitch);
            drawUnits(us, start, end, typeLeft + indent * charPitch, baseline(m_line, base), extra);
            ++m_line;
            start = end;
            while (start < us.size() && us[start].text.trimmed().isEmpty())
                ++start;
            first = false;
        }
    }

    void bodyParagraph(const BodyBlock &block)
    {
        switch (block.type) {
        case BodyBlock::Type::Heading1:
            paragraph(block.text, {}, Role::Heading, 2, 0);
            return;
        case BodyBlock::Type::Heading2: {
            // （一）标题。正文…: the heading in 楷体 up to its full stop, the rest in the body face.
            const qsizetype stop = block.text.indexOf(QStringLiteral("。"));
            if (stop < 0 || stop == block.text.size() - 1) {
                paragraph(block.text, {}, Role::Kai, 2, 0);
                return;
            }
            QTextCharFormat kai;
            kai.setFont(gridFont(Role::Kai));
            paragraph(block.text, {{0, int(stop + 1), kai}}, Role::Body, 2, 0);
            return;
        }
        default:
            paragraph(block.text, {}, Role::Body, 2, 0);
            return;
        }
    }

    /// A table in 四号, ruled, its header row repeated at the top of every page it continues on.
    void table(const std::vector<QStringList> &rows, bool hasHeader, int minRowLines)
    {
        if (rows.empty())
            return;
        const QFont cellFont = m_fonts.font(Role::Body, imprintPoints);
        const QFont headFont = m_fonts.font(Role::Heading, imprintPoints);
        const qreal pad = DocumentRenderer::mm(1.5);
        const qreal lineHeight = pointsToUnits(imprintPoints) * 1.45;
        qsizetype columns = 0;
        for (const QStringList &r : rows)
            columns = std::max(columns, r.size());

        // Column widths: each column gets at least what its short cells need (a short header, numbers),
        // the columns of running text share the rest in proportion to their length.
        std::vector<qreal> natural(size_t(columns), 0), least(size_t(columns), 2 * charPitch),
            headerWhole(size_t(columns), 0);
        for (size_t r = 0; r < rows.size(); ++r) {
            const QFont &font = hasHeader && r == 0 ? headFont : cellFont;
            for (qsizetype c = 0; c < rows[r].size(); ++c) {
                const QString &cell = rows[r].at(c);
                const qreal w = advance(cell, font) + 2 * pad + 2;
                natural[size_t(c)] = std::max(natural[size_t(c)], w);
                // A header of four or more characters may take two lines (抽查 / 案卷), but only when the
                // headers kept whole would crowd the text columns; figures never break.
                if (hasHeader && r == 0)
                    headerWhole[size_t(c)] = w;
                if (hasHeader && r == 0)
                    least[size_t(c)] =
                        std::max(least[size_t(c)],
                                 advance(cell.size() <= 3 ? cell : cell.left((cell.size() + 1) / 2), font) +
                                     2 * pad + 2);
                else if (std::all_of(cell.begin(), cell.end(), isNarrow))
                    least[size_t(c)] = std::max(least[size_t(c)], w);
                // The first column names the row (a unit): wide enough for any name in two lines.
                else if (c == 0 && hasHeader)
                    least[0] =
                        std::max(least[0], advance(cell.left((cell.size() + 1) / 2), font) + 2 * pad + 2);
            }
        }
        {
            qreal whole = 0;
            for (qsizetype c = 0; c < columns; ++c)
                whole += std::max(least[size_t(c)], headerWhole[size_t(c)]);
            if (whole <= typeWidth * 0.85) {
                for (qsizetype c = 0; c < columns; ++c)
                    least[size_t(c)] = std::max(least[size_t(c)], headerWhole[size_t(c)]);
            }
        }
        qreal leastSum = 0, slack = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            natural[size_t(c)] = std::max(natural[size_t(c)], least[size_t(c)]);
            leastSum += least[size_t(c)];
            slack += natural[size_t(c)] - least[size_t(c)];
        }
        std::vector<qreal> widths(static_cast<size_t>(columns), 0.0);
        for (qsizetype c = 0; c < columns; ++c) {
            const size_t i = size_t(c);
            if (leastSum >= typeWidth)
                widths[i] = least[i] * typeWidth / leastSum;
            else if (slack <= 0 || leastSum + slack <= typeWidth)
                widths[i] = natural[i] + (typeWidth - leastSum - slack) / qreal(columns);
            else
                widths[i] = least[i] + (natural[i] - least[i]) / slack * (typeWidth - leastSum);
        }

        // Cells break like the body: between ideographs, never inside a run of figures or Latin, never
        // before closing punctuation; measured with the same metrics the drawing uses.
        const auto fill = [&](const QString &s, const QFont &font, qreal room) {
            QStringList out;
            QString line;
            qreal used = 0;
            for (qsizetype i = 0; i < s.size();) {
                qsizetype j = i + 1;
                if (isNarrow(s.at(i))) {
                    while (j < s.size() && isNarrow(s.at(j)))
                        ++j;
                }
                const QString piece = s.mid(i, j - i);
                const qreal w = advance(piece, font);
                if (!line.isEmpty() && used + w > room && !noLineStart.contains(piece.front())) {
                    out.append(line.trimmed());
                    line.clear();
                    used = 0;
                }
                line += piece;
                used += w;
                i = j;
            }
            out.append(line.trimmed());
            return out;
        };
        const auto cellLines = [&](const QString &s, const QFont &font, qreal width) {
            const qreal room = width - 2 * pad + 1;
            // A header that does not fit is halved (抽查 / 案卷), not broken before its last character.
            if (&font == &headFont && s.size() >= 4 && advance(s, font) > room &&
                advance(s.left((s.size() + 1) / 2), font) <= room)
                return QStringList{s.left((s.size() + 1) / 2), s.mid((s.size() + 1) / 2)};
            QStringList out = fill(s, font, room);
            if (out.size() < 2)
                return out;
            // As many lines, evened out: "旗住房和城 / 乡建设局", not a last character alone on its line.
            qreal lo = advance(s, font) / qreal(out.size()), hi = room;
            for (int step = 0; step < 12 && hi - lo > 0.5; ++step) {
                const qreal mid = (lo + hi) / 2;
                if (fill(s, font, mid).size() == out.size())
                    hi = mid;
                else
                    lo = mid;
            }
            return fill(s, font, hi);
        };

        struct LaidRow
        {
            std::vector<QStringList> cells;
            qreal height = 0;
            bool head = false;
        };
        std::vector<LaidRow> laid;
        for (size_t r = 0; r < rows.size(); ++r) {
            LaidRow row;
            row.head = hasHeader && r == 0;
            int most = 1;
            for (qsizetype c = 0; c < columns; ++c) {
                const QString s = c < rows[r].size() ? rows[r].at(c) : QString();
                row.cells.push_back(cellLines(s, row.head ? headFont : cellFont, widths[size_t(c)]));
                most = std::max(most, int(row.cells.back().size()));
            }
            row.height = std::max(minRowLines * m_pitch, most * lineHeight + 2 * DocumentRenderer::mm(1.4));
            laid.push_back(std::move(row));
        }
        // A column any of whose body cells wraps (unit names) is set flush left throughout, so its one-line
        // and two-line names line up; the others (figures, short words) stay centred.
        std::vector<bool> flushLeft(size_t(columns), false);
        for (const LaidRow &row : laid)
            for (size_t c = 0; c < row.cells.size(); ++c)
                if (!row.head && row.cells[c].size() > 1)
                    flushLeft[c] = true;

        ensureLine();
        qreal y = cellTop(m_line);
        const qreal bottom = typeTop + typeHeight;
        const auto drawRow = [&](const LaidRow &row) {
            const QFont &font = row.head ? headFont : cellFont;
            qreal x = typeLeft;
            rule(typeLeft, y, typeLeft + typeWidth, 0.25);
            rule(typeLeft, y + row.height, typeLeft + typeWidth, 0.25);
            for (size_t c = 0; c < row.cells.size(); ++c) {
                const QStringList &ls = row.cells[c];
                page().rules.push_back(
                    {QLineF(x, y, x, y + row.height), DocumentRenderer::mm(0.25), Qt::black});
                const qreal blockTop = y + (row.height - ls.size() * lineHeight) / 2;
                for (qsizetype i = 0; i < ls.size(); ++i) {
                    const qreal w = advance(ls.at(i), font);
                    const qreal tx = row.head || !flushLeft[c] ? x + (widths[c] - w) / 2 : x + pad;
                    text(tx, baselineIn(blockTop + i * lineHeight, lineHeight, font), ls.at(i), font);
                }
                x += widths[c];
            }
            page().rules.push_back({QLineF(typeLeft + typeWidth, y, typeLeft + typeWidth, y + row.height),
                                    DocumentRenderer::mm(0.25), Qt::black});
            y += row.height;
        };
        for (size_t r = 0; r < laid.size(); ++r) {
            if (y + laid[r].height > bottom + 1) {
                newPage();
                y = typeTop;
                if (hasHeader && r > 0)
                    drawRow(laid[0]);
            }
            drawRow(laid[r]);
        }
        m_line = int(std::ceil((y - typeTop) / m_pitch - 1e-6));
    }

    // ---- end of the document ----------------------------------------------------------------------------
    void attachments(const QStringList &names)
    {
        if (names.isEmpty())
            return;
        ++m_line; // one blank line after the body
        if (names.size() == 1) {
            paragraph(QStringLiteral("附件：") + names.first(), {}, Role::Body, 2, 5);
            return;
        }
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString item = QStringLiteral("%1. %2").arg(i + 1).arg(names.at(i));
            if (i == 0)
                paragraph(QStringLiteral("附件：") + item, {}, Role::Body, 2, 5);
            else
                paragraph(item, {}, Role::Body, 5, 5);
        }
    }

    void signature(const OfficialDocument &doc)
    {
        if (doc.signature.isEmpty() && !doc.date.isValid())
            return;
        if (m_line + 3 > m_lines)
            newPage();
        else
            ++m_line; // one blank line after the body or the attachment note
        const QFont body = gridFont(Role::Body);
        const QString date = chineseDate(doc.date);
        const qreal right = typeLeft + typeWidth;
        // The bureau seals what it issues (加盖印章): the date stands four characters in from the right and
        // the signature is centred over it; the seal then presses on both.
        const auto same = [&body](qsizetype) { return body; };
        const auto signUnits = units(doc.signature, same);
        const auto dateUnits = units(date, same);
        const qreal signWidth = widthOf(signUnits, 0, signUnits.size());
        const qreal dateWidth = widthOf(dateUnits, 0, dateUnits.size());
        const qreal dateX = right - 4 * charPitch - dateWidth;
        const qreal signX = std::min(dateX + (dateWidth - signWidth) / 2, right - signWidth);
        drawUnits(signUnits, 0, signUnits.size(), signX, baseline(m_line, body));
        ++m_line;
        drawUnits(dateUnits, 0, dateUnits.size(), dateX, baseline(m_line, body));
        ++m_line;
    }

    /// 版记 at the foot of the last page: 抄送 and 印发 lines between rules of 0.35/0.25/0.35 mm.
    void imprint(const OfficialDocument &doc)
    {
        const bool hasCopy = !doc.copyTo.trimmed().isEmpty();
        const int lines = hasCopy ? 2 : 1;
        if (m_line > m_lines - lines - 1)
            newPage();
        const QFont font = m_fonts.font(Role::Body, imprintPoints);
        const qreal em = pointsToUnits(imprintPoints);
        const qreal right = typeLeft + typeWidth;
        int line = m_lines - lines;
        rule(typeLeft, cellTop(line), right, 0.35);
        if (hasCopy) {
            QString copy = doc.copyTo.trimmed();
            if (!copy.endsWith(QStringLiteral("。")))
                copy += QStringLiteral("。");
            text(typeLeft + em, baseline(line, font), QStringLiteral("抄送：") + copy, font);
            ++line;
            rule(typeLeft, cellTop(line), right, 0.25);
        }
        text(typeLeft + em, baseline(line, font), doc.printedBy, font);
        const QString printed = chineseDate(doc.printedOn) + QStringLiteral("印发");
        text(right - em - advance(printed, font), baseline(line, font), printed, font);
        rule(typeLeft, cellTop(line + 1), right, 0.35);
        m_line = m_lines;
    }

    /// "— n —" in 四号, its top 7 mm below the type area; odd pages right, even pages left, one character in.
    void pageNumbers()
    {
        const QFont font = m_fonts.font(Role::Body, imprintPoints);
        const qreal em = pointsToUnits(imprintPoints);
        const qreal y = typeTop + typeHeight + DocumentRenderer::mm(7) + 0.88 * em;
        for (size_t i = 0; i < m_pages.size(); ++i) {
            if (!m_numbered[i])
                continue;
            const int n = int(i) + 1;
            const QString s = QStringLiteral("— %1 —").arg(n);
            const qreal x = n % 2 == 1 ? typeLeft + typeWidth - em - advance(s, font) : typeLeft + em;
            m_pages[i].texts.push_back({QPointF(x, y), s, font, Qt::black});
        }
    }

    /// The 送达回证 on a page of its own, to be signed on delivery and returned.
    void receipt(const OfficialDocument &doc)
    {
        newPage(false);
        const QFont titleFont = m_fonts.font(Role::Title, titlePoints);
        const QString title = QStringLiteral("送达回证");
        text(typeLeft + (typeWidth - advance(title, titleFont)) / 2, baseline(0, titleFont), title,
             titleFont);
        m_line = 2;
        const QString blankDate = QStringLiteral("年　　月　　日");
        const std::vector<QStringList> rows{
            {QStringLiteral("送达文书名称及文号"),
             doc.receipt->documentName + QStringLiteral("（") + doc.numberLine + QStringLiteral("）")},
            {QStringLiteral("受送达单位"), doc.receipt->recipient},
            {QStringLiteral("送达地点"), QString()},
            {QStringLiteral("送达方式"), QString()},
            {QStringLiteral("送达人"), QString()},
            {QStringLiteral("受送达人签收"), QStringLiteral("（签名或盖章）　　") + blankDate},
            {QStringLiteral("送达日期"), blankDate},
            {QStringLiteral("备注"), QString()},
        };
        table(rows, false, 2);
        ++m_line;
        paragraph(QStringLiteral("本回证由受送达单位签收后，于收到之日起三日内交回%1。").arg(doc.authority),
                  {}, Role::Body, 2, 0);
    }

public:
    [[nodiscard]] bool closingAlone() const { return m_closingAlone; }
    /// The body's text lines (headings and paragraphs; tables not counted) of the last run().
    [[nodiscard]] int bodyLines() const { return m_bodyLines; }
    /// Whether body line `n` of the last run() was a heading's.
    [[nodiscard]] bool headingLine(int n) const
    {
        return n >= 0 && n < int(m_headingLine.size()) && m_headingLine[size_t(n)];
    }
    /// Whether the body ends with a table (whose rows are not carried over line by line).
    [[nodiscard]] bool endsWithTable() const { return m_lastBlockIsTable; }
    /// The next run() starts a page before body line `n` (0-based), unless it starts one anyway.
    void breakBeforeBodyLine(int n) { m_breakBeforeBodyLine = n; }

private:
    /// How many grid lines a heading's text takes (its face is the body's size).
    int headingLines(const BodyBlock &block) const
    {
        const qreal w = advance(block.text, gridFont(Role::Body));
        return std::max(1, int(std::ceil((w + 2 * charPitch) / typeWidth - 1e-6)));
    }

    const DocumentFonts &m_fonts;
    QImage m_measure;
    int m_lines;
    qreal m_pitch;
    bool m_closingAlone = false;
    bool m_inBody = false;
    bool m_lastBlockIsTable = false;
    int m_bodyLines = 0;
    int m_breakBeforeBodyLine = -1;
    std::vector<bool> m_headingLine;
    std::vector<DocumentRenderer::Page> m_pages;
    std::vector<bool> m_numbered;
    int m_line = 0;
};

} // namespace

DocumentRenderer::DocumentRenderer(DocumentFonts fonts) : m_fonts(std::move(fonts)) {}

std::vector<DocumentRenderer::Page> DocumentRenderer::layOut(const OfficialDocument &document) const
{
    // GB/T 9704 §7.3.5: when the 落款 and 版记 would stand alone on the last page, the spacing is tightened
    // so that they stay with the body; the standard grid is kept whenever that is not needed.
    std::vector<Page> pages;
    for (int lines = standardLinesPerPage; lines <= tightestLinesPerPage; ++lines) {
        Layouter layouter(m_fonts, lines);
        std::vector<Page> attempt = layouter.run(document);
        if (pages.empty() || !layouter.closingAlone())
            pages = std::move(attempt);
        if (!layouter.closingAlone())
            return pages;
    }
    // Tightening was not enough (the body fills its last page to the foot): on the standard grid, the body's
    // last lines go over to the closing's page (at least two, never leaving a heading behind them), as a
    // typesetter would, rather than the 落款 and 版记 on a page of their own.
    Layouter measured(m_fonts, standardLinesPerPage);
    (void)measured.run(document);
    const int total = measured.bodyLines();
    if (measured.endsWithTable() || total < 4)
        return pages;
    for (int carry = 2; carry <= 6 && carry < total; ++carry) {
        const int at = total - carry;
        if (measured.headingLine(at - 1))
            continue; // a heading would stay behind at the foot of the page before
        Layouter layouter(m_fonts, standardLinesPerPage);
        layouter.breakBeforeBodyLine(at);
        std::vector<Page> attempt = layouter.run(document);
        if (!layouter.closingAlone())
            return attempt;
    }
    return pages;
}

Result<void> DocumentRenderer::paint(const OfficialDocument &document, QPagedPaintDevice &device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    const std::vector<Page> pages = layOut(document);
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, tr("Could not start painting the document."));
    painter.setRenderHint(QPainter::Antialiasing);
    return paintPages(painter, device, pages.size(), tr("Could not start page %1 of the document."),
                      tr("Could not finish painting the document."),
                      [&](size_t i) { drawPage(painter, pages[i], Qt::FlatCap); });
}

void DocumentRenderer::drawPage(QPainter &painter, const Page &page, Qt::PenCapStyle cap)
{
    for (const Rule &r : page.rules) {
        painter.setPen(QPen(r.color, r.width, Qt::SolidLine, cap));
        painter.drawLine(r.line);
    }
    for (const Text &t : page.texts) {
        painter.setFont(t.font);
        painter.setPen(t.color);
        painter.drawText(t.baseline, t.text);
    }
}

Result<QByteArray> DocumentRenderer::pdf(const OfficialDocument &document) const
{
    return paintPdf(document.title, document.auditHead,
                    [&](QPdfWriter &writer) { return paint(document, writer); });
}

} // namespace oversight
