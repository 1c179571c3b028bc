#include "chartfactory.h"

#include "chartaxes.h"
#include "chartstyle.h"


#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

// A column's name on a category axis, one line per part ("prompt@v", then the model), so long
// names stay readable instead of being cut to "support-inte…". Axis labels are rich text.
QString axisLabel(const ChartColumn &c)
{
    const QString head = QStringLiteral("%1@%2").arg(c.promptName).arg(c.promptVersion);
    if (!c.label.startsWith(head + u' '))
        return c.label.toHtmlEscaped();
    return head.toHtmlEscaped() + QStringLiteral("<br>") + c.label.mid(head.size() + 1).toHtmlEscaped();
}

QChart *newChart(const QPalette &palette, const QString &title)
{
    auto *chart = new QChart;
    ChartStyle::apply(chart, palette);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// Milliseconds shown in seconds once bins are a second wide or more.
bool inSeconds(const Bins &bins)
{
    return bins.width >= 1000;
}

QString binEdge(double v, ChartFactory::Unit unit, const Bins &bins)
{
    if (unit == ChartFactory::Unit::Milliseconds && inSeconds(bins))
        return ChartStyle::number(v / 1000);
    return ChartStyle::number(v);
}

} // namespace

ChartFactory::ChartFactory(const QPalette &palette, TipFunction tip)
    : m_palette(palette)
    , m_tip(std::move(tip))
{
}

QString ChartFactory::value(double v, Unit unit)
{
    return unit == Unit::Milliseconds ? ChartStyle::milliseconds(v) : ChartStyle::number(v);
}

QString ChartFactory::metricName(TrendMetric metric)
{
    switch (metric) {
    case TrendMetric::PassRate:
        return tr("Pass rate");
    case TrendMetric::MeanScore:
        return tr("Mean score");
    case TrendMetric::CostPer1000:
        return tr("Cost per 1,000 cases");
    }
    return {};
}

QString ChartFactory::passRateTip(const PassRateBar &bar)
{
    if (!bar.rate)
        return tr("%1: no pass/fail verdict yet").arg(bar.column.label);
    return tr("%1: %2 of %3 passed (%4), 95% interval %5 to %6")
        .arg(bar.column.label, QLocale().toString(bar.passed), QLocale().toString(bar.trials),
             ChartStyle::percent(*bar.rate), ChartStyle::percent(bar.interval.low),
             ChartStyle::percent(bar.interval.high));
}

QString ChartFactory::binTip(const DistributionChart &d, qsizetype column, int bin, Unit unit)
{
    const ColumnDistribution &c = d.columns.at(column);
    return tr("%1: %n case(s) from %2 to %3", nullptr, int(c.counts.value(bin)))
        .arg(c.column.label, value(d.bins.low(bin), unit), value(d.bins.high(bin), unit));
}

QString ChartFactory::boxTip(const ColumnDistribution &c, Unit unit)
{
    const FiveNumbers &f = c.summary;
    return tr("%1 (n = %2): min %3, Q1 %4, median %5, Q3 %6, max %7, mean %8")
        .arg(c.column.label, QLocale().toString(f.count), value(f.min, unit), value(f.q1, unit), value(f.median, unit),
             value(f.q3, unit), value(f.max, unit), value(f.mean, unit));
}

QString ChartFactory::costQualityTip(const CostQualityPoint &p)
{
    const QString none = tr("none");
    return tr("%1: cost %2 over %3 priced results (%4 per 1,000 cases); pass rate %5; mean score %6")
        .arg(p.column.label, p.cost ? ChartStyle::number(*p.cost) : none, QLocale().toString(p.priced),
             p.costPer1000 ? ChartStyle::number(*p.costPer1000) : none,
             p.passRate ? ChartStyle::percent(*p.passRate) : none,
             p.meanScore ? ChartStyle::number(*p.meanScore) : none);
}

