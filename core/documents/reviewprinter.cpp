#include "reviewprinter.h"

#include "domain/draw.h"
#include "pagedoutput.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace oversight {

namespace {

constexpr qreal mm(qreal v)
{
    return v * 7200.0 / 25.4;
}
const qreal pageWidth = mm(210);
const qreal pageHeight = mm(297);
const qreal margin = mm(18);

/// A painter in layout units (1/100 pt) over one device, with a cursor that moves down the page.
class Sheet
{
public:
    Sheet(QPagedPaintDevice &device, const DocumentFonts &fonts, bool landscape = false)
        : sheetWidth(landscape ? pageHeight : pageWidth), sheetHeight(landscape ? pageWidth : pageHeight),
          m_device(device), m_fonts(fonts), m_landscape(landscape)
    {}

    Result<void> begin()
    {
        m_device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                           m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                           QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        if (!m_painter.begin(&m_device))
            return makeError(Error::Code::Io, ReviewPrinter::tr("Could not start painting."));
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.scale(m_device.logicalDpiX() / 7200.0, m_device.logicalDpiY() / 7200.0);
        y = margin;
        return {};
    }
    Result<void> end()
    {
        if (!m_painter.end())
            return makeError(Error::Code::Io, ReviewPrinter::tr("Could not finish painting."));
        return {};
    }
    bool newPage()
    {
        const QTransform t = m_painter.transform();
        if (!m_device.newPage())
            return false;
        m_painter.setTransform(t);
        y = margin;
        ++page;
        return true;
    }

    QFont font(DocumentFonts::Role role, qreal points) const { return m_fonts.font(role, points); }

    /// Text elided to `width`, baseline at y + ascent, aligned left, centre or right in [x, x + width).
    void text(qreal x, qreal width, const QString &s, const QFont &f, Qt::Alignment align = Qt::AlignLeft,
              qreal top = -1)
    {
        const QFontMetricsF lm(f); // pixel sizes are layout units
        const QString shown = lm.elidedText(s, Qt::ElideRight, width);
        const qreal w = lm.horizontalAdvance(shown);
        qreal left = x;
        if (align & Qt::AlignHCenter)
            left = x + (width - w) / 2;
        else if (align & Qt::AlignRight)
            left = x + width - w;
        m_painter.setFont(f);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QPointF(left, (top < 0 ? y : top) + lm.ascent()), shown);
    }
    static QStringList wrap(qreal width, const QString &s, const QFont &f)
    {
        const QFontMetricsF lm(f);
        QStringList lines;
        QString line;
        static const QString breaks = QStringLiteral("；，、 ");
        for (const QChar c : s) {
            if (lm.horizontalAdvance(line + c) > width && !line.isEmpty()) {
                // Break after the last separator in the line's second half, so numbers stay whole.
                qsizetype at = -1;
                for (qsizetype i = line.size() - 1; i > line.size() / 2; --i)
                    if (breaks.contains(line.at(i))) {
                        at = i + 1;
                        break;
                    }
                if (at > 0 && at < line.size()) {
                    lines << line.left(at);
                    line = line.mid(at);
                } else {
                    lines << line;
                    line.clear();
                }
            }
            line += c;
        }
        if (!line.isEmpty())
            lines << line;
        return lines;
    }
    /// The height paragraph() will use.
    static qreal measure(qreal width, const QString &s, const QFont &f)
    {
        return wrap(width, s, f).size() * QFontMetricsF(f).height() * 1.25;
    }
    /// Wrapped text in a box of `width`; returns the height used.
    qreal paragraph(qreal x, qreal width, const QString &s, const QFont &f)
    {
        const QFontMetricsF lm(f);
        const QStringList lines = wrap(width, s, f);
        const qreal lh = lm.height() * 1.25;
        for (const QString &l : lines) {
            text(x, width, l, f);
            y += lh;
        }
        return lines.size() * lh;
    }
    void rule(qreal x1, qreal y1, qreal x2, qreal y2, qreal width = 50)
    {
        m_painter.setPen(QPen(Qt::black, width, Qt::SolidLine, Qt::FlatCap));
        m_painter.drawLine(QLineF(x1, y1, x2, y2));
    }

    const qreal sheetWidth;  ///< layout units
    const qreal sheetHeight; ///< layout units
    qreal y = 0;
    int page = 1;

private:
    QPagedPaintDevice &m_device;
    const DocumentFonts &m_fonts;
    bool m_landscape = false;
    QPainter m_painter;
};

struct Column
{
    QString header;
    qreal width; // mm
    Qt::Alignment align = Qt::AlignLeft;
};

