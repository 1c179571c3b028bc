#include "chartbuilder.h"

#include "eval/stats/percentile.h"
#include "eval/stats/wilson.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lathe {

using namespace Qt::StringLiterals;

namespace {

// Tolerance for values that sit on a bin edge but land a hair below it in binary.
constexpr double kEdge = 1e-9;

} // namespace

int Bins::indexOf(double value) const
{
    if (count <= 0)
        return 0;
    const double i = std::floor((value - start) / width + kEdge);
    return int(std::clamp(i, 0.0, double(count - 1)));
}

double ChartBuilder::niceStep(double raw)
{
    if (!(raw > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw * (1 - kEdge))
            return m * power;
    }
    return 10 * power;
}

Bins ChartBuilder::bins(double min, double max, int target)
{
    if (max <= min)
        max = min + 1;
    Bins b;
    b.width = niceStep((max - min) / double(std::max(1, target)));
    b.start = std::floor(min / b.width + kEdge) * b.width;
    b.count = std::max(1, int(std::ceil((max - b.start) / b.width - kEdge)));
    return b;
}

Bins ChartBuilder::scoreBins(double min, double max)
{
    if (min >= 0 && max <= 1)
        return Bins{0.0, 0.1, 10};
    return bins(min, max, 10);
}

QList<ChartColumn> ChartBuilder::columns(const QList<ChartColumnFacts> &columns)
{
    QList<ChartColumn> out;
    QHash<QString, int> uses;
    for (const ChartColumnFacts &f : columns) {
        ChartColumn c;
        c.columnId = f.columnId;
        c.promptName = f.promptName;
        c.promptVersion = f.promptVersion;
        c.model = f.model;
        c.label = u"%1@%2 %3"_s.arg(f.promptName).arg(f.promptVersion).arg(f.model);
        ++uses[c.label];
        out.append(c);
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (uses.value(out[i].label) > 1)
            out[i].label += u" #%1"_s.arg(columns[i].position + 1);
    }
    return out;
}

PassRateBar ChartBuilder::passRate(const ChartColumn &column, qint64 passed, qint64 judged, qint64 errors)
{
    PassRateBar b;
    b.column = column;
    b.passed = passed;
    b.trials = judged + errors;
    if (judged > 0) {
        b.rate = double(passed) / double(b.trials);
        b.interval = Wilson::interval(passed, b.trials);
    }
    return b;
}

CostQualityPoint ChartBuilder::costQuality(const ChartColumn &column, const ChartColumnFacts &f)
{
    CostQualityPoint p;
    p.column = column;
    p.priced = f.priced;
    if (f.priced > 0) {
        p.cost = f.cost;
        p.costPer1000 = f.cost / double(f.priced) * 1000.0;
    }
    if (f.judged > 0) {
        p.passRate = double(f.passed) / double(f.judged + f.errors);
        if (const double mean = f.totalSum / double(f.judged); std::isfinite(mean))
            p.meanScore = mean;
    }
    if (p.cost && !std::isfinite(*p.cost)) {
        p.cost.reset();
        p.costPer1000.reset();
    }
    return p;
}

FiveNumbers ChartBuilder::fiveNumbers(const std::vector<double> &sorted)
{
    FiveNumbers f;
    f.count = qint64(sorted.size());
    if (sorted.empty())
        return f;
    f.min = sorted.front();
    f.max = sorted.back();
    f.q1 = Percentile::ofSorted(sorted, 25);
    f.median = Percentile::ofSorted(sorted, 50);
    f.q3 = Percentile::ofSorted(sorted, 75);
    double sum = 0;
    for (const double v : sorted)
        sum += v;
    f.mean = sum / double(sorted.size());
    return f;
}

DistributionChart ChartBuilder::distribution(const QString &name, const QList<ChartColumn> &columns,
                                             const QList<std::vector<double>> &values, const Bins &bins)
{
    DistributionChart d;
    d.name = name;
    d.bins = bins;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        ColumnDistribution c;
        c.column = columns[i];
        c.counts = QList<qint64>(bins.count, 0);
        if (i < values.size()) {
            c.summary = fiveNumbers(values[i]);
            for (const double v : values[i])
                d.maxCount = std::max(d.maxCount, ++c.counts[bins.indexOf(v)]);
        }
        d.columns.append(c);
    }
    return d;
}

