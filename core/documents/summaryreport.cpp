// Over 600 lines on purpose: one report. Its tables, its charts and their painting share the sheet layout
// (SummaryReport::Sheet) and the measures at the top of this file.
#include "summaryreport.h"

#include "landscapepage.h"
#include "pagedoutput.h"

#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace oversight {

namespace {

using Role = DocumentFonts::Role;
using namespace landscape;

const qreal footBaseline = pageHeight - DocumentRenderer::mm(10);
constexpr int unitsPerChartPage = 40;

QString percent(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(QString::number(100.0 * part / whole, 'f', 1));
}

QString ratio(int part, int whole)
{
    return QStringLiteral("%1/%2").arg(part).arg(whole);
}

/// Training hours as a record writes them: 12, 12.5.
QString hoursText(double hours)
{
    return QString::number(hours, 'g', 6);
}

/// A step of 1, 2 or 5 × 10ⁿ giving about five ticks up to `max`.
int niceStep(int max)
{
    if (max <= 5)
        return 1;
    const double raw = max / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude)
            return std::max(1, int(m * magnitude));
    return std::max(1, int(10 * magnitude));
}

/// Breaks a label into lines no wider than `width` (by character; at most `maxLines`, the last elided).
QStringList wrapLabel(const QString &text, const QFont &font, qreal width, int maxLines, const Measure &m)
{
    QStringList out;
    QString line;
    for (const QChar ch : text) {
        if (!line.isEmpty() && m.advance(line + ch, font) > width) {
            out.append(line);
            line.clear();
        }
        line += ch;
    }
    if (!line.isEmpty())
        out.append(line);
    if (out.size() > maxLines) {
        out = out.mid(0, maxLines);
        out.last().chop(1);
        out.last() += QChar(0x2026);
    }
    return out;
}

} // namespace

/// One page of the report: a laid-out table page, or charts placed in rectangles under a heading.
struct SummaryReport::Sheet
{
    DocumentRenderer::Page table;
    QString heading;
    std::vector<std::pair<QRectF, ChartData>> charts;
};

QColor SummaryReport::seriesColor(const ChartData &chart, int index)
{
    // Done reads green, waiting amber, missing or open red-grey; a single series a calm blue.
    static const QColor status[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x42, 0x85, 0xf4),
                                    QColor(0xf5, 0x9e, 0x0b), QColor(0xc6, 0x28, 0x28)};
    switch (chart.which) {
    case ChartData::Which::SubmissionsByForm:
    case ChartData::Which::ProblemsByArea:
        return status[std::clamp(index, 0, 3)];
    case ChartData::Which::RectificationByUnit:
        return index == 0 ? status[0] : status[3];
    case ChartData::Which::SpotCheckGrades:
        return QColor(0x1e, 0x63, 0xb4);
    }
    return Qt::gray;
}

