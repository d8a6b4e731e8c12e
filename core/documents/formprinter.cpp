#include "formprinter.h"

#include "domain/isodate.h"
#include "pagedoutput.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace oversight {

namespace {

constexpr qreal unitsPerMm = 7200.0 / 25.4;
constexpr qreal mm(qreal v)
{
    return v * unitsPerMm;
}

/// Breaks `text` into lines no wider than `width` (CJK text breaks between any two characters; a line break
/// in the text is kept).
QStringList wrap(const QString &text, const QFontMetricsF &fm, qreal width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        // Closing punctuation never starts a line: it hangs at the end of the one before.
        static const QString noStart = QStringLiteral("，。、；：？！）》」』”’)]}%");
        for (const QChar c : paragraph) {
            if (!line.isEmpty() && fm.horizontalAdvance(line + c) > width && !noStart.contains(c)) {
                lines.append(line);
                line.clear();
            }
            line += c;
        }
        lines.append(line);
    }
    return lines;
}

class Layout
{
public:
    Layout(const DocumentFonts &fonts, bool landscape)
        : m_width(mm(landscape ? 297 : 210)), m_height(mm(landscape ? 210 : 297)),
          m_title(fonts.font(DocumentFonts::Role::Title, 18)),
          m_head(fonts.font(DocumentFonts::Role::Heading, 10.5)),
          m_body(fonts.font(DocumentFonts::Role::Body, 10.5)),
          m_small(fonts.font(DocumentFonts::Role::Body, 9))
    {
        newPage();
    }

    void title(const QString &text)
    {
        const QFontMetricsF fm(m_title);
        for (const QString &line : wrap(text, fm, right() - left())) {
            m_y += fm.ascent();
            text_(QPointF((m_width - fm.horizontalAdvance(line)) / 2, m_y), line, m_title);
            m_y += fm.descent() + mm(2);
        }
        m_y += mm(3);
    }

    void line(const QString &text)
    {
        const QFontMetricsF fm(m_body);
        for (const QString &l : wrap(text, fm, right() - left())) {
            ensure(fm.height());
            m_y += fm.ascent();
            text_(QPointF(left(), m_y), l, m_body);
            m_y += fm.descent() + mm(1.5);
        }
    }

    /// A ruled table: `widths` are shares of the text width; the header repeats on each new page.
    void table(const QStringList &headers, const std::vector<qreal> &shares,
               const std::vector<QStringList> &rows)
    {
        qreal total = 0;
        for (qreal s : shares)
            total += s;
        std::vector<qreal> xs{left()};
        for (qreal s : shares)
            xs.push_back(xs.back() + (right() - left()) * s / total);
        m_y += mm(2);
        row(headers, xs, m_head);
        for (const QStringList &r : rows) {
            if (!fits(r, xs, m_body)) {
                newPage();
                row(headers, xs, m_head);
            }
            row(r, xs, m_body);
        }
        m_y += mm(4);
    }

    std::vector<FormPrinter::Page> finish(const QFont &numberFont)
    {
        const QFontMetricsF fm(numberFont);
        for (size_t i = 0; i < m_pages.size(); ++i) {
            // The form prints in the plan's language, as its labels do.
            const QString n = QStringLiteral("第 %1 页  共 %2 页").arg(i + 1).arg(m_pages.size());
            m_pages[i].texts.push_back(
                {QPointF((m_width - fm.horizontalAdvance(n)) / 2, m_height - mm(10)), n, numberFont});
        }
        return m_pages;
    }
    const QFont &small() const { return m_small; }

private:
    qreal left() const { return mm(18); }
    qreal right() const { return m_width - mm(18); }
    qreal bottom() const { return m_height - mm(18); }
    void newPage()
    {
        m_pages.emplace_back();
        m_y = mm(18);
    }
    void ensure(qreal height)
    {
        if (m_y + height > bottom())
            newPage();
    }
    void text_(QPointF at, const QString &text, const QFont &font)
    {
        m_pages.back().texts.push_back({at, text, font});
    }

