#pragma once

#include <QtGlobal>

namespace lathe {

// The few distribution functions the statistics need, in double precision.
class Distributions final
{
public:
    // Standard normal: Phi(x) and its inverse (Acklam's rational approximation refined by
    // one Halley step: accurate to about 1e-15). quantile(0.975) = 1.959963984540054.
    static double normalCdf(double x);
    static double normalQuantile(double p);
    // Upper tail of the chi-square distribution with one degree of freedom: P(X >= x).
    static double chiSquare1Survival(double x);
    // P(X <= k) for X ~ Binomial(n, p), summed in log space (exact for any n).
    static double binomialCdf(qint64 k, qint64 n, double p);
};

} // namespace lathe
