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

namespace {

// The bound for a partner of length p, before rounding down.
double destroyed(double n, double p, int q, double t, SimilarityMetric metric)
{
    if (metric == SimilarityMetric::Levenshtein)
        return q * std::floor((1.0 - t) * std::max(n, p) + kSlack);
    // Indel distance d <= (1 - t)(n + p); of its operations (d + n - p) / 2 delete from this
    // text and (d - n + p) / 2 insert into it.
    const double d = (1.0 - t) * (n + p);
    return std::max(0.0, ((2 * q - 1) * d + (n - p)) / 2.0);
}

} // namespace

qsizetype SimilarityMetrics::maxDestroyedGrams(qsizetype length, qsizetype partnerLength, int q, double threshold,
                                               SimilarityMetric metric)
{
    return qsizetype(std::floor(destroyed(double(length), double(partnerLength), q, threshold, metric) + kSlack));
}

qsizetype SimilarityMetrics::maxDestroyedGrams(qsizetype length, bool partnersShorter, int q, double threshold,
                                               SimilarityMetric metric)
{
    const double n = double(length);
    if (threshold <= 0.0)
        return qsizetype(q) * length;
    // The partner lengths that can match, from lengthsCanMatch; the bound is linear (Indel) or
    // monotonic (Levenshtein) in the partner's length, so its maximum is at an end.
    const double shortest = metric == SimilarityMetric::Levenshtein ? n * threshold : n * threshold / (2.0 - threshold);
    const double longest = metric == SimilarityMetric::Levenshtein ? n / threshold : n * (2.0 - threshold) / threshold;
    const double lo = partnersShorter ? shortest : n;
    const double hi = partnersShorter ? n : longest;
    const double bound = std::max(destroyed(n, lo, q, threshold, metric), destroyed(n, hi, q, threshold, metric));
    return qsizetype(std::floor(bound + kSlack));
}

} // namespace lathe
