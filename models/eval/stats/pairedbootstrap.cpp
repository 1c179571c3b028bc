#include "pairedbootstrap.h"

#include "percentile.h"

#include <algorithm>

namespace lathe {

PairedComparison PairedBootstrap::compare(qsizetype n, const Bootstrap::Statistic &a, const Bootstrap::Statistic &b,
                                          const Bootstrap::Options &options)
{
    PairedComparison out;
    out.count = n;
    if (n <= 0)
        return out;
    std::vector<qsizetype> all(static_cast<std::size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        all[std::size_t(i)] = i;
    out.a = a(all);
    out.b = b(all);
    out.difference = out.b - out.a;

    std::vector<double> diffs = Bootstrap(options).resample(n, [&](const std::vector<qsizetype> &idx) {
        return b(idx) - a(idx);
    });
    if (diffs.empty())
        return out;
    qsizetype below = 0;
    qsizetype above = 0;
    for (const double d : diffs) {
        below += d <= 0 ? 1 : 0;
        above += d >= 0 ? 1 : 0;
    }
    out.pValue = std::min(1.0, 2.0 * double(1 + std::min(below, above)) / double(1 + diffs.size()));
    std::sort(diffs.begin(), diffs.end());
    const double tail = (1.0 - options.confidence) / 2.0 * 100.0;
    out.interval = {Percentile::ofSorted(diffs, tail), Percentile::ofSorted(diffs, 100.0 - tail)};
    return out;
}

PairedComparison PairedBootstrap::compareMeans(const std::vector<double> &a, const std::vector<double> &b,
                                               const Bootstrap::Options &options)
{
    const qsizetype n = qsizetype(std::min(a.size(), b.size()));
    const auto mean = [](const std::vector<double> &v) {
        return [&v](const std::vector<qsizetype> &idx) {
            double sum = 0;
            for (const qsizetype i : idx)
                sum += v[std::size_t(i)];
            return idx.empty() ? 0.0 : sum / double(idx.size());
        };
    };
    return compare(n, mean(a), mean(b), options);
}

} // namespace lathe
