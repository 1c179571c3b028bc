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
    // How many of a text's distinct q-grams an alignment with a partner scoring at least
    // `threshold` can destroy (the partner shares all the others). A Levenshtein operation
    // destroys at most q grams; for Indel a deletion destroys q and an insertion point q - 1.
    // For a known partner length:
    static qsizetype maxDestroyedGrams(qsizetype length, qsizetype partnerLength, int q, double threshold,
                                       SimilarityMetric metric);
    // Over every partner that can match and is not longer (`partnersShorter`) or not shorter.
    static qsizetype maxDestroyedGrams(qsizetype length, bool partnersShorter, int q, double threshold,
                                       SimilarityMetric metric);
};

} // namespace lathe