    qreal rowHeight(const QStringList &cells, const std::vector<qreal> &xs, const QFont &font) const
    {
        const QFontMetricsF fm(font);
        qsizetype lines = 1;
        for (qsizetype c = 0; c < cells.size() && c + 1 < qsizetype(xs.size()); ++c)
            lines = std::max(lines, wrap(cells.at(c), fm, xs[size_t(c) + 1] - xs[size_t(c)] - mm(2)).size());
        return qreal(lines) * fm.height() + mm(2.5);
    }
    bool fits(const QStringList &cells, const std::vector<qreal> &xs, const QFont &font) const
    {
        return m_y + rowHeight(cells, xs, font) <= bottom();
    }
    void row(const QStringList &cells, const std::vector<qreal> &xs, const QFont &font)
    {
        const QFontMetricsF fm(font);
        const qreal h = rowHeight(cells, xs, font);
        ensure(h);
        Page &p = m_pages.back();
        p.rules.emplace_back(xs.front(), m_y, xs.back(), m_y);
        p.rules.emplace_back(xs.front(), m_y + h, xs.back(), m_y + h);
        for (qreal x : xs)
            p.rules.emplace_back(x, m_y, x, m_y + h);
        for (qsizetype c = 0; c < cells.size() && c + 1 < qsizetype(xs.size()); ++c) {
            qreal y = m_y + mm(1.25) + fm.ascent();
            for (const QString &l : wrap(cells.at(c), fm, xs[size_t(c) + 1] - xs[size_t(c)] - mm(2))) {
                text_(QPointF(xs[size_t(c)] + mm(1), y), l, font);
                y += fm.height();
            }
        }
        m_y += h;
    }

    using Page = FormPrinter::Page;
    qreal m_width;
    qreal m_height;
    QFont m_title;
    QFont m_head;
    QFont m_body;
    QFont m_small;
    qreal m_y = 0;
    std::vector<Page> m_pages;
};

} // namespace

FormPrinter::FormPrinter(DocumentFonts fonts) : m_fonts(std::move(fonts)) {}

std::vector<FormPrinter::Page> FormPrinter::layOut(const FormSpec &spec, const Submission &s,
                                                   const Header &header) const
{
    Layout l(m_fonts, landscape(spec));
    l.title(spec.id + QStringLiteral("  ") + spec.title);
    // Printed in the form's own language: the labels are the plan's Chinese.
    l.line(QStringLiteral("填报单位：%1").arg(header.unitName));
    l.line(QStringLiteral("填报人：%1    联系电话：%2    填报日期：%3")
               .arg(s.filledBy, s.phone, iso(s.filledOn)));
    if (!spec.fields.isEmpty()) {
        std::vector<QStringList> rows;
        for (const FieldSpec &f : spec.fields)
            rows.push_back({f.label, fieldValue(spec, s.data, f.key)});
        l.table({QStringLiteral("项目"), QStringLiteral("填报内容")}, {3, 2}, rows);
    }
    if (spec.hasRows()) {
        if (!spec.rowsTitle.isEmpty())
            l.line(spec.rowsTitle);
        QStringList headers{spec.fixedRows() ? QStringLiteral("事项") : QStringLiteral("序号")};
        std::vector<qreal> shares{spec.fixedRows() ? 4.0 : 0.6};
        for (const FieldSpec &c : spec.columns) {
            headers.append(c.label);
            // A date must fit on one line; numbers and 是/否 need little room; free text the most.
            switch (c.type) {
            case FieldSpec::Type::Text:
                shares.push_back(1.8);
                break;
            case FieldSpec::Type::Date:
                shares.push_back(1.6);
                break;
            case FieldSpec::Type::Choice:
            case FieldSpec::Type::MultiChoice:
                shares.push_back(1.3);
                break;
            default:
                shares.push_back(1.0);
            }
        }
        std::vector<QStringList> rows;
        for (size_t r = 0; r < s.data.rows.size(); ++r) {
            QStringList cells{spec.fixedRows() && qsizetype(r) < spec.items.size()
                                  ? spec.items.at(qsizetype(r)).label
                                  : QString::number(r + 1)};
            for (const FieldSpec &c : spec.columns)
                cells.append(s.data.rows[r].value(c.key));
            rows.push_back(cells);
        }
        l.table(headers, shares, rows);
    }
    if (!header.campaignTitle.isEmpty())
        l.line(header.campaignTitle);
    return l.finish(l.small());
}

Result<void> FormPrinter::paint(const FormSpec &spec, const Submission &submission, const Header &header,
                                QPagedPaintDevice &device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     landscape(spec) ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    const std::vector<Page> pages = layOut(spec, submission, header);
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, tr("Could not start painting the form."));
    return paintPages(painter, device, pages.size(), tr("Could not start page %1 of the form."),
                      tr("Could not finish painting the form."), [&](size_t i) {
                          painter.setPen(QPen(Qt::black, 50));
                          for (const QLineF &r : pages[i].rules)
                              painter.drawLine(r);
                          for (const Text &t : pages[i].texts) {
                              painter.setFont(t.font);
                              painter.drawText(t.baseline, t.text);
                          }
                      });
}

Result<QByteArray> FormPrinter::pdf(const FormSpec &spec, const Submission &submission,
                                    const Header &header) const
{
    return paintPdf(spec.id + spec.title, {},
                    [&](QPdfWriter &writer) { return paint(spec, submission, header, writer); });
}

} // namespace oversight
