#pragma once

#include "domain/campaign.h"
#include "services/campaignfigures.h"

#include <QCoreApplication>

class QChart;

namespace oversight {

/// Builds a Qt Charts chart from the core's ChartData: one QBarSet per series (values as given), the
/// categories on the category axis, a value axis from 0. Stacked charts use a stacked series; the per-unit
/// chart runs horizontally, and so does any chart when `lying` is set (a narrow pane: category names then
/// sit on the left, readable, the first at the top: lying charts hold their bars and categories in reverse
/// order, since Qt draws them from the bottom up). The caller owns the chart.
[[nodiscard]] QChart *buildChart(const ChartData &data, bool lying = false);

/// The chart as the screen shows it: title, series and grades in the interface's language (the core keeps
/// the report's Chinese words), and each reform area by its number and full title from `campaign`.
class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ChartText)
public:
    [[nodiscard]] static ChartData onScreen(ChartData data, const Campaign &campaign);
};

} // namespace oversight