void SummaryReport::paintChart(QPainter &painter, const QRectF &area, const ChartData &chart,
                               const DocumentFonts &fonts)
{
    const Measure m;
    const QFont titleFont = fonts.font(Role::Heading, 12);
    const QFont labelFont = fonts.font(Role::Body, 8);
    const QFont valueFont = fonts.font(Role::Body, 7);
    const qreal lineHeight = 8 * 100 * 1.3;
    painter.save();
    painter.setPen(Qt::black);

    // Title and legend.
    qreal y = area.top() + 12 * 100;
    painter.setFont(titleFont);
    painter.drawText(QPointF(area.center().x() - m.advance(chart.title, titleFont) / 2, y), chart.title);
    y += 12 * 100 * 0.8;
    if (chart.series.size() > 1 || !chart.stacked) {
        qreal legendWidth = 0;
        const qreal swatch = 8 * 100 * 0.8;
        for (const ChartData::Series &s : chart.series)
            legendWidth += swatch + 200 + m.advance(s.name, labelFont) + 800;
        qreal x = area.center().x() - legendWidth / 2;
        y += lineHeight;
        painter.setFont(labelFont);
        for (size_t i = 0; i < chart.series.size(); ++i) {
            QPainterPath box;
            box.addRect(QRectF(x, y - swatch, swatch, swatch));
            painter.fillPath(box, seriesColor(chart, int(i)));
            x += swatch + 200;
            painter.setPen(Qt::black);
            painter.drawText(QPointF(x, y), chart.series[i].name);
            x += m.advance(chart.series[i].name, labelFont) + 800;
        }
    }
    // Room above the plot for the totals written over the tallest bar.
    y += lineHeight * 1.8;

    const int max = std::max(1, chart.maxTotal());
    const int step = niceStep(max);
    const int top = ((max + step - 1) / step) * step;
    const qreal tickWidth = m.advance(QString::number(top), valueFont) + 300;
    const QPen axisPen(Qt::black, DocumentRenderer::mm(0.25));
    const QPen gridPen(QColor(0xcc, 0xcc, 0xcc), DocumentRenderer::mm(0.15));
    const qsizetype n = chart.categories.size();

    if (!chart.horizontal) {
        // Category labels below the bars, up to three lines.
        const QRectF plotArea(area.left() + tickWidth, y, area.width() - tickWidth, 0);
        const qreal slot = n > 0 ? plotArea.width() / qreal(n) : plotArea.width();
        const qreal labelBlock = 3 * lineHeight + 200;
        const QRectF plot(plotArea.left(), y, plotArea.width(), area.bottom() - labelBlock - y);
        painter.setFont(valueFont);
        for (int v = 0; v <= top; v += step) {
            const qreal yy = plot.bottom() - plot.height() * v / top;
            painter.setPen(v == 0 ? axisPen : gridPen);
            painter.drawLine(QLineF(plot.left(), yy, plot.right(), yy));
            painter.setPen(Qt::black);
            const QString t = QString::number(v);
            painter.drawText(QPointF(plot.left() - 200 - m.advance(t, valueFont), yy + 250), t);
        }
        painter.setPen(axisPen);
        painter.drawLine(QLineF(plot.left(), plot.top(), plot.left(), plot.bottom()));
        const qreal barWidth =
            slot * (chart.stacked ? 0.6 : 0.6 / qreal(std::max<size_t>(1, chart.series.size())));
        for (qsizetype c = 0; c < n; ++c) {
            const qreal x0 = plot.left() + slot * qreal(c) + slot * 0.2;
            qreal base = plot.bottom();
            int sum = 0;
            for (size_t s = 0; s < chart.series.size(); ++s) {
                const int v = chart.series[s].values.value(c);
                sum += v;
                const qreal h = plot.height() * v / top;
                const qreal x = chart.stacked ? x0 : x0 + barWidth * qreal(s);
                const QRectF bar(x, (chart.stacked ? base : plot.bottom()) - h, barWidth, h);
                if (v > 0) {
                    QPainterPath path;
                    path.addRect(bar);
                    painter.fillPath(path, seriesColor(chart, int(s)));
                }
                if (chart.stacked)
                    base -= h;
                else if (v > 0) {
                    painter.setPen(Qt::black);
                    const QString t = QString::number(v);
                    painter.drawText(QPointF(bar.center().x() - m.advance(t, valueFont) / 2, bar.top() - 150),
                                     t);
                }
            }
            if (chart.stacked && sum > 0) {
                painter.setPen(Qt::black);
                const QString t = QString::number(sum);
                painter.drawText(QPointF(x0 + barWidth / 2 - m.advance(t, valueFont) / 2, base - 150), t);
            }
            painter.setFont(labelFont);
            qreal ly = plot.bottom() + lineHeight;
            for (const QString &line : wrapLabel(chart.categories[c], labelFont, slot - 100, 3, m)) {
                painter.drawText(
                    QPointF(plot.left() + slot * (qreal(c) + 0.5) - m.advance(line, labelFont) / 2, ly),
                    line);
                ly += lineHeight;
            }
            painter.setFont(valueFont);
        }
    } else {
        // Unit names on the left, bars to the right with "closed/total" at their end.
        qreal nameWidth = 0;
        for (const QString &c : chart.categories)
            nameWidth = std::max(nameWidth, m.advance(c, labelFont));
        nameWidth = std::min(nameWidth, area.width() * 0.35) + 300;
        const qreal valueWidth = m.advance(QStringLiteral("000/000"), valueFont) + 300;
        const QRectF plot(area.left() + nameWidth, y, area.width() - nameWidth - valueWidth,
                          area.bottom() - lineHeight - y);
        const qreal slot = n > 0 ? plot.height() / qreal(n) : plot.height();
        painter.setFont(valueFont);
        for (int v = 0; v <= top; v += step) {
            const qreal xx = plot.left() + plot.width() * v / top;
            painter.setPen(v == 0 ? axisPen : gridPen);
            painter.drawLine(QLineF(xx, plot.top(), xx, plot.bottom()));
            painter.setPen(Qt::black);
            const QString t = QString::number(v);
            painter.drawText(QPointF(xx - m.advance(t, valueFont) / 2, plot.bottom() + lineHeight), t);
        }
        for (qsizetype c = 0; c < n; ++c) {
            const qreal y0 = plot.top() + slot * qreal(c) + slot * 0.15;
            const qreal h = slot * 0.7;
            qreal x = plot.left();
            int sum = 0;
            for (size_t s = 0; s < chart.series.size(); ++s) {
                const int v = chart.series[s].values.value(c);
                sum += v;
                const qreal w = plot.width() * v / top;
                if (v > 0) {
                    QPainterPath path;
                    path.addRect(QRectF(x, y0, w, h));
                    painter.fillPath(path, seriesColor(chart, int(s)));
                }
                x += w;
            }
            painter.setPen(Qt::black);
            const qreal baseline = y0 + h / 2 + 0.35 * valueFont.pixelSize();
            const int first = chart.series.empty() ? 0 : chart.series.front().values.value(c);
            painter.drawText(QPointF(x + 200, baseline),
                             chart.series.size() > 1 ? ratio(first, sum) : QString::number(sum));
            painter.setFont(labelFont);
            QString name = chart.categories[c];
            const QStringList lines = wrapLabel(name, labelFont, nameWidth - 300, 1, m);
            name = lines.value(0);
            painter.drawText(QPointF(plot.left() - 300 - m.advance(name, labelFont),
                                     y0 + h / 2 + 0.35 * labelFont.pixelSize()),
                             name);
            painter.setFont(valueFont);
        }
        painter.setPen(axisPen);
        painter.drawLine(QLineF(plot.left(), plot.top(), plot.left(), plot.bottom()));
    }
    painter.restore();
}

