#pragma once

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <functional>

class QChart;

namespace lathe {

// Draws models/charts data with Qt Charts. Every chart is new, styled for the palette (light or
// dark theme, Okabe-Ito series colours) and reports hovered values with their exact figures
// through the tip function (an empty text when the pointer leaves). Object names: the series
// of column i are "column<i>" (bars, boxes, points) and "errorBar<i>"; trend lines "trend<k>"
// and the pass-rate error bar of their point i "errorBar<k>.<i>".
class ChartFactory final
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)
public:
    using TipFunction = std::function<void(const QString &)>;

    enum class Unit { Score, Milliseconds };
    enum class CostAxis { Total, Per1000 };
    enum class QualityAxis { PassRate, MeanScore };

    ChartFactory(const QPalette &palette, TipFunction tip);

    // One bar per column (percent) with its Wilson 95% interval as an error bar.
    QChart *passRates(const QList<PassRateBar> &bars) const;
    // Bars per bin, one set per column, over the distribution's shared bins.
    QChart *histogram(const DistributionChart &d, Unit unit) const;
    // One box per column with values: min, Q1, median, Q3, max.
    QChart *boxPlot(const DistributionChart &d, Unit unit) const;
    // One point per column that has both coordinates.
    QChart *costQuality(const QList<CostQualityPoint> &points, CostAxis x, QualityAxis y) const;
    // One line per model over the runs' created time; for pass rates each point's
    // 95% interval as an error bar.
    QChart *trend(const TrendData &data) const;

    // The texts the tooltips show.
    static QString passRateTip(const PassRateBar &bar);
    static QString binTip(const DistributionChart &d, qsizetype column, int bin, Unit unit);
    static QString boxTip(const ColumnDistribution &c, Unit unit);
    static QString costQualityTip(const CostQualityPoint &p);
    static QString trendTip(const TrendData &data, const QString &model, const TrendPoint &p);
    static QString metricName(TrendMetric metric);

private:
    static QString value(double v, Unit unit);

    QPalette m_palette;
    TipFunction m_tip;
};

} // namespace lathe
