// Near-duplicate search on 20,000 rows of ~20 words (seeded), 2% of them planted near copies
// (one to three small edits of another row). Prints the time, the candidates the q-gram
// prefix filter let through, the pairs found and how many planted pairs were among them.
// Target: under 10 s.
#include "cleaning/cleaningdata.h"
#include "cleaning/nearduplicatefinder.h"
#include "cleaning/textnormalizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <cstdio>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QString makeWord(QRandomGenerator &rng)
{
    static const char16_t letters[] = u"etaoinshrdlcumwfgypbvkjxqz";
    const int length = 2 + int(rng.bounded(8));
    QString w;
    for (int i = 0; i < length; ++i)
        w += QChar(letters[std::min(25, int(rng.bounded(26)) * int(rng.bounded(26)) / 25)]);
    return w;
}

// A few small edits: substitute, delete or insert a letter, or swap two words.
QString perturb(const QString &text, QRandomGenerator &rng)
{
    QString s = text;
    const int edits = 1 + int(rng.bounded(3));
    for (int e = 0; e < edits; ++e) {
        const int at = int(rng.bounded(qint32(s.size())));
        switch (rng.bounded(4)) {
        case 0: s[at] = QChar(u'a' + char16_t(rng.bounded(26))); break;
        case 1: s.remove(at, 1); break;
        case 2: s.insert(at, QChar(u'a' + char16_t(rng.bounded(26)))); break;
        default: {
            QStringList words = s.split(u' ');
            if (words.size() > 2)
                words.swapItemsAt(0, 1);
            s = words.join(u' ');
        }
        }
    }
    return s;
}

} // namespace

int main()
{
    constexpr int rows = 20000;
    constexpr int planted = rows / 50;
    QRandomGenerator rng(20260707);
    QStringList vocabulary;
    for (int i = 0; i < 5000; ++i)
        vocabulary.append(makeWord(rng));

    QStringList texts;
    texts.reserve(rows);
    for (int i = 0; i < rows - planted; ++i) {
        QStringList words;
        const int n = 16 + int(rng.bounded(9));
        for (int w = 0; w < n; ++w) {
            // Zipf-like: low indexes are far more frequent.
            const double u = rng.generateDouble();
            words.append(vocabulary.at(int(double(vocabulary.size() - 1) * u * u * u)));
        }
        texts.append(words.join(u' '));
    }
    QSet<QPair<int, int>> plantedPairs;
    for (int p = 0; p < planted; ++p) {
        const int source = int(rng.bounded(rows - planted));
        plantedPairs.insert({source, int(texts.size())});
        texts.append(perturb(texts.at(source), rng));
    }

    struct Case
    {
        double threshold;
        SimilarityMetric metric;
    };
    for (const Case c : {Case{0.9, SimilarityMetric::Levenshtein}, Case{0.85, SimilarityMetric::Levenshtein},
                         Case{0.9, SimilarityMetric::Indel}}) {
        const double threshold = c.threshold;
        QElapsedTimer timer;
        timer.start();
        std::vector<std::u32string> points;
        points.reserve(size_t(texts.size()));
        for (const QString &t : std::as_const(texts)) {
            const QList<uint> ucs = TextNormalizer::normalized(t, {true, true}).toUcs4();
            points.emplace_back(ucs.cbegin(), ucs.cend());
        }
        QGramPrefixFilter::Stats stats;
        const auto pairs = NearDuplicateFinder::join(points, threshold, c.metric, &stats);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        int recalled = 0;
        for (const auto &p : pairs)
            recalled += plantedPairs.contains({p.a, p.b}) ? 1 : 0;
        std::printf("neardup %s >= %.2f: %d rows, %.3f s, q=%d, %lld postings probed, %lld candidates, %lld unfilterable, "
                    "%zu pairs found, %d of %d planted pairs (target < 10 s)\n",
                    qPrintable(SimilarityMetrics::name(c.metric)), threshold, rows, seconds, stats.q, qlonglong(stats.probed), qlonglong(stats.candidates), qlonglong(stats.unfilterable),
                    pairs.size(), recalled, planted);
    }
    // The whole preview as the dialog and lathe-cli run it: normalising, grouping identical
    // texts, the join, and ordering the pairs.
    CleaningData data;
    data.columns.append({u"c1"_s, u"text"_s, ColumnRole::Variable, ColumnType::Text});
    for (qsizetype i = 0; i < texts.size(); ++i) {
        DatasetRow row;
        row.id = i + 1;
        row.data.insert(u"c1"_s, texts.at(i));
        data.rows.append(row);
    }
    QElapsedTimer timer;
    timer.start();
    const NearDuplicateReport report = NearDuplicateFinder::find(data, {});
    std::printf("neardup preview (NearDuplicateFinder::find, defaults): %d rows, %.3f s, %lld pairs\n", rows,
                double(timer.nsecsElapsed()) / 1e9, qlonglong(report.pairs.size()));
    return 0;
}
