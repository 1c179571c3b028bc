// Benchmark of corpus BLEU and chrF (also chrF++) over 100,000 segment pairs of about 20 words
// (seeded; English, Korean, emoji and punctuation), one thread. Target: under 1 s each.
#include "eval/bleu.h"
#include "eval/chrf.h"

#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSegments = 100000;
constexpr int kRuns = 3;

struct Corpus
{
    QStringList hyps;
    QStringList refs;
    qint64 characters = 0;
};

Corpus makeCorpus()
{
    static const char *const words[] = {
        "the", "model", "answered", "question", "correctly", "and", "cited", "two", "sources", "when",
        "asked", "about", "weather", "in", "Seoul,", "today.", "It", "was", "not", "sure", "so", "it",
        "said", "3.14", "1,000", "(see", "below)", "\"quoted\"", "don't", "e.g.", "state-of-the-art",
        "요약", "문서를", "읽고", "세", "문장으로", "답하세요", "😀", "👍🏽", "translation", "summary",
        "a", "an", "of", "for", "with", "without", "never", "always", "user", "assistant", "JSON"};
    std::mt19937 rng(20261128);
    const auto word = [&] { return QString::fromUtf8(words[rng() % std::size(words)]); };
    Corpus c;
    c.hyps.reserve(kSegments);
    c.refs.reserve(kSegments);
    for (int i = 0; i < kSegments; ++i) {
        QStringList w;
        const int n = 15 + int(rng() % 11);
        for (int k = 0; k < n; ++k)
            w.append(word());
        c.refs.append(w.join(u' '));
        // The hypothesis: about a quarter of the words replaced, dropped or added.
        QStringList h;
        for (const QString &x : w) {
            switch (rng() % 12) {
            case 0: h.append(word()); break;
            case 1: break;
            case 2: h.append(x); h.append(word()); break;
            default: h.append(x); break;
            }
        }
        c.hyps.append(h.join(u' '));
        c.characters += c.hyps.constLast().size() + c.refs.constLast().size();
    }
    return c;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Median CPU time of this thread over kRuns runs (wall time would count the waits of a busy
// machine); the median wall time goes to *wall.
double medianSeconds(const std::function<void()> &run, double *wall)
{
    std::vector<double> cpu;
    std::vector<double> elapsed;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        const double start = cpuSeconds();
        run();
        cpu.push_back(cpuSeconds() - start);
        elapsed.push_back(double(t.nsecsElapsed()) / 1e9);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(elapsed.begin(), elapsed.end());
    *wall = elapsed[elapsed.size() / 2];
    return cpu[cpu.size() / 2];
}

} // namespace

int main()
{
    const Corpus c = makeCorpus();
    const QList<QStringList> refs = {c.refs};
    std::printf("bench_metrics: %d segment pairs, %lld UTF-16 units in all (seeded)\n", kSegments,
                static_cast<long long>(c.characters));

    double wall = 0.0;
    std::printf("  CPU seconds, median of %d runs (wall seconds in brackets)\n", kRuns);
    BleuScore bleu;
    const double bleuSeconds = medianSeconds([&] { bleu = Bleu().corpusScore(c.hyps, refs); }, &wall);
    std::printf("  corpus BLEU (13a)  %6.3f s (%6.3f)  %s\n", bleuSeconds, wall, qPrintable(bleu.format()));

    ChrfScore chrf;
    const double chrfSeconds = medianSeconds([&] { chrf = Chrf().corpusScore(c.hyps, refs); }, &wall);
    std::printf("  corpus chrF        %6.3f s (%6.3f)  %s\n", chrfSeconds, wall, qPrintable(chrf.format()));

    ChrfScore chrfpp;
    const double chrfppSeconds = medianSeconds([&] { chrfpp = Chrf(Chrf::chrfPlusPlus()).corpusScore(c.hyps, refs); }, &wall);
    std::printf("  corpus chrF++      %6.3f s (%6.3f)  %s\n", chrfppSeconds, wall, qPrintable(chrfpp.format()));

    const bool ok = bleuSeconds < 1.0 && chrfSeconds < 1.0;
    std::printf("  target under 1 s each: %s\n", ok ? "met" : "MISSED");
    return 0;
}
