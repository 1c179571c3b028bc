// Benchmark of the case matrix: a workspace with 1,000,000 results (250,000 dataset rows x 4
// columns, written with bulk inserts), then the time to open the matrix (row count and first
// window through CaseMatrixModel's loader thread), to sort by a column's score, and to filter
// (failed anywhere, regressions, search), and to compute the summary table. Target: open < 1 s.
// Prints the times.
// Usage: bench_casematrix [WORKSPACE]  (reuses WORKSPACE when it exists, else creates it there)
#include "../models/results/resultsfixture.h"

#include "results/casematrixmodel.h"
#include "results/summaryloader.h"
#include "workspace/casematrixquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace lathe;

namespace {

constexpr qint64 kRows = 250000;
constexpr int kColumns = 4;

// Waits until the model has its row count and the first window; the elapsed milliseconds.
qint64 timeView(CaseMatrixModel &model, const std::function<void()> &change)
{
    QElapsedTimer t;
    t.start();
    change();
    const bool ok = QTest::qWaitFor([&] {
        return !model.isLoading()
            && (model.rowCount() == 0 || model.index(0, 0).data(CaseMatrixModel::LoadedRole).toBool());
    }, 120000);
    return ok ? t.elapsed() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.lathe"));
    qint64 runId = 0;
    QList<qint64> columns;
    if (QFileInfo::exists(path)) {
        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        if (!ws) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error.message));
            return 1;
        }
        runId = ws->database().queryInt("SELECT max(id) FROM runs");
        for (const RunColumnInfo &c : RunStore(ws->database()).columns(runId))
            columns.append(c.id);
    } else {
        QElapsedTimer build;
        build.start();
        resultsfixture::Run run = resultsfixture::bulk(path, kRows, kColumns);
        if (!run.ws) {
            std::fprintf(stderr, "cannot create the workspace\n");
            return 1;
        }
        runId = run.runId;
        columns = run.columnIds;
        std::printf("built %lld rows x %d columns = %lld results in %lld ms\n", kRows, kColumns, kRows * kColumns,
                    build.elapsed());
    }

    CaseMatrixModel model;
    {
        const qint64 ms = timeView(model, [&] { model.setRun(path, runId); });
        std::printf("open (row count + first window): %lld ms, %d rows\n", ms, model.rowCount());
    }
    const int scoreOfThird = model.firstColumnOfGroup(2) + 2;
    std::printf("sort by the third column's score: %lld ms\n",
                timeView(model, [&] { model.sort(scoreOfThird, Qt::DescendingOrder); }));
    std::printf("sort by the first column's result: %lld ms\n",
                timeView(model, [&] { model.sort(model.firstColumnOfGroup(0) + 1, Qt::AscendingOrder); }));
    std::printf("back to dataset order: %lld ms\n", timeView(model, [&] { model.sort(-1); }));
    CaseFilter f;
    f.kind = CaseFilter::Kind::FailedAnywhere;
    {
        const qint64 ms = timeView(model, [&] { model.setFilter(f); });
        std::printf("filter failed anywhere: %lld ms, %d rows\n", ms, model.rowCount());
    }
    f.kind = CaseFilter::Kind::Regressions;
    f.columnA = columns.value(0);
    f.columnB = columns.value(1);
    {
        const qint64 ms = timeView(model, [&] { model.setFilter(f); });
        std::printf("filter regressions A -> B: %lld ms, %d rows\n", ms, model.rowCount());
    }
    f = {};
    f.search = QStringLiteral("answer 12345 ");
    {
        const qint64 ms = timeView(model, [&] { model.setFilter(f); });
        std::printf("search text: %lld ms, %d rows\n", ms, model.rowCount());
    }
    f = {};
    {
        const qint64 ms = timeView(model, [&] { model.setFilter(f); });
        std::printf("back to all rows: %lld ms, %d rows\n", ms, model.rowCount());
    }
    {
        QElapsedTimer t;
        t.start();
        QString error;
        const auto summaries = SummaryLoader::read(path, runId, &error);
        std::printf("summary table (RunAggregator, 1,000 bootstrap resamples): %lld ms, %lld columns\n", t.elapsed(),
                    qint64(summaries ? summaries->size() : -1));
    }
    std::printf("rows held at most: %lld (budget %d)\n", model.maxRowsHeld(),
                CaseMatrixModel::kWindowSize * CaseMatrixModel::kCachedWindows);
    return 0;
}
