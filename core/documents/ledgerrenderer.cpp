#include "ledgerrenderer.h"

#include "pagedoutput.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>

#include <algorithm>
#include <cmath>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace oversight {

namespace {

using Role = DocumentFonts::Role;

constexpr qreal mm(qreal millimetres)
{
    return millimetres * 7200.0 / 25.4;
}

// The sheet (A4 landscape) and the table, in millimetres.
constexpr qreal pageWidthMm = 297;
constexpr qreal pageHeightMm = 210;
constexpr qreal leftMm = 15;
constexpr qreal topMm = 14;
constexpr qreal tableBottomMm = pageHeightMm - 17; // the page number sits below
constexpr qreal pageNumberBaselineMm = pageHeightMm - 9;

// 序号, 单位, 改革领域, 问题来源, 问题描述, 整改措施, 责任人, 整改时限, 整改状态, 完成情况: 267 mm in all.
constexpr qreal columnWidthsMm[] = {11, 24, 28, 18.5, 52, 45, 15, 21.5, 20, 32};
constexpr int columnCount = 10;
// Columns whose short content is centred; the others are read as text, from the left.
constexpr bool centred[] = {true, false, false, true, false, false, true, true, true, false};

constexpr qreal cellPointSize = 10.5; // 五号
constexpr qreal titlePointSize = 18;  // 小二
constexpr qreal subtitlePointSize = 12;
constexpr qreal signaturePointSize = 12;
const qreal padX = mm(1.4);
const qreal padY = mm(1.6);
constexpr qreal lineFactor = 1.42;

enum Face
{
    CellFace,
    HeaderFace,
    TitleFace,
    SubtitleFace,
    SignatureFace,
};

const QString noLineStart = QStringLiteral("。，、；：？！）》」』〕】”’…—·%,.;:?!)]}");
const QString noLineEnd = QStringLiteral("（《「『〔【“‘([{");

bool isNarrow(QChar c)
{
    return c.unicode() < 0x2E80 && !c.isSpace();
}

qreal columnLeft(int column)
{
    qreal x = mm(leftMm);
    for (int i = 0; i < column; ++i)
        x += mm(columnWidthsMm[i]);
    return x;
}

qreal tableWidth()
{
    return columnLeft(columnCount) - columnLeft(0);
}


/// Lays the ledger out page by page; measures with a 7200 dpi image so that every length is in layout units.
class Layouter
{
public:
    explicit Layouter(const std::vector<QFont> &faces) : m_faces(faces), m_measure(8, 8, QImage::Format_RGB32)
    {
        m_measure.setDotsPerMeterX(qRound(7200 / 0.0254));
        m_measure.setDotsPerMeterY(qRound(7200 / 0.0254));
        for (const QFont &f : m_faces)
            m_metrics.emplace_back(f, &m_measure);
        m_advances.assign(m_faces.size(), std::vector<qreal>(0x10000, -1.0));
        m_linePitch = lineFactor * m_faces[CellFace].pixelSize();
    }

    std::vector<LedgerRenderer::Page> run(const LedgerDocument &doc)
    {
        newPage();
        title(doc);
        headerRow();
        for (size_t i = 0; i < doc.rows.size(); ++i)
            row(int(i), LedgerDocument::cells(doc.rows[i]));
        closeTable();
        signature();
        pageNumbers();
        return std::move(m_pages);
    }

private:
    LedgerRenderer::Page &page() { return m_pages.back(); }

    qreal advance(int face, QChar c)
    {
        std::vector<qreal> &table = m_advances[size_t(face)];
        qreal &a = table[c.unicode()];
        if (a < 0)
            a = m_metrics[size_t(face)].horizontalAdvance(c);
        return a;
    }
    qreal width(int face, const QString &s)
    {
        qreal w = 0;
        for (QChar c : s)
            w += advance(face, c);
        return w;
    }
    qreal width(int face, const QChar *s, qsizetype n)
    {
        qreal w = 0;
        for (qsizetype i = 0; i < n; ++i)
            w += advance(face, s[i]);
        return w;
    }

    /// A piece of a paragraph that is placed whole: one CJK character, one space, or a run of narrow
    /// characters (Latin letters, digits).
    struct Piece
    {
        qsizetype from = 0;
        qsizetype length = 0;
        qreal width = 0;
    };

