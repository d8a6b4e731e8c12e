#pragma once

#include "domain/campaign.h"

#include <QDate>
#include <QWidget>

namespace oversight {

/// The campaign's five phases as a band across the page with today marked, and each deadline below it with
/// its date and the days left or overdue. Painted with QPainter; it fits any width from 900 px up.
class TimelineWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setCampaign(const Campaign &campaign, QDate today);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    /// The text under a deadline's marker ("5月21日 报送自查书面材料… · 还有12天"), for tests and tooltips.
    [[nodiscard]] QStringList deadlineTexts() const;
    /// Whether at `width` every deadline's text under the band reads whole in its column (no "…").
    [[nodiscard]] bool textsReadWhole(int width) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The deadline texts' lines at `width`: as few as let each text read whole in its column (the widget
    /// is then taller).
    [[nodiscard]] int textRows(int width) const;
    /// The texts on one line at `width`, a text's column there (its gap included), and the widest text as
    /// painted ("① 4月2日 · 已逾期37天 · 报送…"): the one layout the painting and the checks share.
    [[nodiscard]] int textsPerRow(int width) const;
    [[nodiscard]] qreal textColumn(int width) const;
    [[nodiscard]] int widestText() const;
    [[nodiscard]] QString paintedText(int index) const;
    [[nodiscard]] QString daysText(QDate due) const;
    [[nodiscard]] QString shortDate(QDate d) const;
    Campaign m_campaign;
    QDate m_today;
};

} // namespace oversight
