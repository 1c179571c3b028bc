// Benchmark of TextDiff on two 10,000-line prompts with 5% of the lines changed (seeded):
// line level and line + word level, median of several runs, against
// `git diff --no-index --word-diff` on the same texts written to files, in the same run.
#include "diff/textdiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

constexpr int kLines = 10000;
constexpr int kRuns = 9;

struct Pair
{
    QString left;
    QString right;
    int editedLines = 0;
};

Pair makePrompts()
{
    static const char *const words[] = {
        "the", "assistant", "must", "answer", "briefly", "and", "cite", "sources", "when", "asked",
        "{{user}}", "{{context}}", "summarise", "document", "below", "in", "three", "bullet", "points",
        "never", "invent", "facts", "use", "plain", "language", "for", "a", "general", "audience",
        "if", "unsure", "say", "so", "output", "JSON", "with", "keys", "title", "summary", "tags",
        "요약해", "주세요", "문서", "😀", "respond", "politely", "to", "every", "question", "step"};
    std::mt19937 rng(20261128);
    const auto word = [&] { return QString::fromUtf8(words[rng() % std::size(words)]); };
    const auto line = [&] {
        QStringList w;
        const int n = 5 + int(rng() % 11);
        for (int i = 0; i < n; ++i)
            w.append(word());
        return w.join(u' ');
    };

    Pair p;
    QStringList left, right;
    for (int i = 0; i < kLines; ++i) {
        const QString l = i % 12 == 11 ? QString() : line();   // paragraphs: a blank line now and then
        left.append(l);
        if (rng() % 100 >= 5) {
            right.append(l);
            continue;
        }
        ++p.editedLines;
        switch (rng() % 10) {
        case 0: break;                                      // line deleted
        case 1: right.append(l); right.append(line()); break;   // line inserted after
        case 2: right.append(line()); break;                // line rewritten
        default: {                                          // one or two words edited
            QStringList w = l.split(u' ');
            if (w.isEmpty() || l.isEmpty()) {
                w = {word()};
            } else {
                w[qsizetype(rng() % w.size())] = word();
                if (rng() % 2)
                    w.insert(qsizetype(rng() % w.size()), word());
            }
            right.append(w.join(u' '));
        }
        }
    }
    p.left = left.join(u'\n') + u'\n';
    p.right = right.join(u'\n') + u'\n';
    return p;
}

double medianMs(const std::function<void()> &run)
{
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// Median wall time of `git ARGS`, or -1 when git cannot run.
double gitMs(const QStringList &args, QByteArray *output = nullptr)
{
    bool ok = true;
    const double ms = medianMs([&] {
        QProcess git;
        git.start(u"git"_s, args);
        if (!git.waitForFinished(60000) || git.exitStatus() != QProcess::NormalExit)
            ok = false;
        if (output)
            *output = git.readAllStandardOutput();
    });
    return ok ? ms : -1.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Pair p = makePrompts();

    DiffResult lines;
    DiffResult words;
    const double lineMs = medianMs([&] { lines = TextDiff::compare(p.left, p.right, TextDiff::Level::Lines); });
    const double wordMs = medianMs([&] { words = TextDiff::compare(p.left, p.right, TextDiff::Level::Words); });
    const DiffSummary s = words.summary();
    std::printf("bench_diff: %d vs %d lines, %d lines edited (seeded); result +%d -%d, %d changed rows, %d hunks\n",
                lines.leftLineCount(), lines.rightLineCount(), p.editedLines, s.insertions, s.deletions,
                s.changedRows, int(words.hunks().size()));
    std::printf("  TextDiff lines          %8.2f ms (median of %d)\n", lineMs, kRuns);
    std::printf("  TextDiff lines + words  %8.2f ms\n", wordMs);

    QTemporaryDir dir;
    const QString a = dir.filePath(u"v1.prompt"_s);
    const QString b = dir.filePath(u"v2.prompt"_s);
    if (!dir.isValid() || !writeFile(a, p.left) || !writeFile(b, p.right)) {
        std::printf("  git: cannot write the temporary files\n");
        return 1;
    }
    const double startMs = gitMs({u"--version"_s});
    QByteArray wordDiff;
    const double gitLineMs = gitMs({u"diff"_s, u"--no-index"_s, u"--no-color"_s, a, b});
    const double gitWordMs = gitMs({u"diff"_s, u"--no-index"_s, u"--no-color"_s, u"--word-diff"_s, a, b}, &wordDiff);
    if (gitWordMs < 0) {
        std::printf("  git: not available, no comparison\n");
        return 0;
    }
    std::printf("  git diff --no-index                %8.2f ms (process start alone: git --version %.2f ms)\n",
                gitLineMs, startMs);
    std::printf("  git diff --no-index --word-diff    %8.2f ms (%lld bytes of output)\n", gitWordMs,
                static_cast<long long>(wordDiff.size()));
    std::printf("  ratio TextDiff lines+words / git --word-diff: %.2f (%s)\n", wordMs / gitWordMs,
                wordMs <= gitWordMs ? "no slower than git" : "SLOWER than git");
    return 0;
}