    /// `text` broken into lines of at most `limit`: CJK text breaks between any two characters, a run of
    /// Latin letters or digits only at a space (or inside itself when it is longer than a line); no line
    /// starts with a closing mark or ends with an opening one. Works on indexes: ten thousand rows of ten
    /// cells each pass through here.
    QStringList wrap(int face, const QString &text, qreal limit)
    {
        QStringList out;
        const QChar *chars = text.constData();
        qsizetype paragraphStart = 0;
        while (paragraphStart <= text.size()) {
            qsizetype paragraphEnd = text.indexOf(QLatin1Char('\n'), paragraphStart);
            if (paragraphEnd < 0)
                paragraphEnd = text.size();
            std::vector<Piece> &pieces = m_pieces;
            pieces.clear();
            for (qsizetype i = paragraphStart; i < paragraphEnd;) {
                qsizetype j = i + 1;
                if (isNarrow(chars[i])) {
                    while (j < paragraphEnd && isNarrow(chars[j]) && !noLineEnd.contains(chars[j]))
                        ++j;
                } else if (chars[i].isHighSurrogate() && j < paragraphEnd) {
                    ++j;
                }
                pieces.push_back({i, j - i, width(face, chars + i, j - i)});
                i = j;
            }
            const auto emitLine = [&](size_t from, size_t to) {
                if (from >= to) {
                    out.append(QString());
                    return;
                }
                const qsizetype a = pieces[from].from;
                const qsizetype b = pieces[to - 1].from + pieces[to - 1].length;
                out.append(text.mid(a, b - a).trimmed());
            };
            size_t lineStart = 0;
            qreal used = 0;
            for (size_t k = 0; k < pieces.size(); ++k) {
                const Piece piece = pieces[k];
                if (used + piece.width <= limit + 0.01) {
                    used += piece.width;
                    continue;
                }
                const QChar first = chars[piece.from];
                if (first.isSpace()) { // a space at the end of a line disappears
                    emitLine(lineStart, k);
                    lineStart = k + 1;
                    used = 0;
                    continue;
                }
                if (isNarrow(first) && piece.width > limit) {
                    // A run longer than a line: as much as fits here, the rest on the next lines.
                    qsizetype fit = 0;
                    qreal fw = 0;
                    while (fit < piece.length &&
                           used + fw + advance(face, chars[piece.from + fit]) <= limit + 0.01)
                        fw += advance(face, chars[piece.from + fit++]);
                    if (fit == 0 && lineStart == k)
                        fit = 1;
                    if (fit > 0) {
                        pieces[k] = {piece.from, fit, fw};
                        pieces.insert(pieces.begin() + qsizetype(k) + 1,
                                      {piece.from + fit, piece.length - fit,
                                       width(face, chars + piece.from + fit, piece.length - fit)});
                        emitLine(lineStart, k + 1);
                        lineStart = k + 1;
                    } else {
                        emitLine(lineStart, k);
                        lineStart = k;
                        --k;
                    }
                    used = 0;
                    continue;
                }
                // Kinsoku: a closing mark takes the previous piece with it; an opening mark goes down.
                size_t breakAt = k;
                if (noLineStart.contains(first) && breakAt - lineStart > 1)
                    --breakAt;
                while (breakAt - lineStart > 1) {
                    const Piece &last = pieces[breakAt - 1];
                    if (!noLineEnd.contains(chars[last.from + last.length - 1]))
                        break;
                    --breakAt;
                }
                if (breakAt == lineStart) { // nothing fits: the piece stands alone on its line
                    emitLine(k, k + 1);
                    lineStart = k + 1;
                    used = 0;
                    continue;
                }
                emitLine(lineStart, breakAt);
                lineStart = breakAt;
                used = 0;
                for (size_t m = breakAt; m <= k; ++m)
                    used += pieces[m].width;
            }
            if (lineStart < pieces.size() || out.isEmpty() || paragraphStart == paragraphEnd)
                emitLine(lineStart, pieces.size());
            paragraphStart = paragraphEnd + 1;
        }
        while (out.size() > 1 && out.last().isEmpty())
            out.removeLast();
        return out;
    }

    void text(qreal x, qreal y, const QString &s, int face)
    {
        page().texts.push_back({QPointF(x, y), s, face});
    }

    void newPage()
    {
        // A page holds about as many texts and rules as the one before it: reserved, they are not copied as
        // they grow (a 10,000-problem ledger places 200,000 texts).
        const size_t texts = m_pages.empty() ? 256 : m_pages.back().texts.size() + 32;
        const size_t rules = m_pages.empty() ? 64 : m_pages.back().thinRules.size() + 16;
        m_pages.emplace_back();
        m_pages.back().texts.reserve(texts);
        m_pages.back().thinRules.reserve(rules);
        m_y = mm(topMm);
        m_tableTop = -1;
    }

