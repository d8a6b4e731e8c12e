#pragma once

#include "services/campaignfigures.h"

class QChart;

namespace oversight {

/// Builds a Qt Charts chart from the core's ChartData: one QBarSet per series (values as given), the
/// categories on the category axis, a value axis from 0. Stacked charts use a stacked series; the per-unit
/// chart runs horizontally, and so does any chart when `lying` is set (a narrow pane: category names then
/// sit on the left, readable, the first at the top: lying charts hold their bars and categories in reverse
/// order, since Qt draws them from the bottom up). The caller owns the chart.
[[nodiscard]] QChart *buildChart(const ChartData &data, bool lying = false);

} // namespace oversight