RunCharts ChartBuilder::build(const ChartRunFacts &facts)
{
    RunCharts out;
    out.runId = facts.runId;
    out.runName = facts.name;
    out.status = facts.status;
    out.columns = columns(facts.columns);
    for (qsizetype i = 0; i < facts.columns.size(); ++i) {
        const ChartColumnFacts &f = facts.columns[i];
        out.cases += f.cases;
        out.answered += f.ok + f.errors;
        out.passRates.append(passRate(out.columns[i], f.passed, f.judged, f.errors));
        out.costQuality.append(costQuality(out.columns[i], f));
        if (!out.prompts.contains(f.promptName))
            out.prompts.append(f.promptName);
    }

    double maxLatency = -1;
    for (const std::vector<double> &v : facts.latencies) {
        if (!v.empty())
            maxLatency = std::max(maxLatency, v.back());
    }
    if (maxLatency >= 0)
        out.latency = distribution(u"latency"_s, out.columns, facts.latencies, bins(0, maxLatency, 12));
    else
        out.latency.name = u"latency"_s;

    // facts.scorers: one entry per column for each scorer, scorer after scorer.
    const qsizetype n = facts.columns.size();
    for (qsizetype first = 0; n > 0 && first + n <= facts.scorers.size(); first += n) {
        QList<std::vector<double>> values;
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (qsizetype i = first; i < first + n; ++i) {
            values.append(facts.scorers[i].values);
            if (!facts.scorers[i].values.empty()) {
                lo = std::min(lo, facts.scorers[i].values.front());
                hi = std::max(hi, facts.scorers[i].values.back());
            }
        }
        const QString name = facts.scorers[first].scorer;
        if (lo > hi) {   // only skipped scores
            DistributionChart empty;
            empty.name = name;
            out.scores.append(empty);
            continue;
        }
        out.scores.append(distribution(name, out.columns, values, scoreBins(lo, hi)));
    }
    return out;
}

TrendData ChartBuilder::trend(const QString &promptName, const QList<ChartColumnFacts> &columns, TrendMetric metric)
{
    TrendData out;
    out.promptName = promptName;
    out.metric = metric;
    QSet<qint64> runs;
    QHash<QString, qsizetype> seriesOf;
    for (const ChartColumnFacts &f : columns) {
        runs.insert(f.runId);
        TrendPoint p;
        p.runId = f.runId;
        p.runName = f.runName;
        p.createdAt = QDateTime::fromString(f.runCreatedAt, Qt::ISODateWithMs);
        p.promptVersion = f.promptVersion;
        bool has = false;
        switch (metric) {
        case TrendMetric::PassRate:
            has = f.judged > 0;
            p.n = f.judged + f.errors;
            if (has) {
                p.value = double(f.passed) / double(p.n);
                p.interval = Wilson::interval(f.passed, p.n);
            }
            break;
        case TrendMetric::MeanScore:
            has = f.judged > 0;
            p.n = f.judged;
            if (has)
                p.value = f.totalSum / double(f.judged);
            break;
        case TrendMetric::CostPer1000:
            has = f.priced > 0;
            p.n = f.priced;
            if (has)
                p.value = f.cost / double(f.priced) * 1000.0;
            break;
        }
        if (!has || !std::isfinite(p.value)) {
            ++out.withoutValue;
            continue;
        }
        auto it = seriesOf.constFind(f.model);
        if (it == seriesOf.cend()) {
            it = seriesOf.insert(f.model, out.series.size());
            out.series.append(TrendSeries{f.model, {}});
        }
        out.series[*it].points.append(p);
    }
    for (TrendSeries &s : out.series) {
        std::stable_sort(s.points.begin(), s.points.end(), [](const TrendPoint &a, const TrendPoint &b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.runId < b.runId;
        });
    }
    out.runs = runs.size();
    return out;
}

} // namespace lathe