    void title(const LedgerDocument &doc)
    {
        const QFont &tf = m_faces[TitleFace];
        const qreal titleWidth = width(TitleFace, doc.title);
        const qreal base = mm(topMm) + tf.pixelSize() * 0.9;
        text(columnLeft(0) + (tableWidth() - titleWidth) / 2, base, doc.title, TitleFace);
        const QFont &sf = m_faces[SubtitleFace];
        const qreal subBase = base + tf.pixelSize() * 0.55 + sf.pixelSize() * 1.3;
        text(columnLeft(0) + (tableWidth() - width(SubtitleFace, doc.subtitle)) / 2, subBase, doc.subtitle,
             SubtitleFace);
        m_y = subBase + sf.pixelSize() * 0.9;
    }

    /// Baselines of `lineCount` lines centred in a band from `top` of height `height`.
    qreal firstBaseline(qreal top, qreal height, int lineCount, const QFont &font) const
    {
        const qreal block = lineCount * m_linePitch;
        return top + (height - block) / 2 + (m_linePitch - font.pixelSize()) / 2 + 0.86 * font.pixelSize();
    }

    void cellLines(int column, const QStringList &lines, qreal top, qreal height, int face)
    {
        const QFont &font = m_faces[size_t(face)];
        qreal y = firstBaseline(top, height, int(lines.size()), font);
        const qreal inner = mm(columnWidthsMm[column]) - 2 * padX;
        for (const QString &line : lines) {
            if (!line.isEmpty()) {
                const qreal x = centred[column] ? columnLeft(column) + padX + (inner - width(face, line)) / 2
                                                : columnLeft(column) + padX;
                text(x, y, line, face);
            }
            y += m_linePitch;
        }
    }

    void openTable()
    {
        m_tableTop = m_y;
        page().thickRules.push_back(QLineF(columnLeft(0), m_y, columnLeft(columnCount), m_y));
    }

    void headerRow()
    {
        const QStringList headers = LedgerDocument::headers();
        std::vector<QStringList> lines;
        int most = 1;
        for (int c = 0; c < columnCount; ++c) {
            lines.push_back(wrap(HeaderFace, headers.at(c), mm(columnWidthsMm[c]) - 2 * padX));
            most = std::max(most, int(lines.back().size()));
        }
        const qreal height = std::max(most, 2) * m_linePitch + 2 * padY;
        openTable();
        page().shaded.push_back(QRectF(columnLeft(0), m_y, tableWidth(), height));
        for (int c = 0; c < columnCount; ++c) {
            const QFont &font = m_faces[HeaderFace];
            qreal y = firstBaseline(m_y, height, int(lines[size_t(c)].size()), font);
            const qreal inner = mm(columnWidthsMm[c]) - 2 * padX;
            for (const QString &line : lines[size_t(c)]) {
                text(columnLeft(c) + padX + (inner - width(HeaderFace, line)) / 2, y, line, HeaderFace);
                y += m_linePitch;
            }
        }
        m_y += height;
        page().thickRules.push_back(QLineF(columnLeft(0), m_y, columnLeft(columnCount), m_y));
        m_headerHeight = height;
    }

    void closeTable()
    {
        if (m_tableTop < 0)
            return;
        // The column rules from the table's top to its last row on this page, the outer ones heavier.
        for (int c = 0; c <= columnCount; ++c) {
            const QLineF l(columnLeft(c), m_tableTop, columnLeft(c), m_y);
            if (c == 0 || c == columnCount)
                page().thickRules.push_back(l);
            else
                page().thinRules.push_back(l);
        }
        page().thickRules.push_back(QLineF(columnLeft(0), m_y, columnLeft(columnCount), m_y));
        m_tableTop = -1;
    }

    void continueOnNewPage()
    {
        closeTable();
        newPage();
        headerRow();
    }