/// A ruled table row by row; starts a new page (repeating the header) when the next row would not fit.
class Table
{
public:
    Table(Sheet &sheet, std::vector<Column> columns, QFont body, QFont head, qreal rowHeight,
          qreal x = margin)
        : m_sheet(sheet), m_columns(std::move(columns)), m_body(std::move(body)), m_head(std::move(head)),
          m_row(rowHeight), m_x(x)
    {}
    void header()
    {
        QStringList h;
        for (const Column &c : m_columns)
            h << c.header;
        row(h, true);
    }
    bool row(const QStringList &cells, bool isHeader = false)
    {
        if (!isHeader && m_sheet.y + m_row > m_sheet.sheetHeight - margin) {
            if (!m_sheet.newPage())
                return false;
            header();
        }
        const qreal top = m_sheet.y;
        qreal x = m_x;
        const qreal pad = mm(1);
        const QFont &f = isHeader ? m_head : m_body;
        const qreal textTop = top + (m_row - QFontMetricsF(f).height()) / 2;
        for (int i = 0; i < int(m_columns.size()); ++i) {
            const qreal w = mm(m_columns[size_t(i)].width);
            m_sheet.text(x + pad, w - 2 * pad, cells.value(i), f,
                         isHeader ? Qt::AlignHCenter : m_columns[size_t(i)].align, textTop);
            m_sheet.rule(x, top, x, top + m_row, 30);
            x += w;
        }
        m_sheet.rule(x, top, x, top + m_row, 30);
        m_sheet.rule(m_x, top, x, top, isHeader ? 50 : 30);
        m_sheet.rule(m_x, top + m_row, x, top + m_row, 30);
        m_sheet.y = top + m_row;
        return true;
    }

private:
    Sheet &m_sheet;
    std::vector<Column> m_columns;
    QFont m_body, m_head;
    qreal m_row;
    qreal m_x;
};

