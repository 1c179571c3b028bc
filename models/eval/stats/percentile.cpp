#include "percentile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lathe {

double Percentile::ofSorted(const std::vector<double> &sorted, double q)
{
    if (sorted.empty() || std::isnan(q))
        return std::numeric_limits<double>::quiet_NaN();
    q = std::clamp(q, 0.0, 100.0);
    const double h = double(sorted.size() - 1) * q / 100.0;
    const std::size_t lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

double Percentile::of(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return ofSorted(values, q);
}

double Percentile::of(const QList<double> &values, double q)
{
    return of(std::vector<double>(values.begin(), values.end()), q);
}

} // namespace lathe
