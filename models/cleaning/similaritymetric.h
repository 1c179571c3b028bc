#pragma once

#include <QString>

#include <optional>

namespace lathe {

// How two texts are scored by the near-duplicate finder, both in [0, 1] over code points:
//  - Levenshtein: 1 - edit distance / length of the longer text.
//  - Indel: 1 - (insertions + deletions) / (sum of both lengths); rapidfuzz's ratio / 100.
enum class SimilarityMetric { Levenshtein, Indel };

struct SimilarityMetrics
{
    static QString name(SimilarityMetric metric);   // "levenshtein", "indel"
    static std::optional<SimilarityMetric> fromName(const QString &name);
    // Whether lengths `shorter` <= `longer` can reach `threshold` at all.
    static bool lengthsCanMatch(qsizetype shorter, qsizetype longer, double threshold, SimilarityMetric metric);
    // The most code points of a text of `length` that an edit script to any text scoring at
    // least `threshold` against it can touch (each destroys at most q of its q-grams).
    static qsizetype maxEdits(qsizetype length, double threshold, SimilarityMetric metric);
    // The same bound for a known pair of lengths (tighter).
    static qsizetype maxEdits(qsizetype lengthA, qsizetype lengthB, double threshold, SimilarityMetric metric);
};

} // namespace lathe
