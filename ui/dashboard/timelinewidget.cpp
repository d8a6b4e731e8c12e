#include "timelinewidget.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace oversight {

namespace {

const QColor pastColor(0xdc, 0xe8, 0xdc);
const QColor currentColor(0x1e, 0x63, 0xb4);
const QColor futureColor(0xe8, 0xea, 0xee);
const QColor overdueColor(0xc6, 0x28, 0x28);
const QColor soonColor(0xb4, 0x5f, 0x06);

QString circled(int n)
{
    return n >= 1 && n <= 20 ? QString(QChar(0x2460 + n - 1)) : QString::number(n);
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineWidget::setCampaign(const Campaign &campaign, QDate today)
{
    m_campaign = campaign;
    m_today = today;
    setToolTip(deadlineTexts().join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QSize TimelineWidget::sizeHint() const
{
    // Today's row, the band, the markers, then each line of texts with room for descenders.
    const int h = fontMetrics().height();
    return {900, int(h * (5.45 + 1.35 * textRows(width())))};
}

QString TimelineWidget::paintedText(int index) const
{
    // The days first so they survive eliding in a very narrow window: "① 4月2日 · 已逾期37天 · 报送…".
    const Deadline &d = m_campaign.deadlines[size_t(index)];
    return QStringLiteral("%1 %2 · %3 · %4")
        .arg(circled(index + 1), shortDate(d.due), daysText(d.due), d.title);
}

int TimelineWidget::widestText() const
{
    const QFontMetrics fm = fontMetrics();
    int widest = 0;
    for (int i = 0; i < int(m_campaign.deadlines.size()); ++i)
        widest = std::max(widest, fm.horizontalAdvance(paintedText(i)));
    return widest;
}

int TimelineWidget::textRows(int width) const
{
    const int count = int(m_campaign.deadlines.size());
    if (count == 0)
        return 1;
    const qreal usable = std::max(1.0, width - 2 * fontMetrics().height() * 0.6);
    const int widest = widestText();
    // As few lines as let every text be read whole in its column; a text wider than the whole line (a
    // very narrow window) is elided on a line of its own, its tooltip whole.
    for (int rows = 1; rows < count; ++rows) {
        const int perRow = (count + rows - 1) / rows;
        if (usable / perRow - fontMetrics().height() * 0.5 >= widest)
            return rows;
    }
    return count;
}

int TimelineWidget::textsPerRow(int width) const
{
    const int rows = textRows(width);
    return (int(m_campaign.deadlines.size()) + rows - 1) / std::max(1, rows);
}

qreal TimelineWidget::textColumn(int width) const
{
    const qreal usable = std::max(1.0, width - 2 * fontMetrics().height() * 0.6);
    const int perRow = textsPerRow(width);
    return perRow > 0 ? usable / perRow : usable;
}

bool TimelineWidget::textsReadWhole(int width) const
{
    return widestText() <= textColumn(width) - fontMetrics().height() * 0.5;
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGeometry(); // two lines of texts below some width, one above
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {600, sizeHint().height()};
}

QString TimelineWidget::shortDate(QDate d) const
{
    //: A QLocale date format for a day on the dashboard's timeline; in Chinese write M月d日.
    return QLocale().toString(d, tr("MMM d"));
}

QString TimelineWidget::daysText(QDate due) const
{
    const qint64 left = m_today.daysTo(due);
    if (left == 0)
        return tr("due today");
    if (left == -1)
        return tr("1 day overdue");
    if (left < 0)
        return tr("%1 days overdue").arg(-left);
    if (left == 1)
        return tr("1 day left");
    return tr("%1 days left").arg(left);
}

QStringList TimelineWidget::deadlineTexts() const
{
    QStringList out;
    int n = 0;
    for (const Deadline &d : m_campaign.deadlines)
        out.append(
            QStringLiteral("%1 %2 %3 · %4").arg(circled(++n), shortDate(d.due), d.title, daysText(d.due)));
    return out;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int fh = fm.height();
    if (m_campaign.phases.empty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("The campaign has no phases."));
        return;
    }
    QDate start = m_campaign.phases.front().from;
    QDate end = m_campaign.phases.front().to;
    for (const Phase &ph : m_campaign.phases) {
        start = std::min(start, ph.from);
        end = std::max(end, ph.to);
    }
    for (const Deadline &d : m_campaign.deadlines) {
        start = std::min(start, d.due);
        end = std::max(end, d.due);
    }
    const qreal margin = fh * 0.6;
    const qreal left = margin;
    const qreal width = std::max(1.0, this->width() - 2 * margin);
    const qreal days = std::max<qint64>(1, start.daysTo(end) + 1);
    const auto xOf = [&](QDate d) { return left + width * qreal(start.daysTo(d)) / days; };

    const qreal todayRow = fh * 1.3;
    const qreal bandTop = todayRow;
    const qreal bandHeight = fh * 2.5;
    const QPalette pal = palette();

    // The phases; two may share a day, so each is drawn from its first day to the day after its last.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetrics smallFm(small);
    for (const Phase &ph : m_campaign.phases) {
        const QRectF r(xOf(ph.from), bandTop, std::max(2.0, xOf(ph.to.addDays(1)) - xOf(ph.from)),
                       bandHeight);
        const bool current = ph.contains(m_today);
        const bool past = m_today > ph.to;
        QPainterPath path;
        path.addRoundedRect(r.adjusted(1, 0, -1, 0), 4, 4);
        p.fillPath(path, current ? currentColor : past ? pastColor : futureColor);
        p.setPen(current ? QColor(Qt::white) : pal.color(QPalette::WindowText));
        QFont bold = font();
        bold.setBold(current);
        p.setFont(bold);
        const int inner = int(r.width()) - 6;
        p.drawText(QRectF(r.left() + 3, r.top() + fh * 0.15, inner, fh), Qt::AlignCenter,
                   QFontMetrics(bold).elidedText(ph.name, Qt::ElideRight, inner));
        p.setFont(small);
        const QString range = QStringLiteral("%1–%2").arg(shortDate(ph.from), shortDate(ph.to));
        p.drawText(QRectF(r.left() + 3, r.top() + fh * 1.25, inner, fh), Qt::AlignCenter,
                   smallFm.elidedText(range, Qt::ElideRight, inner));
    }
    p.setFont(font());

    // The deadlines: numbered markers under the band, then their texts in equal columns.
    const qreal markerTop = bandTop + bandHeight + 2;
    const int count = int(m_campaign.deadlines.size());
    const QStringList texts = deadlineTexts();
    // Overdue in red, due within a week in amber, otherwise the text colour.
    const auto colourOf = [&](const Deadline &d) {
        const qint64 daysLeft = m_today.daysTo(d.due);
        return daysLeft < 0 ? overdueColor : daysLeft <= 7 ? soonColor : pal.color(QPalette::WindowText);
    };
    for (int i = 0; i < count; ++i) {
        const Deadline &d = m_campaign.deadlines[size_t(i)];
        const QColor c = colourOf(d);
        const qreal x = xOf(d.due) + width / days / 2;
        QPainterPath tri;
        tri.moveTo(x, markerTop);
        tri.lineTo(x - fh * 0.35, markerTop + fh * 0.5);
        tri.lineTo(x + fh * 0.35, markerTop + fh * 0.5);
        tri.closeSubpath();
        p.fillPath(tri, c);
        p.setPen(c);
        p.setFont(small);
        p.drawText(QRectF(x - fh, markerTop + fh * 0.45, 2 * fh, fh), Qt::AlignHCenter | Qt::AlignTop,
                   circled(i + 1));
    }
    const qreal textTop = markerTop + fh * 1.55;
    const int perRow = textsPerRow(this->width());
    const qreal column = textColumn(this->width());
    p.setFont(font());
    for (int i = 0; i < count; ++i) {
        const QColor c = colourOf(m_campaign.deadlines[size_t(i)]);
        const QString text = paintedText(i);
        p.setPen(c);
        const int row = i / std::max(1, perRow), col = i % std::max(1, perRow);
        p.drawText(QRectF(left + column * col, textTop + fh * 1.35 * row, column - fh * 0.5, fh * 1.35),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(text, Qt::ElideRight, int(column - fh * 0.5)));
    }

    // Today: a red line through the band and its date above it.
    const bool inRange = m_today >= start && m_today <= end;
    const qreal tx = inRange ? xOf(m_today) + width / days / 2 : (m_today < start ? left : left + width);
    p.setPen(QPen(overdueColor, 2));
    p.drawLine(QPointF(tx, bandTop - 2), QPointF(tx, bandTop + bandHeight + 2));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QString label = tr("Today %1").arg(shortDate(m_today));
    const int lw = QFontMetrics(bold).horizontalAdvance(label);
    const qreal lx = std::clamp(tx - lw / 2.0, 0.0, qreal(this->width() - lw));
    p.drawText(QRectF(lx, 0, lw + 2, todayRow), Qt::AlignLeft | Qt::AlignVCenter, label);
}

} // namespace oversight
