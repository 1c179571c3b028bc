#pragma once

#include "interval.h"

#include <QtGlobal>

#include <functional>
#include <vector>

namespace lathe {

// Percentile bootstrap confidence intervals, seeded and reproducible: resample k draws n
// indices with replacement from std::mt19937_64(seed), each the high 32 bits of a draw scaled
// to [0, n) by multiplication ((r >> 32) * n >> 32: the same numbers on every platform, unlike
// std::uniform_int_distribution; n must stay below 2^32), computes the statistic, and the
// interval is the (1-c)/2 and 1-(1-c)/2 percentiles (Percentile: linear interpolation) of the
// resampled statistics.
class Bootstrap final
{
public:
    struct Options
    {
        int resamples = 1000;
        quint64 seed = 12345;
        double confidence = 0.95;
    };

    using Statistic = std::function<double(const std::vector<qsizetype> &indices)>;

    Bootstrap() = default;
    explicit Bootstrap(const Options &options) : m_options(options) {}

    const Options &options() const { return m_options; }

    // Interval of the mean of `values`; invalid for no values.
    Interval meanInterval(const std::vector<double> &values) const;
    // Interval of `statistic` over resamples of n items (e.g. corpus BLEU from summed
    // statistics); invalid for n = 0.
    Interval interval(qsizetype n, const Statistic &statistic) const;
    // The resampled statistics themselves, in draw order.
    std::vector<double> resample(qsizetype n, const Statistic &statistic) const;


private:
    Options m_options;
};

} // namespace lathe
