#include "tabledocument.h"

#include "landscapepage.h"
#include "pagedoutput.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace oversight {

namespace {

using Role = DocumentFonts::Role;
using Page = DocumentRenderer::Page;
using namespace landscape;

const qreal contentWidth = pageWidth - 2 * marginX;
const qreal cellPadX = DocumentRenderer::mm(1.6);
const qreal cellPadY = DocumentRenderer::mm(1.4);
constexpr qreal titlePoints = 18;
constexpr qreal subtitlePoints = 12;
constexpr qreal cellPoints = 11;
constexpr qreal footPoints = 10.5;
const qreal ruleWidth = DocumentRenderer::mm(0.25);
const qreal frameWidth = DocumentRenderer::mm(0.5);

class Layouter
{
public:
    explicit Layouter(const DocumentFonts &fonts) : m_fonts(fonts) {}

    std::vector<Page> run(const TableDocument &t)
    {
        const QFont cell = m_fonts.font(Role::Body, cellPoints);
        const QFont head = m_fonts.font(Role::Heading, cellPoints);
        const qreal lineHeight = cellPoints * 100 * 1.45;

        // Column edges: a centred column (numbers, dates, short words) is as wide as its widest cell, so it
        // never wraps; the others share what is left by their relative widths.
        std::vector<qreal> widths(size_t(t.headers.size()), 0);
        qreal fixed = 0;
        qreal total = 0;
        for (int i = 0; i < t.headers.size(); ++i) {
            if (t.centred.value(i, false)) {
                qreal w = advance(t.headers.at(i), head);
                for (const QStringList &row : t.rows)
                    w = std::max(w, advance(row.value(i), cell));
                widths[size_t(i)] = w + 2 * cellPadX + DocumentRenderer::mm(1);
                fixed += widths[size_t(i)];
            } else {
                total += i < t.widths.size() && t.widths.at(i) > 0 ? t.widths.at(i) : 1;
            }
        }
        std::vector<qreal> edges{marginX};
        for (int i = 0; i < t.headers.size(); ++i) {
            qreal w = widths[size_t(i)];
            if (!t.centred.value(i, false))
                w = std::max(qreal(0), contentWidth - fixed) *
                    (i < t.widths.size() && t.widths.at(i) > 0 ? t.widths.at(i) : 1) / total;
            edges.push_back(edges.back() + w);
        }

        const auto wrapRow = [&](const QStringList &cells, const QFont &font) {
            std::vector<QStringList> lines;
            for (int c = 0; c < t.headers.size(); ++c)
                lines.push_back(
                    wrap(cells.value(c), font, edges[size_t(c) + 1] - edges[size_t(c)] - 2 * cellPadX));
            return lines;
        };
        const auto rowHeight = [&](const std::vector<QStringList> &lines) {
            qsizetype n = 1;
            for (const QStringList &l : lines)
                n = std::max(n, l.size());
            return qreal(n) * lineHeight + 2 * cellPadY;
        };
        const std::vector<QStringList> headLines = wrapRow(t.headers, head);
        const qreal headHeight = rowHeight(headLines);
        const qreal bottom = pageHeight - marginBottom;

        newPage();
        qreal y = marginTop;
        const QFont titleFont = m_fonts.font(Role::Title, titlePoints);
        y += titlePoints * 100;
        centred(t.title, titleFont, y);
        y += titlePoints * 100 * 0.8;
        if (!t.subtitle.isEmpty()) {
            const QFont sub = m_fonts.font(Role::Kai, subtitlePoints);
            for (const QString &line : wrap(t.subtitle, sub, contentWidth)) {
                y += subtitlePoints * 100 * 1.5;
                centred(line, sub, y);
            }
            y += subtitlePoints * 100 * 0.8;
        }

        qreal tableTop = y;
        const auto drawRow = [&](const std::vector<QStringList> &lines, const QFont &font, qreal top, qreal h,
                                 bool header) {
            for (size_t c = 0; c < lines.size(); ++c) {
                const bool centre = header || t.centred.value(qsizetype(c), false);
                const qreal cellWidth = edges[c + 1] - edges[c] - 2 * cellPadX;
                qreal baseline = top + cellPadY + lineHeight / 2 + 0.38 * font.pixelSize();
                const qreal used = qreal(lines[c].size()) * lineHeight;
                if (header)
                    baseline += (h - 2 * cellPadY - used) / 2;
                for (const QString &line : lines[c]) {
                    const qreal x = centre ? edges[c] + cellPadX + (cellWidth - advance(line, font)) / 2
                                           : edges[c] + cellPadX;
                    m_pages.back().texts.push_back({QPointF(x, baseline), line, font, Qt::black});
                    baseline += lineHeight;
                }
            }
            hRule(top + h, ruleWidth);
        };
        const auto closeTable = [&](qreal to) {
            hRule(tableTop, frameWidth);
            hRule(to, frameWidth);
            for (size_t c = 0; c < edges.size(); ++c) {
                const qreal w = c == 0 || c + 1 == edges.size() ? frameWidth : ruleWidth;
                m_pages.back().rules.push_back({QLineF(edges[c], tableTop, edges[c], to), w, Qt::black});
            }
        };
        const auto header = [&]() {
            drawRow(headLines, head, y, headHeight, true);
            y += headHeight;
        };

        header();
        for (const QStringList &row : t.rows) {
            const std::vector<QStringList> lines = wrapRow(row, cell);
            const qreal h = rowHeight(lines);
            if (y + h > bottom) {
                closeTable(y);
                newPage();
                y = marginTop;
                tableTop = y;
                header();
            }
            drawRow(lines, cell, y, h, false);
            y += h;
        }
        closeTable(y);

        if (!t.closing.isEmpty()) {
            const QFont body = m_fonts.font(Role::Body, subtitlePoints);
            for (const QString &line : wrap(t.closing, body, contentWidth)) {
                if (y + subtitlePoints * 100 * 1.8 > bottom) {
                    newPage();
                    y = marginTop;
                }
                y += subtitlePoints * 100 * 1.8;
                m_pages.back().texts.push_back({QPointF(marginX, y), line, body, Qt::black});
            }
        }

        // 第 N 页 共 M 页 at the foot of every page.
        const QFont foot = m_fonts.font(Role::Body, footPoints);
        for (size_t i = 0; i < m_pages.size(); ++i) {
            // Domain text, like the official documents: the page is Chinese whatever the interface speaks.
            const QString s = QStringLiteral("第 %1 页  共 %2 页").arg(i + 1).arg(m_pages.size());
            m_pages[i].texts.push_back(
                {QPointF((pageWidth - advance(s, foot)) / 2, pageHeight - DocumentRenderer::mm(10)), s, foot,
                 Qt::black});
        }
        return std::move(m_pages);
    }

private:
    qreal advance(const QString &s, const QFont &font) const { return m_measure.advance(s, font); }
    void newPage() { m_pages.emplace_back(); }
    void centred(const QString &s, const QFont &font, qreal baseline)
    {
        m_pages.back().texts.push_back(
            {QPointF((pageWidth - advance(s, font)) / 2, baseline), s, font, Qt::black});
    }
    void hRule(qreal y, qreal width)
    {
        m_pages.back().rules.push_back({QLineF(marginX, y, marginX + contentWidth, y), width, Qt::black});
    }
    /// Greedy breaking by character, with the usual rule that closing punctuation does not begin a line;
    /// explicit line feeds are kept.
    QStringList wrap(const QString &text, const QFont &font, qreal width) const
    {
        static const QString noLineStart = QStringLiteral("。，、；：？！）》」』〕】”’…%");
        QStringList out;
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            QString line;
            for (qsizetype i = 0; i < paragraph.size(); ++i) {
                const QChar ch = paragraph.at(i);
                const QString tried = line + ch;
                if (!line.isEmpty() && advance(tried, font) > width && !noLineStart.contains(ch)) {
                    out.append(line);
                    line = QString(ch);
                } else {
                    line = tried;
                }
            }
            out.append(line);
        }
        return out;
    }

    const DocumentFonts &m_fonts;
    Measure m_measure;
    std::vector<Page> m_pages;
};

} // namespace

std::vector<DocumentRenderer::Page> TableDocumentRenderer::layOut(const TableDocument &table) const
{
    return Layouter(m_fonts).run(table);
}

Result<void> TableDocumentRenderer::paint(const TableDocument &table, QPagedPaintDevice &device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    const std::vector<DocumentRenderer::Page> pages = layOut(table);
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, tr("Could not start painting the table."));
    painter.setRenderHint(QPainter::Antialiasing);
    return paintPages(painter, device, pages.size(), tr("Could not start page %1 of the table."),
                      tr("Could not finish painting the table."),
                      [&](size_t i) { DocumentRenderer::drawPage(painter, pages[i], Qt::SquareCap); });
}

Result<QByteArray> TableDocumentRenderer::pdf(const TableDocument &table) const
{
    return paintPdf(table.title, {}, [&](QPdfWriter &writer) { return paint(table, writer); });
}

} // namespace oversight
