#include "bootstrap.h"

#include "percentile.h"

#include <algorithm>
#include <random>

namespace lathe {

std::vector<double> Bootstrap::resample(qsizetype n, const Statistic &statistic) const
{
    std::vector<double> out;
    if (n <= 0)
        return out;
    std::mt19937_64 rng(m_options.seed);
    std::vector<qsizetype> indices(static_cast<std::size_t>(n));
    out.reserve(std::size_t(std::max(0, m_options.resamples)));
    for (int r = 0; r < m_options.resamples; ++r) {
        for (qsizetype &i : indices)
            i = qsizetype(((rng() >> 32) * quint64(n)) >> 32);
        out.push_back(statistic(indices));
    }
    return out;
}

Interval Bootstrap::interval(qsizetype n, const Statistic &statistic) const
{
    std::vector<double> stats = resample(n, statistic);
    if (stats.empty())
        return {};
    std::sort(stats.begin(), stats.end());
    const double tail = (1.0 - m_options.confidence) / 2.0 * 100.0;
    return {Percentile::ofSorted(stats, tail), Percentile::ofSorted(stats, 100.0 - tail)};
}

Interval Bootstrap::meanInterval(const std::vector<double> &values) const
{
    return interval(qsizetype(values.size()), [&values](const std::vector<qsizetype> &idx) {
        double sum = 0;
        for (const qsizetype i : idx)
            sum += values[std::size_t(i)];
        return sum / double(idx.size());
    });
}

} // namespace lathe