namespace {

/// The line under every table's title: the day the figures stand at, and `scope` after it.
QString figuresAsOf(const CampaignFigures &f, const QString &scope = {})
{
    return QStringLiteral("统计截至%1").arg(chineseDate(f.today)) + scope;
}

/// A table with a row per area or unit: numbered in its first column, named in its second (set left and as
/// wide as the page leaves), its figures centred in the others.
TableDocument listTable(const QString &title, const CampaignFigures &f, const QStringList &headers,
                        const QString &scope = {})
{
    TableDocument t;
    t.title = title;
    t.subtitle = figuresAsOf(f, scope);
    t.headers = headers;
    t.widths = QList<qreal>(headers.size(), 0);
    t.widths[1] = 1;
    t.centred = QList<bool>(headers.size(), true);
    t.centred[1] = false;
    return t;
}

} // namespace

TableDocument SummaryReport::overviewTable(const CampaignFigures &f)
{
    TableDocument t;
    t.title = f.campaignName + QStringLiteral("总结验收统计");
    t.subtitle = figuresAsOf(f);
    t.headers = {QStringLiteral("项目"), QStringLiteral("数据"), QStringLiteral("说明")};
    t.widths = {3, 0, 4};
    t.centred = {false, true, false};
    int units = int(f.units.size());
    int contacts = 0;
    for (const UnitFigures &u : f.units)
        contacts += u.contactNamed;
    const int expected = f.itemsExpected();
    const int in = f.itemsOnTime() + f.itemsLate();
    t.rows = {
        {QStringLiteral("参加单位"), QString::number(units),
         QStringLiteral("已明确联系人%1个").arg(contacts)},
        {QStringLiteral("附件及书面材料应报送"), QString::number(expected),
         QStringLiteral("截至%1已到报送时限的；已报送%2份（按时%3份，逾期%4份），未报送%5份")
             .arg(QStringLiteral("%1月%2日").arg(f.today.month()).arg(f.today.day()))
             .arg(in)
             .arg(f.itemsOnTime())
             .arg(f.itemsLate())
             .arg(expected - in)},
        {QStringLiteral("按时报送率"), percent(f.itemsOnTime(), expected),
         QStringLiteral("按时报送份数/应报送份数")},
        {QStringLiteral("自查案卷比例达标单位"), ratio(f.unitsSelfCheckOk, f.unitsSelfCheckReported),
         QStringLiteral("达标单位/已报自查数据单位（自查比例不低于30%）")},
        {QStringLiteral("抽查案卷"), ratio(f.filesReviewed, f.filesDrawn),
         QStringLiteral("已评查/已抽取；方案要求不少于%1卷").arg(f.filesRequired)},
        {QStringLiteral("评查等次"),
         QStringLiteral("%1/%2/%3/%4").arg(f.grades[0]).arg(f.grades[1]).arg(f.grades[2]).arg(f.grades[3]),
         QStringLiteral("优秀/良好/合格/不合格")},
        {QStringLiteral("发现问题"), QString::number(f.problems),
         QStringLiteral("已销号%1个（%2），逾期未整改%3个")
             .arg(f.problemsClosed)
             .arg(percent(f.problemsClosed, f.problems))
             .arg(f.problemsOverdue)},
        {QStringLiteral("投诉举报及个案监督"), QString::number(f.complaints),
         QStringLiteral("已办结%1件，逾期%2件").arg(f.complaintsClosed).arg(f.complaintsOverdue)},
        // Issue 23: the region's and the city's spot checks, and the acceptance conclusions.
        {QStringLiteral("上级抽查发现问题"), QString::number(f.upperCheckProblems),
         QStringLiteral("自治区、市司法局抽查发现，已列入整改台账")},
        {QStringLiteral("验收结论"),
         QStringLiteral("%1/%2/%3").arg(f.acceptance[0]).arg(f.acceptance[1]).arg(f.acceptance[2]),
         QStringLiteral("合格/基本合格/不合格；未作结论%1个")
             .arg(int(f.units.size()) - f.acceptance[0] - f.acceptance[1] - f.acceptance[2])},
        {QStringLiteral("执法培训"), QString::number(f.training.sessions),
         QStringLiteral("共%1学时，参训%2人次").arg(hoursText(f.training.hours)).arg(f.training.attendees)},
        {QStringLiteral("执法考试"), QString::number(f.training.exams),
         QStringLiteral("参考%1人次，合格%2人次；考前未培训%3场（凡考试必培训）")
             .arg(f.training.sat)
             .arg(f.training.passed)
             .arg(f.training.examsWithoutTraining)},
        {QStringLiteral("执法协调小组会议"), QString::number(f.reform.meetings), QString()},
        {QStringLiteral("重大行政处罚备案"), QString::number(f.reform.majorPenaltyFilings),
         QStringLiteral("逾期备案%1件（决定作出之日起%2日内备案）")
             .arg(f.reform.lateFilings)
             .arg(f.reform.filingDays)},
        {QStringLiteral("案例指导"), QString::number(f.reform.guidingCases), QStringLiteral("发布指导案例")},
    };
    return t;
}

