#pragma once

#include <cmath>
#include <limits>

namespace lathe {

// A two-sided confidence interval; NaN bounds when there was nothing to estimate from.
struct Interval
{
    double low = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();

    bool isValid() const { return !std::isnan(low) && !std::isnan(high); }
};

} // namespace lathe