QString ChartFactory::trendTip(const TrendData &data, const QString &model, const TrendPoint &p)
{
    const QString when = QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat);
    const QString run = p.runName.isEmpty() ? tr("Run %1").arg(p.runId) : tr("Run %1 “%2”").arg(p.runId).arg(p.runName);
    QString figure;
    switch (data.metric) {
    case TrendMetric::PassRate:
        figure = tr("pass rate %1 of %2 cases, 95% interval %3 to %4")
                     .arg(ChartStyle::percent(p.value), QLocale().toString(p.n), ChartStyle::percent(p.interval.low),
                          ChartStyle::percent(p.interval.high));
        break;
    case TrendMetric::MeanScore:
        figure = tr("mean score %1 over %2 cases").arg(ChartStyle::number(p.value), QLocale().toString(p.n));
        break;
    case TrendMetric::CostPer1000:
        figure = tr("%1 per 1,000 cases (%2 priced)").arg(ChartStyle::number(p.value), QLocale().toString(p.n));
        break;
    }
    return tr("%1, %2: %3@%4 with %5, %6").arg(run, when, data.promptName).arg(p.promptVersion).arg(model, figure);
}

QChart *ChartFactory::passRates(const QList<PassRateBar> &bars) const
{
    QChart *chart = newChart(m_palette, tr("Pass rate per column with 95% Wilson interval"));
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.5);
    QStringList categories;
    const auto n = bars.size();
    for (qsizetype i = 0; i < n; ++i) {
        const PassRateBar &bar = bars[i];
        auto *set = new QBarSet(bar.column.label);
        set->setObjectName(u"column%1"_s.arg(i));
        set->setColor(ChartStyle::series(i, m_palette));
        set->setBorderColor(ChartStyle::series(i, m_palette));
        for (qsizetype j = 0; j < n; ++j)
            set->append(j == i && bar.rate ? *bar.rate * 100 : 0.0);
        const QString tip = passRateTip(bar);
        QObject::connect(set, &QBarSet::hovered, set, [tip, i, f = m_tip](bool on, int index) {
            f(on && index == i ? tip : QString());
        });
        series->append(set);
        categories << axisLabel(bar.column) + u"<br>"_s
                + (bar.rate ? ChartStyle::percent(*bar.rate) : tr("no verdict").toHtmlEscaped());
    }
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = ChartAxes::percent(tr("Pass rate"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);

    const QPen pen(ChartStyle::ink(m_palette), 2);
    for (qsizetype i = 0; i < n; ++i) {
        const PassRateBar &bar = bars[i];
        if (!bar.rate || !bar.interval.isValid())
            continue;
        const double lo = bar.interval.low * 100;
        const double hi = bar.interval.high * 100;
        const double cx = double(i);
        constexpr double cap = 0.08;
        auto *line = new QLineSeries;
        line->setObjectName(u"errorBar%1"_s.arg(i));
        line->setName(tr("%1 interval").arg(bar.column.label));
        line->append({QPointF(cx - cap, lo), QPointF(cx + cap, lo), QPointF(cx, lo), QPointF(cx, hi),
                      QPointF(cx - cap, hi), QPointF(cx + cap, hi)});
        line->setPen(pen);
        const QString tip = passRateTip(bar);
        QObject::connect(line, &QLineSeries::hovered, line, [tip, f = m_tip](const QPointF &, bool on) {
            f(on ? tip : QString());
        });
        attach(chart, line, x, y);
    }
    chart->legend()->hide();
    return chart;
}