TableDocument SummaryReport::areaTable(const CampaignFigures &f)
{
    TableDocument t = listTable(QStringLiteral("各领域问题整改情况"), f,
                                {QStringLiteral("序号"), QStringLiteral("改革领域"),
                                 QStringLiteral("发现问题"), QStringLiteral("已销号"),
                                 QStringLiteral("整改中"), QStringLiteral("逾期"), QStringLiteral("销号率")});
    int total = 0, closed = 0, overdue = 0;
    for (const AreaFigures &a : f.areas) {
        t.rows.append({a.number > 0 ? QString::number(a.number) : QStringLiteral("—"), a.title,
                       QString::number(a.total()), QString::number(a.closed()),
                       QString::number(a.total() - a.closed()), QString::number(a.overdue),
                       percent(a.closed(), a.total())});
        total += a.total();
        closed += a.closed();
        overdue += a.overdue;
    }
    t.rows.append({QString(), QStringLiteral("合计"), QString::number(total), QString::number(closed),
                   QString::number(total - closed), QString::number(overdue), percent(closed, total)});
    return t;
}

TableDocument SummaryReport::unitTable(const CampaignFigures &f)
{
    TableDocument t =
        listTable(QStringLiteral("各单位专项行动情况"), f,
                  {QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("按时/应报"),
                   QStringLiteral("逾期报送"), QStringLiteral("逾期未报"), QStringLiteral("自查/总数"),
                   QStringLiteral("自查比例"), QStringLiteral("评查/抽取"), QStringLiteral("平均分"),
                   QStringLiteral("销号/问题"), QStringLiteral("办结/投诉")},
                  QStringLiteral("；报送按附件及书面材料份数计"));
    int i = 0;
    bool short_ = false;
    for (const UnitFigures &u : f.units) {
        const QString checked =
            u.selfCheck ? ratio(u.selfCheck->checked, u.selfCheck->total) : QStringLiteral("未报");
        const bool below = u.selfCheck && !u.selfCheck->ok();
        short_ = short_ || below;
        const QString share = u.selfCheck ? percent(u.selfCheck->checked, u.selfCheck->total) +
                                                (below ? QStringLiteral("*") : QString())
                                          : QStringLiteral("—");
        t.rows.append({QString::number(++i), u.name, ratio(u.itemsOnTime, u.itemsExpected),
                       QString::number(u.itemsLate), QString::number(u.itemsOverdue), checked, share,
                       ratio(u.filesReviewed, u.filesDrawn),
                       u.filesReviewed > 0 ? scoreText(u.averageScore()) : QStringLiteral("—"),
                       ratio(u.problemsClosed, u.problems), ratio(u.complaintsClosed, u.complaints)});
    }
    t.closing = QStringLiteral("共%1个单位。").arg(f.units.size()) +
                (short_ ? QStringLiteral("标*者自查比例不足30%。") : QString());
    return t;
}

