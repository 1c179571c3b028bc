// Chart data from a planted run (chartfixture.h): every expectation below is computed by hand
// from the fixture's figures.
#include "chartfixture.h"

#include "charts/chartbuilder.h"
#include "eval/stats/runaggregator.h"
#include "workspace/aggregatequery.h"
#include "workspace/chartquery.h"
#include "workspace/runstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

bool near(double a, double b, double eps = 1e-6)
{
    return std::abs(a - b) < eps;
}

const DistributionChart *scorer(const RunCharts &charts, const QString &name)
{
    for (const DistributionChart &d : charts.scores) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestChartBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ws = chartfixture::create(m_dir.filePath(u"charts.lathe"_s));
        QVERIFY(m_ws);
    }
    void cleanup() { m_ws.reset(); }

    void niceStepAndBins()
    {
        QCOMPARE(ChartBuilder::niceStep(100), 100.0);
        QCOMPARE(ChartBuilder::niceStep(3.45), 5.0);
        QCOMPARE(ChartBuilder::niceStep(0.13), 0.2);
        QCOMPARE(ChartBuilder::niceStep(0), 1.0);
        // Latency 0..1200 in about 12 bins: 12 bins of 100 ms.
        const Bins latency = ChartBuilder::bins(0, 1200, 12);
        QCOMPARE(latency.start, 0.0);
        QCOMPARE(latency.width, 100.0);
        QCOMPARE(latency.count, 12);
        QCOMPARE(latency.indexOf(1200), 11);   // the upper edge belongs to the last bin
        QCOMPARE(latency.indexOf(100), 1);
        // Scores within [0, 1]: ten bins of 0.1; 0.3 and 0.7 are not pushed a bin down by rounding.
        const Bins unit = ChartBuilder::scoreBins(0.2, 0.9);
        QCOMPARE(unit.count, 10);
        QCOMPARE(unit.indexOf(0.3), 3);
        QCOMPARE(unit.indexOf(0.7), 7);
        QCOMPARE(unit.indexOf(1.0), 9);
        // BLEU-like 12.5..47: width niceStep(3.45) = 5 from 10, ceil(37 / 5) = 8 bins.
        const Bins wide = ChartBuilder::scoreBins(12.5, 47);
        QCOMPARE(wide.start, 10.0);
        QCOMPARE(wide.width, 5.0);
        QCOMPARE(wide.count, 8);
        // A single value still gets a bin.
        QVERIFY(ChartBuilder::bins(3, 3, 10).count >= 1);
    }

    void fiveNumbers()
    {
        // [1, 2, 3, 4]: q1 at rank 0.75 -> 1.75, median 2.5, q3 at rank 2.25 -> 3.25.
        const FiveNumbers f = ChartBuilder::fiveNumbers({1, 2, 3, 4});
        QCOMPARE(f.count, 4);
        QCOMPARE(f.min, 1.0);
        QCOMPARE(f.q1, 1.75);
        QCOMPARE(f.median, 2.5);
        QCOMPARE(f.q3, 3.25);
        QCOMPARE(f.max, 4.0);
        QCOMPARE(f.mean, 2.5);
        QCOMPARE(ChartBuilder::fiveNumbers({}).count, 0);
    }

    void passRatesWithIntervals()
    {
        const RunCharts c = ChartBuilder::build(ChartQuery(m_ws->database()).run(1));
        QCOMPARE(c.runName, u"baseline"_s);
        QCOMPARE(c.cases, 10);
        QCOMPARE(c.answered, 9);   // one pending
        QCOMPARE(c.columns.size(), 2);
        QCOMPARE(c.columns[0].label, u"qa@1 model-a"_s);
        QCOMPARE(c.columns[1].label, u"qa@2 model-a"_s);
        QCOMPARE(c.prompts, QStringList{u"qa"_s});
        QVERIFY(c.hasVerdicts());

        const PassRateBar &a = c.passRates[0];
        QCOMPARE(a.passed, 2);
        QCOMPARE(a.trials, 4);     // 3 judged + 1 error; the pending case is not counted
        QCOMPARE(*a.rate, 0.5);
        // Wilson 95% for 2 of 4: [0.150039, 0.849961].
        QVERIFY(near(a.interval.low, 0.150039));
        QVERIFY(near(a.interval.high, 0.849961));
        const PassRateBar &b = c.passRates[1];
        QCOMPARE(b.trials, 5);
        QCOMPARE(*b.rate, 0.8);
        // Wilson 95% for 4 of 5: [0.375535, 0.963776].
        QVERIFY(near(b.interval.low, 0.375535));
        QVERIFY(near(b.interval.high, 0.963776));
    }

    void latencyDistribution()
    {
        const RunCharts c = ChartBuilder::build(ChartQuery(m_ws->database()).run(1));
        const DistributionChart &d = c.latency;
        QCOMPARE(d.bins.width, 100.0);
        QCOMPARE(d.bins.count, 12);
        QCOMPARE(d.maxCount, 1);
        // Column A: the cached 300 ms and the error are left out.
        const ColumnDistribution &a = d.columns[0];
        QCOMPARE(a.summary.count, 2);
        QCOMPARE(a.summary.min, 100.0);
        QCOMPARE(a.summary.median, 150.0);
        QCOMPARE(a.counts[1], 1);
        QCOMPARE(a.counts[2], 1);
        QCOMPARE(a.counts[3], 0);
        const ColumnDistribution &b = d.columns[1];
        QCOMPARE(b.summary.count, 5);
        QCOMPARE(b.summary.min, 400.0);
        QCOMPARE(b.summary.q1, 600.0);
        QCOMPARE(b.summary.median, 800.0);
        QCOMPARE(b.summary.q3, 1000.0);
        QCOMPARE(b.summary.max, 1200.0);
        QCOMPARE(b.summary.mean, 800.0);
        const QList<qint64> expected{0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1};
        QCOMPARE(b.counts, expected);
    }

    void scoreDistributions()
    {
        const RunCharts c = ChartBuilder::build(ChartQuery(m_ws->database()).run(1));
        // In order of the first stored score, without the case total.
        QCOMPARE(c.scores.size(), 3);
        QCOMPARE(c.scores[0].name, u"equals"_s);
        QCOMPARE(c.scores[1].name, u"similarity"_s);
        QCOMPARE(c.scores[2].name, u"bleu"_s);

        const DistributionChart *equals = scorer(c, u"equals"_s);
        QCOMPARE(equals->bins.count, 10);
        QCOMPARE(equals->columns[0].summary.count, 3);   // the error result has no score
        QCOMPARE(equals->columns[0].counts[0], 1);
        QCOMPARE(equals->columns[0].counts[9], 2);
        QCOMPARE(equals->columns[0].summary.q1, 0.5);
        QCOMPARE(equals->columns[0].summary.median, 1.0);
        QCOMPARE(equals->columns[1].counts[0], 1);
        QCOMPARE(equals->columns[1].counts[9], 4);
        QCOMPARE(equals->maxCount, 4);

        // The skipped score is left out; column A has no similarity scores at all.
        const DistributionChart *similarity = scorer(c, u"similarity"_s);
        QCOMPARE(similarity->columns[0].summary.count, 0);
        const ColumnDistribution &b = similarity->columns[1];
        QCOMPARE(b.summary.count, 4);
        QVERIFY(near(b.summary.min, 0.2));
        QVERIFY(near(b.summary.q1, 0.575));
        QVERIFY(near(b.summary.median, 0.75));
        QVERIFY(near(b.summary.q3, 0.825));
        QVERIFY(near(b.summary.max, 0.9));
        const QList<qint64> counts{0, 0, 1, 0, 0, 0, 0, 1, 1, 1};
        QCOMPARE(b.counts, counts);

        const DistributionChart *bleu = scorer(c, u"bleu"_s);
        QCOMPARE(bleu->bins.start, 10.0);
        QCOMPARE(bleu->bins.width, 5.0);
        QCOMPARE(bleu->columns[1].counts[0], 1);
        QCOMPARE(bleu->columns[1].counts[7], 1);
    }

    void costVersusQuality()
    {
        const RunCharts c = ChartBuilder::build(ChartQuery(m_ws->database()).run(1));
        QCOMPARE(c.costQuality.size(), 2);
        const CostQualityPoint &a = c.costQuality[0];
        QCOMPARE(a.priced, 3);
        QVERIFY(near(*a.cost, 0.003));
        QVERIFY(near(*a.costPer1000, 1.0));
        QCOMPARE(*a.passRate, 0.5);
        QVERIFY(near(*a.meanScore, 2.0 / 3.0));
        const CostQualityPoint &b = c.costQuality[1];
        QVERIFY(near(*b.cost, 0.01));
        QVERIFY(near(*b.costPer1000, 2.0));
        QCOMPARE(*b.passRate, 0.8);
        QVERIFY(near(*b.meanScore, 0.9));

        // Run 2 has no prices and a column without results: no coordinates, not zeros.
        const RunCharts later = ChartBuilder::build(ChartQuery(m_ws->database()).run(2));
        QVERIFY(!later.costQuality[0].cost);
        QVERIFY(later.costQuality[0].passRate);
        QVERIFY(!later.costQuality[2].passRate);
        QCOMPARE(later.prompts, (QStringList{u"qa"_s, u"other"_s}));
    }

    void trendAcrossRuns()
    {
        const QList<ChartColumnFacts> columns = ChartQuery(m_ws->database()).promptColumns(u"qa"_s);
        QCOMPARE(columns.size(), 5);   // not the "other" prompt's column
        const TrendData t = ChartBuilder::trend(u"qa"_s, columns, TrendMetric::PassRate);
        QCOMPARE(t.runs, 3);
        QCOMPARE(t.withoutValue, 1);   // run 3: nothing answered
        QCOMPARE(t.series.size(), 2);
        const TrendSeries &a = t.series[0];
        QCOMPARE(a.model, u"model-a"_s);
        QCOMPARE(a.points.size(), 3);
        QCOMPARE(a.points[0].runId, 1);
        QCOMPARE(a.points[0].promptVersion, 1);
        QCOMPARE(a.points[0].value, 0.5);
        QCOMPARE(a.points[1].promptVersion, 2);
        QCOMPARE(a.points[1].value, 0.8);
        QCOMPARE(a.points[2].runId, 2);
        QCOMPARE(a.points[2].value, 1.0);
        QCOMPARE(a.points[2].createdAt, QDateTime(QDate(2025, 1, 5), QTime(0, 0), QTimeZone::UTC));
        // Wilson 95% for 2 of 2: [0.342380, 1].
        QVERIFY(near(a.points[2].interval.low, 0.342380));
        QCOMPARE(t.series[1].model, u"model-b"_s);
        QCOMPARE(t.series[1].points.constFirst().value, 0.0);

        const TrendData mean = ChartBuilder::trend(u"qa"_s, columns, TrendMetric::MeanScore);
        QVERIFY(near(mean.series[0].points[1].value, 0.9));
        const TrendData cost = ChartBuilder::trend(u"qa"_s, columns, TrendMetric::CostPer1000);
        QCOMPARE(cost.series.size(), 1);   // only run 1 has prices
        QCOMPARE(cost.withoutValue, 3);
        QVERIFY(near(cost.series[0].points[1].value, 2.0));
    }

    // The charts and the summary table (RunAggregator over AggregateQuery) show the same figures.
    void matchesTheSummaryTable()
    {
        Database &db = m_ws->database();
        const RunCharts c = ChartBuilder::build(ChartQuery(db).run(1));
        const QList<ColumnSummary> table = RunAggregator().summarize(RunStore(db).columns(1), AggregateQuery(db).cases(1));
        QCOMPARE(table.size(), c.columns.size());
        for (qsizetype i = 0; i < table.size(); ++i) {
            const ColumnSummary &t = table[i];
            QCOMPARE(c.columns[i].columnId, t.columnId);
            QCOMPARE(c.passRates[i].passed, t.passed);
            QCOMPARE(c.passRates[i].trials, t.judged + t.errors);
            QCOMPARE(c.passRates[i].rate, t.passRate);
            QVERIFY(near(c.passRates[i].interval.low, t.passInterval.low, 1e-12));
            QVERIFY(near(c.passRates[i].interval.high, t.passInterval.high, 1e-12));
            QVERIFY(near(*c.costQuality[i].meanScore, *t.meanScore, 1e-12));
            QVERIFY(near(*c.costQuality[i].costPer1000, *t.costPer1000, 1e-12));
            QCOMPARE(c.latency.columns[i].summary.count, t.latencyMs.count);
            QVERIFY(near(c.latency.columns[i].summary.median, t.latencyMs.p50, 1e-12));
            QVERIFY(near(c.latency.columns[i].summary.mean, t.latencyMs.mean, 1e-12));
            for (const ScorerSummary &sc : t.scorers) {
                const DistributionChart *d = scorer(c, sc.name);
                QVERIFY2(d, qPrintable(sc.name));
                QCOMPARE(d->columns[i].summary.count, sc.count);
                if (sc.count > 0)
                    QVERIFY(near(d->columns[i].summary.mean, sc.mean, 1e-12));
            }
        }
    }

    void unknownRunAndPrompt()
    {
        const ChartRunFacts none = ChartQuery(m_ws->database()).run(99);
        QCOMPARE(none.runId, 0);
        const RunCharts c = ChartBuilder::build(none);
        QVERIFY(c.columns.isEmpty());
        QVERIFY(c.latency.isEmpty());
        QVERIFY(!c.hasVerdicts());
        QVERIFY(ChartBuilder::trend(u"nope"_s, ChartQuery(m_ws->database()).promptColumns(u"nope"_s),
                                    TrendMetric::PassRate).isEmpty());
    }

    void infiniteValuesAreLeftOut()
    {
        m_ws->database().exec("INSERT INTO scores (case_id, scorer, value, created_at) VALUES (2101, 'ratio', 1e999, 'x'), "
                              "(2102, 'ratio', 0.5, 'x'); UPDATE results SET latency_ms = 1e999 WHERE case_id = 2201");
        const RunCharts c = ChartBuilder::build(ChartQuery(m_ws->database()).run(2));
        const DistributionChart *ratio = scorer(c, u"ratio"_s);
        QVERIFY(ratio);
        QCOMPARE(ratio->columns[0].summary.count, 1);
        QCOMPARE(ratio->bins.count, 10);
        QCOMPARE(c.latency.columns[1].summary.count, 0);
        QCOMPARE(c.latency.bins.width, 100.0);   // 500 and 700 ms only
    }

    void duplicateLabelsAreNumbered()
    {
        ChartColumnFacts a;
        a.promptName = u"qa"_s;
        a.promptVersion = 1;
        a.model = u"m"_s;
        ChartColumnFacts b = a;
        b.position = 1;
        const QList<ChartColumn> c = ChartBuilder::columns({a, b});
        QCOMPARE(c[0].label, u"qa@1 m #1"_s);
        QCOMPARE(c[1].label, u"qa@1 m #2"_s);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

QTEST_APPLESS_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"
