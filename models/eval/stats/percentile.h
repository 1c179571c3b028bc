#pragma once

#include <QList>

#include <vector>

namespace lathe {

// Percentiles by linear interpolation between closest ranks, numpy's default ("linear",
// Hyndman & Fan type 7): for sorted values x[0..n-1] and q in [0, 100], the position is
// h = (n - 1) q / 100 and the result x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
// [1, 2, 3, 4]: p50 = 2.5, p90 = 3.7. NaN for no values.
class Percentile final
{
public:
    // `sorted` must be in ascending order.
    static double ofSorted(const std::vector<double> &sorted, double q);
    // Sorts a copy.
    static double of(std::vector<double> values, double q);
    static double of(const QList<double> &values, double q);
};

} // namespace lathe