TableDocument SummaryReport::teamTable(const CampaignFigures &f)
{
    TableDocument t =
        listTable(QStringLiteral("各单位队伍建设和体制改革情况"), f,
                  {QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("培训次数"),
                   QStringLiteral("培训学时"), QStringLiteral("考试场次"), QStringLiteral("考前未培训"),
                   QStringLiteral("合格/参考"), QStringLiteral("重大处罚备案"), QStringLiteral("逾期备案"),
                   QStringLiteral("指导案例")});
    int i = 0;
    for (const UnitFigures &u : f.units)
        t.rows.append({QString::number(++i), u.name, QString::number(u.training.sessions),
                       hoursText(u.training.hours), QString::number(u.training.exams),
                       QString::number(u.training.examsWithoutTraining),
                       u.training.sat > 0 ? ratio(u.training.passed, u.training.sat) : QStringLiteral("—"),
                       QString::number(u.majorPenaltyFilings), QString::number(u.lateFilings),
                       QString::number(u.guidingCases)});
    t.closing =
        QStringLiteral("共%1个单位。考前未培训：考试日期前（含当日）本单位无培训记录的考试场次。重大行政处罚"
                       "决定应自作出之日起%2日内备案。")
            .arg(f.units.size())
            .arg(f.reform.filingDays);
    return t;
}

