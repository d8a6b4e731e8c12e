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

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The deadline texts' lines at `width`: one, or two when one line would cut them (the widget is then
    /// taller), so each text reads whole at 1366 px.
    [[nodiscard]] int textRows(int width) const;
    [[nodiscard]] QString daysText(QDate due) const;
    [[nodiscard]] QString shortDate(QDate d) const;
    Campaign m_campaign;
    QDate m_today;
};

} // namespace oversight
