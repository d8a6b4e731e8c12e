#pragma once

#include "services/campaignfigures.h"

class QChart;

namespace oversight {

/// Builds a Qt Charts chart from the core's ChartData: one QBarSet per series (values as given), the
/// categories on the category axis, a value axis from 0. Stacked charts use a stacked series; the per-unit
/// chart runs horizontally, and so does any chart when `lying` is set (a narrow pane: category names then
/// sit on the left, readable, first at the top). The caller owns the chart.
[[nodiscard]] QChart *buildChart(const ChartData &data, bool lying = false);

} // namespace oversight
