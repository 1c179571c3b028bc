#pragma once

#include <QString>
#include <QtGlobal>

namespace lathe {

// McNemar's test for paired pass/fail outcomes of two systems on the same cases. Only the
// discordant pairs matter: b = cases A passed and B failed, c = cases A failed and B passed.
//  - exact (b + c below `exactBelow`, default 25): the two-sided binomial test of
//    min(b, c) in b + c trials at 1/2: p = min(1, 2 P(X <= min(b, c))), statistic min(b, c);
//  - chi-square with continuity correction otherwise: statistic (|b - c| - 1)^2 / (b + c),
//    p from the chi-square distribution with 1 degree of freedom.
// These are statsmodels' mcnemar(exact=True) and mcnemar(exact=False, correction=True).
// With no discordant pair, p = 1 (exact).
struct McNemarResult
{
    enum class Method { Exact, ChiSquare };
    qint64 b = 0;
    qint64 c = 0;
    Method method = Method::Exact;
    double statistic = 0.0;
    double pValue = 1.0;

    // "exact binomial" or "chi-square with continuity correction".
    QString methodName() const;
};

class McNemar final
{
public:
    static McNemarResult test(qint64 b, qint64 c, qint64 exactBelow = 25);
};

} // namespace lathe
