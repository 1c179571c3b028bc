#pragma once

#include "eval/stats/interval.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

// Plain chart data, computed once by ChartBuilder from stored results so any chart toolkit (Qt
// Charts in ui/charts, SVG in reports) draws the same numbers. Rates are fractions 0..1;
// latencies are milliseconds; costs are in the workspace's price currency.

// One run column: a prompt version answered by one model.
struct ChartColumn
{
    qint64 columnId = 0;
    QString promptName;
    int promptVersion = 0;
    QString model;
    QString label;                       // "qa@2 model", unique within the run
};

// Pass rate of one column with its Wilson 95% interval. As in the summary table
// (RunAggregator): passed / (judged + errors), a failed call counts against the prompt; no
// rate while nothing is judged.
struct PassRateBar
{
    ChartColumn column;
    qint64 passed = 0;
    qint64 trials = 0;                   // judged + errors
    std::optional<double> rate;
    Interval interval;
};

// The five-number summary of a box plot (Percentile: linear interpolation, numpy's default)
// plus count and mean. All zero when count is 0.
struct FiveNumbers
{
    qint64 count = 0;
    double min = 0.0;
    double q1 = 0.0;
    double median = 0.0;
    double q3 = 0.0;
    double max = 0.0;
    double mean = 0.0;
};

// Bins of equal width shared by every column of a distribution: bin i holds values v with
// start + i*width <= v < start + (i+1)*width; the last bin also holds its upper edge.
struct Bins
{
    double start = 0.0;
    double width = 1.0;
    int count = 0;

    double low(int i) const { return start + width * i; }
    double high(int i) const { return start + width * (i + 1); }
    // The bin of `value`, clamped to [0, count - 1].
    int indexOf(double value) const;
};

// One column's values of a distribution.
struct ColumnDistribution
{
    ChartColumn column;
    FiveNumbers summary;
    QList<qint64> counts;                // one per bin
};

// The distribution of one measure over the run's columns: a scorer's values or latency.
struct DistributionChart
{
    QString name;                        // scorer name; "latency" for the latency chart
    Bins bins;
    QList<ColumnDistribution> columns;   // in column order; columns without values included
    qint64 maxCount = 0;                 // the tallest bin

    bool isEmpty() const { return bins.count == 0; }
};

// One column as a point of the cost vs quality scatter. A coordinate is missing when the
// column has no price (no cost) or no verdict (no pass rate, no mean score).
struct CostQualityPoint
{
    ChartColumn column;
    qint64 priced = 0;                   // results with a known cost
    std::optional<double> cost;          // total of the known costs
    std::optional<double> costPer1000;   // cost / priced * 1000
    std::optional<double> passRate;
    std::optional<double> meanScore;     // mean case total over judged cases
};

// Everything the charts of one run show.
struct RunCharts
{
    qint64 runId = 0;
    QString runName;
    QString status;
    qint64 cases = 0;                    // planned
    qint64 answered = 0;                 // results stored (ok or error)
    QList<ChartColumn> columns;
    QList<PassRateBar> passRates;        // one per column
    QList<DistributionChart> scores;     // one per scorer (not the case total), first seen first
    DistributionChart latency;           // ok results not answered from the cache
    QList<CostQualityPoint> costQuality; // one per column
    QStringList prompts;                 // names of the prompts the run's columns use

    bool hasVerdicts() const
    {
        for (const PassRateBar &b : passRates) {
            if (b.rate)
                return true;
        }
        return false;
    }
};

// The metric a trend follows across runs.
enum class TrendMetric { PassRate, MeanScore, CostPer1000 };

// A run column of the prompt as one point of a trend.
struct TrendPoint
{
    qint64 runId = 0;
    QString runName;
    QDateTime createdAt;                 // UTC
    int promptVersion = 0;
    double value = 0.0;                  // the metric: a fraction for rates
    Interval interval;                   // pass rate only (Wilson 95%)
    qint64 n = 0;                        // trials (pass rate), judged cases or priced results
};

// One model's points, by created time then run id.
struct TrendSeries
{
    QString model;
    QList<TrendPoint> points;
};

// A metric of one prompt across the runs that used it, one series per model.
struct TrendData
{
    QString promptName;
    TrendMetric metric = TrendMetric::PassRate;
    QList<TrendSeries> series;           // by model, first seen first
    qint64 runs = 0;                     // runs that used the prompt
    qint64 withoutValue = 0;             // run columns left out: no value for the metric yet

    bool isEmpty() const { return series.isEmpty(); }
};

} // namespace lathe