    void row(int index, const QStringList &cells)
    {
        std::vector<QStringList> lines;
        int most = 1;
        for (int c = 0; c < columnCount; ++c) {
            lines.push_back(wrap(CellFace, cells.at(c), mm(columnWidthsMm[c]) - 2 * padX));
            most = std::max(most, int(lines.back().size()));
        }
        const qreal height = most * m_linePitch + 2 * padY;
        const qreal limit = mm(tableBottomMm);
        if (m_y + height > limit && m_y > m_tableTop + m_headerHeight + 1) {
            // Not on this page. A row that fits a fresh page goes there whole.
            if (mm(topMm) + m_headerHeight + height <= limit)
                continueOnNewPage();
        }
        page().rows.push_back(index);
        if (m_y + height <= limit) {
            for (int c = 0; c < columnCount; ++c)
                cellLines(c, lines[size_t(c)], m_y, height, CellFace);
            m_y += height;
            page().thinRules.push_back(QLineF(columnLeft(0), m_y, columnLeft(columnCount), m_y));
            return;
        }
        // Taller than a page: its lines run on from page to page, the header row repeated, each part
        // top-aligned.
        int from = 0;
        while (from < most) {
            const int fit = std::max(1, int((limit - m_y - 2 * padY) / m_linePitch));
            const int to = std::min(most, from + fit);
            const qreal partHeight = (to - from) * m_linePitch + 2 * padY;
            for (int c = 0; c < columnCount; ++c) {
                const QStringList &all = lines[size_t(c)];
                const QStringList part = all.mid(from, std::max(0, std::min(int(all.size()), to) - from));
                const QFont &font = m_faces[CellFace];
                qreal y = m_y + padY + (m_linePitch - font.pixelSize()) / 2 + 0.86 * font.pixelSize();
                const qreal inner = mm(columnWidthsMm[c]) - 2 * padX;
                for (const QString &line : part) {
                    const qreal x = centred[c] ? columnLeft(c) + padX + (inner - width(CellFace, line)) / 2
                                               : columnLeft(c) + padX;
                    if (!line.isEmpty())
                        text(x, y, line, CellFace);
                    y += m_linePitch;
                }
            }
            m_y += partHeight;
            from = to;
            if (from < most) {
                page().lastRowContinues = true;
                continueOnNewPage();
                page().rows.push_back(index);
            } else {
                page().thinRules.push_back(QLineF(columnLeft(0), m_y, columnLeft(columnCount), m_y));
            }
        }
    }

    void signature()
    {
        const QFont &font = m_faces[SignatureFace];
        const qreal needed = mm(9) + font.pixelSize() * 1.2;
        if (m_y + needed > mm(tableBottomMm) + mm(6))
            newPage();
        const qreal base = m_y + mm(10) + font.pixelSize() * 0.8;
        const qreal blank = mm(42);
        const QStringList labels{QStringLiteral("填报人："), QStringLiteral("审核人："),
                                 QStringLiteral("日期：")};
        const qreal step = tableWidth() / 3;
        for (int i = 0; i < 3; ++i) {
            const qreal x = columnLeft(0) + mm(12) + i * step;
            text(x, base, labels.at(i), SignatureFace);
            const qreal start = x + width(SignatureFace, labels.at(i));
            if (i < 2) {
                page().thinRules.push_back(QLineF(start, base + mm(1.2), start + blank, base + mm(1.2)));
            } else {
                const QString blankDate = QStringLiteral("　　　　年　　月　　日");
                text(start, base, blankDate, SignatureFace);
            }
        }
        m_y = base + mm(4);
    }

    void pageNumbers()
    {
        const int total = int(m_pages.size());
        for (int i = 0; i < total; ++i) {
            const QString s = QStringLiteral("第 %1 页 共 %2 页").arg(i + 1).arg(total);
            m_pages[size_t(i)].texts.push_back(
                {QPointF(columnLeft(0) + (tableWidth() - width(CellFace, s)) / 2, mm(pageNumberBaselineMm)),
                 s, CellFace});
        }
    }

    const std::vector<QFont> &m_faces;
    QImage m_measure;
    std::vector<QFontMetricsF> m_metrics;
    std::vector<std::vector<qreal>> m_advances; ///< per face, by UTF-16 code unit; -1 until measured
    std::vector<Piece> m_pieces;
    std::vector<LedgerRenderer::Page> m_pages;
    qreal m_linePitch = 0;
    qreal m_y = 0;
    qreal m_tableTop = -1;
    qreal m_headerHeight = 0;
};

} // namespace

LedgerRenderer::LedgerRenderer(DocumentFonts fonts) : m_fonts(std::move(fonts))
{
    m_faces = {m_fonts.font(Role::Body, cellPointSize), m_fonts.font(Role::Heading, cellPointSize),
               m_fonts.font(Role::Title, titlePointSize), m_fonts.font(Role::Body, subtitlePointSize),
               m_fonts.font(Role::Body, signaturePointSize)};
}

std::pair<double, double> LedgerRenderer::columnMm(int column)
{
    return {columnLeft(column) * 25.4 / 7200.0, columnWidthsMm[std::clamp(column, 0, columnCount - 1)]};
}

std::vector<LedgerRenderer::Page> LedgerRenderer::layOut(const LedgerDocument &document) const
{
    return Layouter(m_faces).run(document);
}

