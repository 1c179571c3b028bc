#include "similaritymetric.h"

#include <cmath>

namespace lathe {

namespace {
constexpr double kSlack = 1e-9;   // absorbs rounding in threshold arithmetic
}

QString SimilarityMetrics::name(SimilarityMetric metric)
{
    return metric == SimilarityMetric::Indel ? QStringLiteral("indel") : QStringLiteral("levenshtein");
}

std::optional<SimilarityMetric> SimilarityMetrics::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1StringView("levenshtein"))
        return SimilarityMetric::Levenshtein;
    if (n == QLatin1StringView("indel") || n == QLatin1StringView("ratio"))
        return SimilarityMetric::Indel;
    return std::nullopt;
}

bool SimilarityMetrics::lengthsCanMatch(qsizetype shorter, qsizetype longer, double threshold, SimilarityMetric metric)
{
    // The distance is at least the length difference.
    const double s = double(shorter);
    const double l = double(longer);
    if (metric == SimilarityMetric::Levenshtein)
        return s + kSlack >= threshold * l;
    return s * (2.0 - threshold) + kSlack >= threshold * l;
}

qsizetype SimilarityMetrics::maxEdits(qsizetype length, double threshold, SimilarityMetric metric)
{
    if (threshold <= 0.0)
        return length;
    const double n = double(length);
    // Levenshtein: d <= (1 - t) * longer, and longer <= n / t.
    // Indel: d <= (1 - t) * (n + other), and other <= n * (2 - t) / t.
    const double bound = metric == SimilarityMetric::Levenshtein ? (1.0 - threshold) * n / threshold
                                                                  : (1.0 - threshold) * n * 2.0 / threshold;
    return qsizetype(std::floor(bound + kSlack));
}

qsizetype SimilarityMetrics::maxEdits(qsizetype lengthA, qsizetype lengthB, double threshold, SimilarityMetric metric)
{
    const double a = double(lengthA);
    const double b = double(lengthB);
    const double bound = metric == SimilarityMetric::Levenshtein ? (1.0 - threshold) * std::max(a, b)
                                                                  : (1.0 - threshold) * (a + b);
    return qsizetype(std::floor(bound + kSlack));
}

} // namespace lathe
