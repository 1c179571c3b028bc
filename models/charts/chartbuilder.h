#pragma once

#include "chartdata.h"

#include "workspace/chartquery.h"

#include <QList>
#include <QString>

#include <vector>

namespace lathe {

// Turns chart inputs (ChartQuery) into chart data. Pure computation, no database access.
class ChartBuilder final
{
public:
    // Every chart of a run.
    static RunCharts build(const ChartRunFacts &facts);
    // `metric` of one prompt across runs, from ChartQuery::promptColumns.
    static TrendData trend(const QString &promptName, const QList<ChartColumnFacts> &columns, TrendMetric metric);

    // "qa@2 model"; labels that repeat within `columns` get " #position" (1-based).
    static QList<ChartColumn> columns(const QList<ChartColumnFacts> &columns);
    // passed / (judged + errors) with the Wilson 95% interval; no rate while judged is 0.
    static PassRateBar passRate(const ChartColumn &column, qint64 passed, qint64 judged, qint64 errors);
    static CostQualityPoint costQuality(const ChartColumn &column, const ChartColumnFacts &facts);
    // `sorted` ascending.
    static FiveNumbers fiveNumbers(const std::vector<double> &sorted);

    // Shared bins over [min, max]: about `target` bins of a round width (niceStep) starting at
    // a multiple of it. Values all in [0, 1] (scores) get ten bins of 0.1 from 0.
    static Bins bins(double min, double max, int target);
    static Bins scoreBins(double min, double max);
    // The distribution of `values` (one ascending list per column, same order as `columns`)
    // over `bins`.
    static DistributionChart distribution(const QString &name, const QList<ChartColumn> &columns,
                                          const QList<std::vector<double>> &values, const Bins &bins);

    // 1, 2 or 5 times a power of ten, at least `raw`; 1 for raw <= 0.
    static double niceStep(double raw);
};

} // namespace lathe
