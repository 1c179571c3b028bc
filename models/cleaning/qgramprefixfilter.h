#pragma once

#include "similaritymetric.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace lathe {

// Candidate generation for a similarity self-join (blocking), without false negatives.
//
// Every text becomes the set of its distinct q-grams. An alignment with a partner that scores
// at least the threshold destroys at most D of them (SimilarityMetrics::maxDestroyedGrams:
// q per Levenshtein operation; q per deletion and q - 1 per insertion point for Indel), so
// the two share all the others; with the grams of every set ordered rarest first (one global
// order), they then share a gram among each one's first D+1 grams (prefix filtering, as in
// AllPairs/Ed-Join). Only those prefixes are indexed, a few grams longer so a pair must share
// several of them. Texts are visited shortest first, probe with the bound for shorter
// partners, and each posting list is trimmed of texts too short to match (length-band
// blocking); a full overlap count then prunes before verification. Texts with too few grams
// to have a selective prefix are compared with every text of a compatible length instead.
//
// Reported candidates are a superset of the pairs scoring at least `threshold`; the caller
// verifies them (NearDuplicateFinder does, with rapidfuzz's cached scorers).
class QGramPrefixFilter final
{
public:
    struct Stats
    {
        qsizetype texts = 0;
        qsizetype unfilterable = 0;   // compared by length band only
        qsizetype candidates = 0;     // pairs reported
        qint64 probed = 0;            // posting entries visited (the filter's own work)
        int q = 0;
    };

    // `visit(x, ys)`: text x and candidates ys (every y != x; each unordered pair is reported
    // once, from one of its two texts). Stops early and returns what it has when `cancel` is
    // raised. Empty texts are never reported.
    static Stats run(const std::vector<std::u32string> &texts, double threshold, SimilarityMetric metric,
                     const std::function<void(int, const std::vector<int> &)> &visit,
                     const std::atomic_bool *cancel = nullptr);

    // The gram length used for a threshold: 3 from 0.85 up, else 2.
    static int gramLength(double threshold);
};

} // namespace lathe
