// Benchmark of the side-by-side review on a large run: 20,000 dataset rows x 3 columns (60,000
// answered cases with request/response bodies and scores, built by the review test fixture).
// Prints the time to open the comparison (row count + judgements), to read the first page, a
// page at the end, every page in order (a scroll to the bottom), to store and show a vote, and
// to aggregate the win rates.
#include "../models/review/reviewfixture.h"

#include "review/comparisonmodel.h"
#include "review/judgementsummary.h"
#include "review/reviewsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRows = 20000;
constexpr int kVotes = 500;

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    const auto run = reviewfixture::create(dir.filePath(u"bench.lathe"_s), kRows);
    if (!run.ws) {
        std::fprintf(stderr, "cannot build the run\n");
        return 1;
    }
    std::printf("build run: %d rows x 3 columns in %.0f ms\n", kRows, ms(t));

    ComparisonModel model(run.ws->database());
    QString error;
    t.restart();
    if (!model.setRun(run.runId, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("open comparison (row keys + judgements): %.2f ms\n", ms(t));
    t.restart();
    model.data(model.index(0, ComparisonModel::outputColumn(0)));
    std::printf("first page (%d rows): %.2f ms\n", ComparisonModel::pageSize(), ms(t));
    t.restart();
    model.data(model.index(kRows - 1, ComparisonModel::outputColumn(0)));
    std::printf("last page: %.2f ms\n", ms(t));

    t.restart();
    for (int r = 0; r < kRows; r += ComparisonModel::pageSize())
        model.data(model.index(r, ComparisonModel::outputColumn(1)));
    const int pages = (kRows + ComparisonModel::pageSize() - 1) / ComparisonModel::pageSize();
    std::printf("scroll through every page: %d pages in %.0f ms (%.2f ms per page), %d cached\n", pages, ms(t),
                ms(t) / pages, model.cachedPageCount());

    ReviewSession session(run.ws->database(), &model);
    t.restart();
    for (int i = 0; i < kVotes; ++i) {
        if (!session.prefer(i, PreferenceChoice(i % 4), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        session.rate(i, 1, 1 + i % 5, &error);
    }
    std::printf("store and show a vote: %.3f ms per preference + rating (%d of each)\n", ms(t) / kVotes, kVotes);

    t.restart();
    const JudgementSummary summary = JudgementSummary::forRun(run.ws->database(), run.runId);
    std::printf("win rates from %lld judgements: %.2f ms (A vs B %.3f [%.3f, %.3f])\n",
                summary.preferenceCount() + summary.ratingCount(), ms(t), summary.pairs().value(0).winRate.value_or(-1),
                summary.pairs().value(0).interval.low, summary.pairs().value(0).interval.high);
    return 0;
}