Result<void> LedgerRenderer::paint(const LedgerDocument &document, QPagedPaintDevice &device) const
{
    return paint(layOut(document), device);
}

Result<void> LedgerRenderer::paint(const std::vector<Page> &pages, QPagedPaintDevice &device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, tr("Could not start painting the ledger."));
    const QPen thin(Qt::black, 30, Qt::SolidLine, Qt::SquareCap);  // 0.3 pt
    const QPen thick(Qt::black, 80, Qt::SolidLine, Qt::SquareCap); // 0.8 pt

    // Text is drawn as glyph runs placed with the layout's own advances: drawText() would shape every line
    // again, and with design metrics FreeType loads each glyph's outline for its advance, which made painting
    // a 10,000-problem ledger take seconds. A line with a character the face lacks is drawn with drawText(),
    // which finds a fallback face for it.
    std::vector<QRawFont> rawFonts;
    for (const QFont &f : m_faces)
        rawFonts.push_back(QRawFont::fromFont(f));
    std::vector<QHash<quint32, qreal>> advances(m_faces.size());
    QList<QPointF> positions;
    const auto drawRun = [&](const Text &t) {
        const QRawFont &raw = rawFonts[size_t(t.font)];
        if (!raw.isValid())
            return false;
        const QList<quint32> glyphs = raw.glyphIndexesForString(t.text);
        if (glyphs.size() != t.text.size())
            return false;
        positions.resize(glyphs.size());
        QHash<quint32, qreal> &cache = advances[size_t(t.font)];
        qreal x = 0;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            if (glyphs.at(i) == 0 && !t.text.at(i).isSpace())
                return false;
            positions[i] = QPointF(x, 0);
            auto it = cache.constFind(glyphs.at(i));
            if (it == cache.cend()) {
                const QList<QPointF> a =
                    raw.advancesForGlyphIndexes(QList<quint32>{glyphs.at(i)}, QRawFont::UseDesignMetrics);
                it = cache.insert(glyphs.at(i), a.isEmpty() ? 0 : a.first().x());
            }
            x += *it;
        }
        QGlyphRun run;
        run.setRawFont(raw);
        run.setGlyphIndexes(glyphs);
        run.setPositions(positions);
        painter.drawGlyphRun(t.baseline, run);
        return true;
    };

    return paintPages(painter, device, pages.size(), tr("Could not start page %1 of the ledger."),
                      tr("Could not finish painting the ledger."), [&](size_t i) {
                          const Page &page = pages[i];
                          for (const QRectF &r : page.shaded)
                              painter.fillRect(r, QColor(232, 232, 232));
                          painter.setPen(thin);
                          painter.drawLines(page.thinRules.data(), int(page.thinRules.size()));
                          painter.setPen(thick);
                          painter.drawLines(page.thickRules.data(), int(page.thickRules.size()));
                          painter.setPen(Qt::black);
                          int face = -1;
                          for (const Text &t : page.texts) {
                              if (drawRun(t))
                                  continue;
                              if (t.font != face) {
                                  face = t.font;
                                  painter.setFont(m_faces[size_t(face)]);
                              }
                              painter.drawText(t.baseline, t.text);
                          }
                      });
}

Result<QByteArray> LedgerRenderer::pdf(const LedgerDocument &document, int *pageCount) const
{
    const std::vector<Page> pages = layOut(document);
    if (pageCount)
        *pageCount = int(pages.size());
#if defined(__GLIBC__)
    // QPdfWriter deflates each page with a fresh zlib stream (about 256 KB of buffers) and copies the page
    // through temporary buffers. glibc maps the large ones afresh and hands freed memory back to the kernel
    // at once (the heap top exceeds its trim threshold), then takes it again for the next page: a thousand
    // pages cost tens of thousands of page faults, a quarter of the ledger's time on a virtual machine.
    // While the PDF is made, freed memory stays with the process; glibc's defaults come back, and the
    // memory is returned, afterwards.
    struct KeepFreedMemory
    {
        KeepFreedMemory()
        {
            mallopt(M_MMAP_THRESHOLD, 32 << 20);
            mallopt(M_TRIM_THRESHOLD, 64 << 20);
        }
        ~KeepFreedMemory()
        {
            mallopt(M_MMAP_THRESHOLD, 128 << 10);
            mallopt(M_TRIM_THRESHOLD, 128 << 10);
            malloc_trim(0);
        }
    } keepFreedMemory;
#endif
    // A page takes 3–4 KB.
    return paintPdf(
        document.title, document.auditHead, [&](QPdfWriter &writer) { return paint(pages, writer); },
        qsizetype(pages.size()) * 4096);
}

} // namespace oversight