QString when(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

Result<void> ReviewPrinter::paintDrawRecord(const Campaign &campaign, const DrawRecord &record,
                                            const std::vector<DrawnFile> &files,
                                            QPagedPaintDevice &device) const
{
    using Role = DocumentFonts::Role;
    Sheet s(device, m_fonts);
    if (auto r = s.begin(); !r)
        return r;
    const qreal width = pageWidth - 2 * margin;
    s.text(margin, width, QStringLiteral("%1行政执法案卷随机抽取记录").arg(campaign.authority),
           s.font(Role::Title, 18), Qt::AlignHCenter);
    s.y += mm(10);
    const QFont body = s.font(Role::Body, 10);
    const QFont head = s.font(Role::Heading, 10);
    const QFontMetricsF bm(body);
    const qreal line = bm.height() * 1.3;

    const std::vector<draw::PoolFile> pool = draw::poolFromText(record.pool);
    QStringList quotas;
    for (const draw::Quota &q : record.quotas)
        quotas << QStringLiteral("%1 %2/%3").arg(q.unit).arg(q.quota).arg(q.poolSize);
    QList<std::pair<QString, QString>> facts{
        {QStringLiteral("记录编号"), QString::number(record.id.value)},
        {QStringLiteral("抽取任务"), record.task},
        {QStringLiteral("抽取时间"), when(record.drawnAt)},
        {QStringLiteral("操作人员"), record.operatorName},
        {QStringLiteral("抽取数量"),
         QStringLiteral("%1卷（方案要求不少于%2卷）%3")
             .arg(record.requested)
             .arg(campaign.rules.spotCheckMinFiles)
             .arg(record.warning.isEmpty() ? QString() : QStringLiteral("；") + record.warning)},
        {QStringLiteral("案卷池"),
         QStringLiteral("%1个单位%2年度案卷目录共%3卷，按单位名称、案卷编号的UTF-8字节序排列")
             .arg(record.quotas.size())
             .arg(campaign.caseYear)
             .arg(pool.size())},
        {QStringLiteral("池指纹"), QStringLiteral("SHA-256 ") + record.poolSha256},
        {QStringLiteral("分配名额"),
         QStringLiteral("按案卷数比例、最大余额法、每单位至少1卷：") + quotas.join(QStringLiteral("；"))},
        {QStringLiteral("算法"), QStringLiteral("%1 第%2版（SplitMix64，拒绝采样，Fisher–Yates）")
                                     .arg(record.algorithm)
                                     .arg(record.algorithmVersion)},
        {QStringLiteral("随机种子"), QString::number(record.seed)},
        {QStringLiteral("评查人员"), record.hasReviewers()
                                         ? QStringLiteral("种子%1，人员池%2人，SHA-256 %3；回避重抽%4次")
                                               .arg(QString::number(*record.reviewerSeed))
                                               .arg(draw::reviewersFromText(record.reviewerPool).size())
                                               .arg(record.reviewerPoolSha256)
                                               .arg(record.reviewerResult.redraws.size())
                                         : QStringLiteral("尚未抽取（另行抽取并记入本记录）")},
    };
    if (!record.voidReason.isEmpty())
        facts.append({QStringLiteral("作废"), record.voidReason + QStringLiteral("（本次抽取不计入抽查）")});
    const qreal labelWidth = mm(22);
    for (const auto &[label, value] : facts) {
        s.text(margin, labelWidth, label + QStringLiteral("："), head);
        const qreal top = s.y;
        s.paragraph(margin + labelWidth, width - labelWidth, value, body);
        s.y = std::max(s.y, top + line);
    }
    s.y += mm(3);

    // The result: one column with the case names for up to 30 files; two columns without them beyond.
    // Below the table: the re-draws (by reviewer), then how to verify, then the signatures. Their height is
    // measured first, so the table takes what is left and the page stays one page.
    QString redrawText;
    if (!record.reviewerResult.redraws.empty()) {
        const std::vector<draw::Reviewer> people = draw::reviewersFromText(record.reviewerPool);
        std::vector<std::pair<int, QStringList>> byReviewer; // reviewer index → file numbers
        for (const draw::Redraw &r : record.reviewerResult.redraws) {
            auto it = std::find_if(byReviewer.begin(), byReviewer.end(),
                                   [&r](const auto &e) { return e.first == r.reviewer; });
            if (it == byReviewer.end())
                it = byReviewer.insert(byReviewer.end(), {r.reviewer, {}});
            it->second << QString::number(r.file + 1);
        }
        QStringList parts;
        for (const auto &[who, fileNumbers] : byReviewer)
            parts << QStringLiteral("%1（%2）%3次，第%4卷")
                         .arg(size_t(who) < people.size() ? people[size_t(who)].name : QString(),
                              size_t(who) < people.size() ? people[size_t(who)].affiliation : QString())
                         .arg(fileNumbers.size())
                         .arg(fileNumbers.join(QStringLiteral("、")));
        redrawText = QStringLiteral("回避重抽（抽中本单位人员，放回重抽）：") +
                     parts.join(QStringLiteral("；")) + QStringLiteral("。");
    }
    const QFont smallFont = s.font(Role::Body, 8);
    const QFont verifyFont = s.font(Role::Body, 9);
    const QString verifyText =
        QStringLiteral("复核方法：持本记录及上述单位的案卷目录，执行 oversight-cli draw verify %1，"
                       "或按记录的算法、案卷池和随机种子重新抽取，结果应与本记录一致。")
            .arg(record.id.value);
    const qreal below = (redrawText.isEmpty() ? 0 : s.measure(width, redrawText, smallFont) + mm(2)) + mm(3) +
                        s.measure(width, verifyText, verifyFont) + mm(14);

    const bool twoColumns = files.size() > 30;
    const qreal available = pageHeight - margin - below - s.y;
    const int rows = twoColumns ? int((files.size() + 1) / 2) : int(files.size());
    const qreal rowHeight = std::clamp(available / qreal(rows + 1), mm(3.4), mm(7));
    const qreal points = std::clamp(rowHeight / 100.0 * 0.55, 6.5, twoColumns ? 7.0 : 10.0);
    const QFont cell = s.font(Role::Body, points);
    const QFont cellHead = s.font(Role::Heading, points);
    const qreal tableTop = s.y;
    const auto reviewers = [](const DrawnFile &f) {
        return f.reviewer1.isEmpty() ? QStringLiteral("待抽取")
                                     : f.reviewer1 + QStringLiteral("、") + f.reviewer2;
    };
    if (!twoColumns) {
        Table t(s,
                {{QStringLiteral("序号"), 10, Qt::AlignHCenter},
                 {QStringLiteral("单位"), 38},
                 {QStringLiteral("案卷编号"), 36},
                 {QStringLiteral("案件名称"), 60},
                 {QStringLiteral("评查人员"), 30}},
                cell, cellHead, rowHeight);
        t.header();
        for (const DrawnFile &f : files)
            t.row({QString::number(f.position + 1), f.unitName, f.number, f.title, reviewers(f)});
    } else {
        // Two columns without the case names; the number is what identifies a file, so it is never cut.
        const qreal half = width / 2 - mm(1);
        for (int col = 0; col < 2; ++col) {
            s.y = tableTop;
            Table t(s,
                    {{QStringLiteral("序号"), 8, Qt::AlignHCenter},
                     {QStringLiteral("单位"), 27},
                     {QStringLiteral("案卷编号"), 33},
                     {QStringLiteral("评查人员"), half / mm(1) - 8 - 27 - 33}},
                    cell, cellHead, rowHeight, margin + col * (half + mm(2)));
            t.header();
            for (int i = col * rows; i < std::min(int(files.size()), (col + 1) * rows); ++i) {
                const DrawnFile &f = files[size_t(i)];
                t.row({QString::number(f.position + 1), f.unitName, f.number, reviewers(f)});
            }
        }
        s.y = tableTop + (rows + 1) * rowHeight;
    }
    s.y += mm(2);
    if (!redrawText.isEmpty()) {
        s.paragraph(margin, width, redrawText, smallFont);
        s.y += mm(2);
    }
    s.y += mm(3);
    s.paragraph(margin, width, verifyText, verifyFont);
    s.y += mm(6);
    const QFont sign = s.font(Role::Body, 11);
    s.text(margin, width / 3, QStringLiteral("操作人："), sign);
    s.text(margin + width / 3, width / 3, QStringLiteral("监督人："), sign);
    s.text(margin + 2 * width / 3, width / 3, QStringLiteral("日期："), sign);
    return s.end();
}

Result<QByteArray> ReviewPrinter::drawRecordPdf(const Campaign &campaign, const DrawRecord &record,
                                                const std::vector<DrawnFile> &files) const
{
    return paintPdf(QStringLiteral("随机抽取记录"), {},
                    [&](QPagedPaintDevice &d) { return paintDrawRecord(campaign, record, files, d); });
}

Result<void> ReviewPrinter::paintResults(const Campaign &campaign, const std::vector<UnitReviewResult> &units,
                                         const std::vector<DrawnFile> &files, QPagedPaintDevice &device) const
{
    using Role = DocumentFonts::Role;
    Sheet s(device, m_fonts, true); // landscape: the problems need the width
    if (auto r = s.begin(); !r)
        return r;
    const qreal width = s.sheetWidth - 2 * margin;
    s.text(margin, width, QStringLiteral("%1年度行政执法案卷抽查结果").arg(campaign.caseYear),
           s.font(Role::Title, 18), Qt::AlignHCenter);
    s.y += mm(11);
    const QFont cell = s.font(Role::Body, 9);
    const QFont head = s.font(Role::Heading, 9);
    const qreal row = mm(6.5);
    s.text(margin, width, QStringLiteral("一、按单位"), s.font(Role::Heading, 12));
    s.y += mm(7);
    {
        Table t(s,
                {{QStringLiteral("单位"), 42},
                 {QStringLiteral("抽查"), 11, Qt::AlignHCenter},
                 {QStringLiteral("已评"), 11, Qt::AlignHCenter},
                 {QStringLiteral("平均分"), 14, Qt::AlignHCenter},
                 {QStringLiteral("等次"), 13, Qt::AlignHCenter},
                 {QStringLiteral("优秀"), 10, Qt::AlignHCenter},
                 {QStringLiteral("良好"), 10, Qt::AlignHCenter},
                 {QStringLiteral("合格"), 10, Qt::AlignHCenter},
                 {QStringLiteral("不合格"), 12, Qt::AlignHCenter},
                 {QStringLiteral("主要问题"), 128}},
                cell, head, row);
        t.header();
        for (const UnitReviewResult &u : units)
            t.row({u.unit, QString::number(u.filesDrawn), QString::number(u.filesReviewed),
                   u.filesReviewed ? scoreText(std::round(u.averageScore * 10) / 10) : QStringLiteral("—"),
                   u.filesReviewed ? gradeWord(u.averageGrade) : QStringLiteral("—"),
                   QString::number(u.excellent), QString::number(u.good), QString::number(u.pass),
                   QString::number(u.fail), u.mainProblems.join(QStringLiteral("；"))});
    }
    s.y += mm(8);
    if (s.y + mm(20) > s.sheetHeight - margin)
        s.newPage();
    s.text(margin, width, QStringLiteral("二、按案卷"), s.font(Role::Heading, 12));
    s.y += mm(7);
    Table t(s,
            {{QStringLiteral("序号"), 10, Qt::AlignHCenter},
             {QStringLiteral("单位"), 40},
             {QStringLiteral("案卷编号"), 38},
             {QStringLiteral("案件名称"), 58},
             {QStringLiteral("得分"), 12, Qt::AlignHCenter},
             {QStringLiteral("等次"), 13, Qt::AlignHCenter},
             {QStringLiteral("主要问题"), 90}},
            cell, head, row);
    t.header();
    int n = 0;
    for (const DrawnFile &f : files)
        t.row({QString::number(++n), f.unitName, f.number, f.title,
               f.reviewed ? scoreText(f.scoreHalves / 2.0) : QStringLiteral("未评"),
               f.reviewed ? gradeWord(f.grade) : QString(), f.problems.join(QStringLiteral("；"))});
    return s.end();
}

Result<QByteArray> ReviewPrinter::resultsPdf(const Campaign &campaign,
                                             const std::vector<UnitReviewResult> &units,
                                             const std::vector<DrawnFile> &files) const
{
    return paintPdf(QStringLiteral("案卷抽查结果"), {},
                    [&](QPagedPaintDevice &d) { return paintResults(campaign, units, files, d); });
}

} // namespace oversight