XlsxWorkbook SummaryReport::workbook(const CampaignFigures &f)
{
    XlsxWorkbook book;
    book.title = f.campaignName + QStringLiteral("总结验收统计");
    book.subject = figuresAsOf(f);
    using Kind = XlsxColumn::Kind;
    const auto text = [](const QString &h) { return XlsxColumn{h, Kind::Text, {}, false, {}, 0}; };
    const auto number = [](const QString &h) { return XlsxColumn{h, Kind::Integer, {}, false, {}, 0}; };
    const auto decimal = [](const QString &h) { return XlsxColumn{h, Kind::Decimal, {}, false, {}, 0}; };

    XlsxSheet overview;
    overview.name = QStringLiteral("总体情况");
    overview.columns = {text(QStringLiteral("项目")), text(QStringLiteral("数据")),
                        text(QStringLiteral("说明"))};
    for (const QStringList &row : overviewTable(f).rows)
        overview.rows.append({row.value(0), row.value(1), row.value(2)});
    book.sheets.append(overview);

    XlsxSheet areas;
    areas.name = QStringLiteral("各领域");
    areas.columns = {number(QStringLiteral("序号")),     text(QStringLiteral("改革领域")),
                     number(QStringLiteral("发现问题")), number(QStringLiteral("已销号")),
                     number(QStringLiteral("待整改")),   number(QStringLiteral("整改中")),
                     number(QStringLiteral("待核查")),   number(QStringLiteral("逾期"))};
    for (const AreaFigures &a : f.areas)
        areas.rows.append({a.number, a.title, a.total(), a.closed(),
                           a.byStatus[size_t(Problem::Status::Open)],
                           a.byStatus[size_t(Problem::Status::InProgress)],
                           a.byStatus[size_t(Problem::Status::AwaitingVerification)], a.overdue});
    book.sheets.append(areas);

    XlsxSheet units;
    units.name = QStringLiteral("各单位");
    units.landscape = true;
    units.columns = {text(QStringLiteral("单位")),           number(QStringLiteral("应报送")),
                     number(QStringLiteral("已报送")),       number(QStringLiteral("按时报送")),
                     number(QStringLiteral("逾期报送")),     number(QStringLiteral("未报逾期")),
                     number(QStringLiteral("执法案卷总数")), number(QStringLiteral("自查案卷数")),
                     text(QStringLiteral("自查比例达标")),   number(QStringLiteral("抽取案卷")),
                     number(QStringLiteral("已评查")),       decimal(QStringLiteral("平均分")),
                     number(QStringLiteral("发现问题")),     number(QStringLiteral("已销号")),
                     number(QStringLiteral("逾期问题")),     number(QStringLiteral("投诉受理")),
                     number(QStringLiteral("投诉办结")),     number(QStringLiteral("投诉逾期"))};
    for (const UnitFigures &u : f.units)
        units.rows.append(
            {u.name, u.itemsExpected, u.itemsIn, u.itemsOnTime, u.itemsLate, u.itemsOverdue,
             u.selfCheck ? QVariant(u.selfCheck->total) : QVariant(),
             u.selfCheck ? QVariant(u.selfCheck->checked) : QVariant(),
             u.selfCheck ? QVariant(u.selfCheck->ok() ? QStringLiteral("是") : QStringLiteral("否"))
                         : QVariant(),
             u.filesDrawn, u.filesReviewed,
             // One decimal, as the PDF writes it (54.7, not 54.666…).
             u.filesReviewed > 0 ? QVariant(std::round(u.averageScore() * 10) / 10) : QVariant(), u.problems,
             u.problemsClosed, u.problemsOverdue, u.complaints, u.complaintsClosed, u.complaintsOverdue});
    book.sheets.append(units);

    XlsxSheet items;
    items.name = QStringLiteral("各附件");
    items.columns = {
        text(QStringLiteral("附件")),     text(QStringLiteral("名称")),     text(QStringLiteral("报送时限")),
        number(QStringLiteral("已审核")), number(QStringLiteral("已收到")), number(QStringLiteral("已退回")),
        number(QStringLiteral("未报送")), number(QStringLiteral("按时")),   number(QStringLiteral("逾期"))};
    for (const ItemFigures &i : f.items)
        items.rows.append({i.item, i.title,
                           i.due.isValid() ? QVariant(i.due.toString(Qt::ISODate)) : QVariant(), i.accepted,
                           i.received, i.returned, i.missing, i.onTime, i.late});
    book.sheets.append(items);

    XlsxSheet grades;
    grades.name = QStringLiteral("评查等次");
    grades.columns = {text(QStringLiteral("等次")), number(QStringLiteral("案卷数"))};
    for (const Grade g : {Grade::Excellent, Grade::Good, Grade::Pass, Grade::Fail})
        grades.rows.append({gradeWord(g), f.grades[size_t(g)]});
    book.sheets.append(grades);

    XlsxSheet team;
    team.name = QStringLiteral("队伍建设与体制改革");
    team.columns = {text(QStringLiteral("单位")),           number(QStringLiteral("培训次数")),
                    decimal(QStringLiteral("培训学时")),    number(QStringLiteral("参训人次")),
                    number(QStringLiteral("考试场次")),     number(QStringLiteral("考前未培训")),
                    number(QStringLiteral("参考人次")),     number(QStringLiteral("合格人次")),
                    number(QStringLiteral("重大处罚备案")), number(QStringLiteral("逾期备案")),
                    number(QStringLiteral("指导案例"))};
    for (const UnitFigures &u : f.units)
        team.rows.append({u.name, u.training.sessions, u.training.hours, u.training.attendees,
                          u.training.exams, u.training.examsWithoutTraining, u.training.sat,
                          u.training.passed, u.majorPenaltyFilings, u.lateFilings, u.guidingCases});
    book.sheets.append(team);
    return book;
}

