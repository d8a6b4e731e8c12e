#include "chartbuilder.h"

#include "documents/summaryreport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace oversight {

ChartData ChartText::onScreen(ChartData data, const Campaign &campaign)
{
    QStringList series;
    switch (data.which) {
    case ChartData::Which::SubmissionsByForm:
        data.title = tr("Forms and reports by status");
        series = {tr("Accepted"), tr("Received"), tr("Returned"), tr("Not handed in")};
        break;
    case ChartData::Which::ProblemsByArea:
        data.title = tr("Problems by reform area");
        series = {tr("Closed"), tr("Awaiting verification"), tr("In progress"), tr("Open")};
        for (QString &category : data.categories) {
            // "领域3" from the core: the area's number and title, as the plan names it.
            bool ok = false;
            const int number = QStringView(category).mid(2).toInt(&ok);
            if (!ok)
                category = tr("No area");
            else if (const Area *a = campaign.area(number))
                category = QStringLiteral("%1. %2").arg(number).arg(a->title);
        }
        break;
    case ChartData::Which::RectificationByUnit:
        data.title = tr("Rectification by unit (closed of all problems)");
        series = {tr("Closed"), tr("Not closed")};
        break;
    case ChartData::Which::SpotCheckGrades:
        data.title = tr("Spot-check files by grade");
        series = {tr("Files")};
        data.categories = {tr("Excellent"), tr("Good"), tr("Pass"), tr("Fail")};
        break;
    }
    for (size_t i = 0; i < data.series.size() && i < size_t(series.size()); ++i)
        data.series[i].name = series.at(qsizetype(i));
    return data;
}

QChart *buildChart(const ChartData &data, bool lying)
{
    const bool horizontal = data.horizontal || lying;
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);

    QAbstractBarSeries *series = nullptr;
    if (horizontal && data.stacked)
        series = new QHorizontalStackedBarSeries;
    else if (horizontal)
        series = new QHorizontalBarSeries;
    else if (data.stacked)
        series = new QStackedBarSeries;
    else
        series = new QBarSeries;
    // Lying bars are drawn from the bottom up: the data goes in backwards so that its first category (附件1,
    // the first unit) reads at the top.
    for (size_t i = 0; i < data.series.size(); ++i) {
        auto *set = new QBarSet(data.series[i].name);
        const QList<int> &values = data.series[i].values;
        for (qsizetype k = 0; k < values.size(); ++k)
            set->append(values.at(horizontal ? values.size() - 1 - k : k));
        set->setColor(SummaryReport::seriesColor(data, int(i)));
        set->setBorderColor(SummaryReport::seriesColor(data, int(i)));
        series->append(set);
    }
    series->setLabelsVisible(!data.stacked);
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    // The category axis runs along the bars' base: the bottom for upright bars, the left for lying ones.
    QStringList names = data.categories;
    if (horizontal)
        std::reverse(names.begin(), names.end());
    categories->append(names.isEmpty() ? QStringList{QStringLiteral("—")} : names);
    auto *values = new QValueAxis;
    const int max = std::max(1, data.maxTotal());
    values->setRange(0, max);
    values->setLabelFormat(QStringLiteral("%d"));
    if (max < 5)
        values->setTickCount(max + 1);
    else
        values->applyNiceNumbers();
    categories->setTruncateLabels(false); // a unit's name in full, never "…"
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    // Many short categories under upright bars: their labels turn to fit.
    QFont small = chart->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    values->setLabelsFont(small);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setFont(small);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    return chart;
}

} // namespace oversight
