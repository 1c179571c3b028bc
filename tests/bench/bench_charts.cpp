// Benchmark of the chart data of a large run: 1,000,000 stored results (250,000 dataset rows x
// 4 columns) with latencies, costs, a case total and two scorers per result, then
// ChartQuery::run + ChartBuilder::build (what ChartsView reads on its pool thread) and the
// prompt's trend. Seeded data (SQLite's random() is not used); prints the times.
// Usage: bench_charts [ROWS [FILE]]
#include "charts/chartbuilder.h"
#include "workspace/chartquery.h"
#include "workspace/database.h"
#include "workspace/workspace.h"
#include "workspace/workspaceerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace lathe;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 250000;
    // A second argument keeps the workspace at that path (for looking at query plans).
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.lathe"_s);
    {
        WorkspaceError error;
        auto ws = Workspace::create(path, {}, &error);
        if (!ws) {
            std::fprintf(stderr, "cannot create a workspace: %s\n", qPrintable(error.message));
            return 1;
        }
        QElapsedTimer fill;
        fill.start();
        Database &db = ws->database();
        db.exec("BEGIN");
        db.exec("INSERT INTO datasets (id, name, created_at) VALUES (1, 'd', 'x');"
                "INSERT INTO dataset_versions (id, dataset_id, number, frozen, created_at) VALUES (1, 1, 1, 1, 'x');"
                "INSERT INTO prompts (id, name, created_at, updated_at) VALUES (1, 'qa', 'x', 'x');"
                "INSERT INTO prompt_versions (id, prompt_id, number, kind, message, content_hash, created_at) VALUES "
                "(1, 1, 1, 'text', 'a', 'h1', 'x'), (2, 1, 2, 'text', 'b', 'h2', 'x');"
                "INSERT INTO runs (id, name, status, dataset_version_id, created_at) VALUES "
                "(1, 'big', 'completed', 1, '2025-01-02T00:00:00Z');"
                "INSERT INTO run_columns (id, run_id, position, prompt_version_id, model) VALUES "
                "(1, 1, 0, 1, 'm1'), (2, 1, 1, 2, 'm1'), (3, 1, 2, 1, 'm2'), (4, 1, 3, 2, 'm2');");
        const QByteArray n = QByteArray::number(rows);
        db.exec(QByteArray("WITH RECURSIVE i(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM i WHERE x < " + n
                           + ") INSERT INTO dataset_rows (id, data) SELECT x, '{}' FROM i")
                    .constData());
        db.exec("INSERT INTO run_cases (id, run_id, column_id, row_id, row_position) "
                "SELECT (c.id - 1) * 10000000 + r.id, 1, c.id, r.id, r.id FROM run_columns c, dataset_rows r");
        // Deterministic spread: latency 200..3200 ms, a pass for 3 of 5 cases, scores 0..1.
        db.exec("INSERT INTO results (case_id, status, latency_ms, cost, cached, created_at) "
                "SELECT id, CASE WHEN id % 97 = 0 THEN 'error' ELSE 'ok' END, 200 + (id * 7919) % 3000, "
                "0.0001 * (1 + column_id), 0, 'x' FROM run_cases");
        db.exec("INSERT INTO scores (case_id, scorer, value, pass, created_at) "
                "SELECT id, '_case', CASE WHEN (id * 31) % 5 < 3 THEN 1 ELSE 0 END, (id * 31) % 5 < 3, 'x' FROM run_cases");
        db.exec("INSERT INTO scores (case_id, scorer, value, pass, created_at) "
                "SELECT id, 'equals', CASE WHEN (id * 31) % 5 < 3 THEN 1 ELSE 0 END, (id * 31) % 5 < 3, 'x' FROM run_cases");
        db.exec("INSERT INTO scores (case_id, scorer, value, pass, created_at) "
                "SELECT id, 'similarity', ((id * 7) % 1000) / 1000.0, NULL, 'x' FROM run_cases");
        db.exec("COMMIT");
        std::printf("filled %lld results in %lld ms\n", rows * 4, fill.elapsed());
    }

    Database db;
    db.open(path, Database::Mode::ReadOnly);
    // Wall time and this process's CPU time (the second is steadier on a busy machine).
    const auto cpuMs = [] { return qint64(double(std::clock()) * 1000.0 / CLOCKS_PER_SEC); };
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = cpuMs();
    const ChartRunFacts facts = ChartQuery(db).run(1);
    const qint64 query = t.elapsed();
    const qint64 queryCpu = cpuMs() - cpu0;
    const RunCharts charts = ChartBuilder::build(facts);
    const qint64 total = t.elapsed();
    std::printf("run charts of %lld results: query %lld ms (cpu %lld ms), build %lld ms, total %lld ms "
                "(pass rate of column 1: %.4f, latency bins %d, scorers %lld)\n",
                charts.answered, query, queryCpu, total - query, total, charts.passRates.value(0).rate.value_or(-1),
                charts.latency.bins.count, qint64(charts.scores.size()));
    t.restart();
    const qint64 cpu1 = cpuMs();
    const TrendData trend = ChartBuilder::trend(u"qa"_s, ChartQuery(db).promptColumns(u"qa"_s), TrendMetric::PassRate);
    std::printf("trend over %lld run(s): %lld ms (cpu %lld ms)\n", trend.runs, t.elapsed(), cpuMs() - cpu1);
    return 0;
}