QChart *ChartFactory::histogram(const DistributionChart &d, Unit unit) const
{
    const bool latency = unit == Unit::Milliseconds;
    QChart *chart = newChart(m_palette, latency ? tr("Latency distribution (answered, not cached)")
                                                : tr("Distribution of “%1”").arg(d.name));
    auto *series = new QBarSeries;
    series->setBarWidth(0.9);
    for (qsizetype i = 0; i < d.columns.size(); ++i) {
        const ColumnDistribution &c = d.columns[i];
        auto *set = new QBarSet(c.column.label);
        set->setObjectName(u"column%1"_s.arg(i));
        set->setColor(ChartStyle::series(i, m_palette));
        set->setBorderColor(ChartStyle::series(i, m_palette));
        for (const qint64 k : c.counts)
            set->append(double(k));
        QObject::connect(set, &QBarSet::hovered, set, [d, i, unit, f = m_tip](bool on, int bin) {
            f(on ? binTip(d, i, bin, unit) : QString());
        });
        series->append(set);
    }
    // Ranges while they fit under a bar group; the lower edges alone for many bins.
    const bool ranges = d.bins.count <= 10;
    QStringList categories;
    for (int b = 0; b < d.bins.count; ++b) {
        categories << (ranges ? u"%1–%2"_s.arg(binEdge(d.bins.low(b), unit, d.bins), binEdge(d.bins.high(b), unit, d.bins))
                              : binEdge(d.bins.low(b), unit, d.bins));
    }
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    const QString what = latency ? (inSeconds(d.bins) ? tr("Latency (s)") : tr("Latency (ms)")) : tr("Score");
    x->setTitleText(ranges ? what : tr("%1, bins from").arg(what));
    QValueAxis *y = ChartAxes::counts(d.maxCount, tr("Cases"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    return chart;
}

QChart *ChartFactory::boxPlot(const DistributionChart &d, Unit unit) const
{
    const bool latency = unit == Unit::Milliseconds;
    QChart *chart = newChart(m_palette, latency ? tr("Latency per column: min, quartiles, median, max")
                                                : tr("“%1” per column: min, quartiles, median, max").arg(d.name));
    auto *series = new QBoxPlotSeries;
    series->setPen(QPen(ChartStyle::ink(m_palette), 1.5));
    series->setBoxWidth(0.4);
    QStringList categories;
    double lo = 0;
    double hi = 1;
    bool first = true;
    for (qsizetype i = 0; i < d.columns.size(); ++i) {
        const ColumnDistribution &c = d.columns[i];
        if (c.summary.count == 0)
            continue;
        const FiveNumbers &f = c.summary;
        auto *set = new QBoxSet(f.min, f.q1, f.median, f.q3, f.max, c.column.label);
        set->setObjectName(u"column%1"_s.arg(i));
        set->setBrush(ChartStyle::series(i, m_palette));
        set->setPen(QPen(ChartStyle::ink(m_palette), 1.5));
        const QString tip = boxTip(c, unit);
        QObject::connect(set, &QBoxSet::hovered, set, [tip, f = m_tip](bool on) { f(on ? tip : QString()); });
        series->append(set);
        categories << axisLabel(c.column);
        lo = first ? f.min : std::min(lo, f.min);
        hi = first ? f.max : std::max(hi, f.max);
        first = false;
    }
    if (latency)
        lo = 0;
    const double pad = hi > lo ? (hi - lo) * 0.05 : 1.0;
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = ChartAxes::values(lo > 0 || latency ? lo : lo - pad, hi + pad,
                              latency ? tr("Latency (ms)") : tr("Score"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    chart->legend()->hide();
    return chart;
}

QChart *ChartFactory::costQuality(const QList<CostQualityPoint> &points, CostAxis xAxis, QualityAxis yAxis) const
{
    QChart *chart = newChart(m_palette, tr("Cost vs quality, one point per column"));
    const bool rate = yAxis == QualityAxis::PassRate;
    double maxX = 0;
    double minY = 0;
    double maxY = rate ? 100 : 1;
    QList<QScatterSeries *> made;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const CostQualityPoint &p = points[i];
        const std::optional<double> xv = xAxis == CostAxis::Total ? p.cost : p.costPer1000;
        const std::optional<double> yv = rate ? (p.passRate ? std::optional(*p.passRate * 100) : std::nullopt)
                                              : p.meanScore;
        if (!xv || !yv)
            continue;
        auto *s = new QScatterSeries;
        s->setObjectName(u"column%1"_s.arg(i));
        s->setName(p.column.label);
        s->setColor(ChartStyle::series(i, m_palette));
        s->setBorderColor(ChartStyle::ink(m_palette));
        s->setMarkerSize(14);
        s->append(*xv, *yv);
        s->setPointLabelsVisible(true);
        s->setPointLabelsColor(ChartStyle::ink(m_palette));
        s->setPointLabelsClipping(false);
        s->setPointLabelsFormat(p.column.label);
        const QString tip = costQualityTip(p);
        QObject::connect(s, &QScatterSeries::hovered, s, [tip, f = m_tip](const QPointF &, bool on) {
            f(on ? tip : QString());
        });
        made << s;
        maxX = std::max(maxX, *xv);
        minY = std::min(minY, *yv);
        maxY = std::max(maxY, *yv);
    }
    QValueAxis *x = ChartAxes::values(0, maxX > 0 ? maxX * 1.25 : 1,
                              xAxis == CostAxis::Total ? tr("Total cost") : tr("Cost per 1,000 cases"));
    QValueAxis *y = rate ? ChartAxes::percent(tr("Pass rate")) : ChartAxes::values(minY, maxY * 1.05, tr("Mean score"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *s : made)
        attach(chart, s, x, y);
    return chart;
}

QChart *ChartFactory::trend(const TrendData &data) const
{
    QChart *chart = newChart(m_palette, tr("%1 of “%2” across runs").arg(metricName(data.metric), data.promptName));
    const bool rate = data.metric == TrendMetric::PassRate;
    qint64 minT = 0;
    qint64 maxT = 0;
    double maxY = rate ? 100 : 0;
    bool first = true;
    QList<QLineSeries *> made;
    for (qsizetype k = 0; k < data.series.size(); ++k) {
        const TrendSeries &ts = data.series[k];
        auto *line = new QLineSeries;
        line->setObjectName(u"trend%1"_s.arg(k));
        line->setName(ts.model);
        line->setPen(QPen(ChartStyle::series(k, m_palette), 2.5));
        line->setPointsVisible(true);
        line->setMarkerSize(9);
        for (const TrendPoint &p : ts.points) {
            const qint64 t = p.createdAt.toMSecsSinceEpoch();
            line->append(double(t), rate ? p.value * 100 : p.value);
            minT = first ? t : std::min(minT, t);
            maxT = first ? t : std::max(maxT, t);
            maxY = std::max(maxY, rate ? p.value * 100 : p.value);
            first = false;
        }
        QObject::connect(line, &QLineSeries::hovered, line, [data, k, f = m_tip](const QPointF &at, bool on) {
            if (!on) {
                f(QString());
                return;
            }
            const TrendSeries &s = data.series[k];
            const auto nearest = std::min_element(s.points.cbegin(), s.points.cend(),
                                                  [&](const TrendPoint &a, const TrendPoint &b) {
                                                      return std::abs(double(a.createdAt.toMSecsSinceEpoch()) - at.x())
                                                          < std::abs(double(b.createdAt.toMSecsSinceEpoch()) - at.x());
                                                  });
            f(nearest == s.points.cend() ? QString() : trendTip(data, s.model, *nearest));
        });
        made << line;
    }
    QDateTimeAxis *x = ChartAxes::time(minT, maxT, tr("Run created"));
    QValueAxis *y = rate ? ChartAxes::percent(metricName(data.metric))
                         : ChartAxes::values(0, maxY > 0 ? maxY * 1.1 : 1, metricName(data.metric));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : made)
        attach(chart, line, x, y);
    if (rate) {
        // Each point's 95% interval as an error bar in its line's colour.
        const double cap = double(std::max<qint64>(maxT - minT, 24 * 3600 * 1000)) * 0.008;
        for (qsizetype k = 0; k < data.series.size(); ++k) {
            const TrendSeries &ts = data.series[k];
            for (qsizetype i = 0; i < ts.points.size(); ++i) {
                const TrendPoint &p = ts.points[i];
                if (!p.interval.isValid())
                    continue;
                const auto t = double(p.createdAt.toMSecsSinceEpoch());
                const double lo = p.interval.low * 100;
                const double hi = p.interval.high * 100;
                auto *bar = new QLineSeries;
                bar->setObjectName(u"errorBar%1.%2"_s.arg(k).arg(i));
                bar->append({QPointF(t - cap, lo), QPointF(t + cap, lo), QPointF(t, lo), QPointF(t, hi),
                             QPointF(t - cap, hi), QPointF(t + cap, hi)});
                bar->setPen(QPen(ChartStyle::series(k, m_palette), 1.5));
                const QString tip = trendTip(data, ts.model, p);
                QObject::connect(bar, &QLineSeries::hovered, bar, [tip, f = m_tip](const QPointF &, bool on) {
                    f(on ? tip : QString());
                });
                attach(chart, bar, x, y);
                for (QLegendMarker *marker : chart->legend()->markers(bar))
                    marker->setVisible(false);
            }
        }
    }
    return chart;
}

} // namespace lathe
