#include "wilson.h"

#include "distributions.h"

#include <algorithm>
#include <cmath>

namespace lathe {

Interval Wilson::interval(qint64 successes, qint64 trials, double confidence)
{
    if (trials <= 0 || successes < 0 || successes > trials)
        return {};
    const double z = Distributions::normalQuantile(1.0 - (1.0 - confidence) / 2.0);
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double center = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return {std::max(0.0, center - half), std::min(1.0, center + half)};
}

} // namespace lathe
