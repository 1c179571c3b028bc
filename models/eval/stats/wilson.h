#pragma once

#include "interval.h"

#include <QtGlobal>

namespace lathe {

// The Wilson score interval for a binomial proportion (successes of trials), without
// continuity correction, as statsmodels' proportion_confint(method="wilson") computes it:
//   center = (p + z^2/2n) / (1 + z^2/n),  half = z sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n)
// with z the normal quantile of 1 - (1 - confidence)/2. 8 of 10 at 95%: [0.4902, 0.9433].
// Invalid (NaN) for zero trials.
class Wilson final
{
public:
    static Interval interval(qint64 successes, qint64 trials, double confidence = 0.95);
};

} // namespace lathe