std::vector<SummaryReport::Sheet> SummaryReport::layOut(const CampaignFigures &f) const
{
    const TableDocumentRenderer tables(m_fonts);
    std::vector<Sheet> sheets;
    const auto addTable = [&](const TableDocument &t) {
        for (DocumentRenderer::Page &page : tables.layOut(t)) {
            // The table renderer numbers its own pages; the report numbers them all together.
            std::erase_if(page.texts, [](const DocumentRenderer::Text &text) {
                return std::abs(text.baseline.y() - footBaseline) < 1;
            });
            Sheet s;
            s.table = std::move(page);
            sheets.push_back(std::move(s));
        }
    };
    addTable(overviewTable(f));

    const std::vector<ChartData> charts = ChartData::of(f);
    const qreal contentWidth = pageWidth - 2 * marginX;
    const qreal top = marginTop + DocumentRenderer::mm(10);
    const qreal half = (pageHeight - marginBottom - top) / 2;
    const qreal gap = DocumentRenderer::mm(8);
    Sheet chartSheet;
    chartSheet.heading = QStringLiteral("统计图");
    const qreal w = (contentWidth - gap) / 2;
    chartSheet.charts.push_back({QRectF(marginX, top, w, half - gap / 2), charts[0]});
    chartSheet.charts.push_back({QRectF(marginX + w + gap, top, w, half - gap / 2), charts[1]});
    chartSheet.charts.push_back({QRectF(marginX, top + half + gap / 2, w, half - gap / 2), charts[3]});
    sheets.push_back(std::move(chartSheet));

    // The per-unit chart, forty units a page.
    const ChartData &units = charts[2];
    for (qsizetype from = 0; from < units.categories.size() || from == 0; from += unitsPerChartPage) {
        ChartData part = units;
        part.categories = units.categories.mid(from, unitsPerChartPage);
        for (size_t s = 0; s < part.series.size(); ++s)
            part.series[s].values = units.series[s].values.mid(from, unitsPerChartPage);
        Sheet sheet;
        sheet.heading = QStringLiteral("统计图");
        sheet.charts.push_back({QRectF(marginX, top, contentWidth, pageHeight - marginBottom - top), part});
        sheets.push_back(std::move(sheet));
        if (units.categories.isEmpty())
            break;
    }
    addTable(areaTable(f));
    addTable(unitTable(f));
    addTable(teamTable(f));
    return sheets;
}

int SummaryReport::pageCount(const CampaignFigures &figures) const
{
    return int(layOut(figures).size());
}

Result<void> SummaryReport::paint(const CampaignFigures &f, QPagedPaintDevice &device) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    const std::vector<Sheet> sheets = layOut(f);
    const Measure m;
    const QFont foot = m_fonts.font(Role::Body, 10.5);
    const QFont heading = m_fonts.font(Role::Title, 16);
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, tr("Could not start painting the summary report."));
    painter.setRenderHint(QPainter::Antialiasing);
    return paintPages(painter, device, sheets.size(), tr("Could not start page %1 of the summary report."),
                      tr("Could not finish painting the summary report."), [&](size_t i) {
                          const Sheet &sheet = sheets[i];
                          DocumentRenderer::drawPage(painter, sheet.table, Qt::SquareCap);
                          if (!sheet.heading.isEmpty()) {
                              painter.setFont(heading);
                              painter.setPen(Qt::black);
                              painter.drawText(QPointF((pageWidth - m.advance(sheet.heading, heading)) / 2,
                                                       marginTop + 16 * 100),
                                               sheet.heading);
                          }
                          for (const auto &[rect, chart] : sheet.charts)
                              paintChart(painter, rect, chart, m_fonts);
                          // Domain text, like the official documents: the page is Chinese whatever the
                          // interface speaks.
                          const QString s =
                              QStringLiteral("第 %1 页  共 %2 页").arg(i + 1).arg(sheets.size());
                          painter.setFont(foot);
                          painter.setPen(Qt::black);
                          painter.drawText(QPointF((pageWidth - m.advance(s, foot)) / 2, footBaseline), s);
                      });
}

Result<QByteArray> SummaryReport::pdf(const CampaignFigures &figures, const QString &auditHead) const
{
    return paintPdf(figures.campaignName + QStringLiteral("总结验收统计"), auditHead,
                    [&](QPdfWriter &writer) { return paint(figures, writer); });
}

} // namespace oversight
