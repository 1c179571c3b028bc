#include "mcnemar.h"

#include "distributions.h"

#include <algorithm>
#include <cmath>

namespace lathe {

QString McNemarResult::methodName() const
{
    return method == Method::Exact ? QStringLiteral("exact binomial")
                                   : QStringLiteral("chi-square with continuity correction");
}

McNemarResult McNemar::test(qint64 b, qint64 c, qint64 exactBelow)
{
    McNemarResult r;
    r.b = std::max<qint64>(0, b);
    r.c = std::max<qint64>(0, c);
    const qint64 n = r.b + r.c;
    if (n == 0)
        return r;
    if (n < exactBelow) {
        r.method = McNemarResult::Method::Exact;
        r.statistic = double(std::min(r.b, r.c));
        r.pValue = std::min(1.0, 2.0 * Distributions::binomialCdf(std::min(r.b, r.c), n, 0.5));
    } else {
        r.method = McNemarResult::Method::ChiSquare;
        const double d = std::max(0.0, std::abs(double(r.b - r.c)) - 1.0);
        r.statistic = d * d / double(n);
        r.pValue = Distributions::chiSquare1Survival(r.statistic);
    }
    return r;
}

} // namespace lathe
