#pragma once

#include "bootstrap.h"
#include "interval.h"

#include <QtGlobal>

#include <vector>

namespace lathe {

// A paired comparison of two systems on the same cases (A the baseline, B the candidate).
struct PairedComparison
{
    qsizetype count = 0;
    double a = 0.0;              // the statistic over all cases
    double b = 0.0;
    double difference = 0.0;     // b - a
    Interval interval;           // bootstrap interval of b - a
    double pValue = 1.0;         // two-sided, H0: no difference
};

// The paired bootstrap (Koehn 2004): each resample draws the same case indices for A and B
// (Bootstrap's seeded draws), so case-to-case variation cancels. The interval is the
// percentile interval of the resampled differences; the two-sided p-value is
//   min(1, 2 (1 + min(#{d* <= 0}, #{d* >= 0})) / (1 + resamples))
// (the share of resamples on the other side of zero, with the usual +1 so it is never 0).
class PairedBootstrap final
{
public:
    // Means of per-case scores; `a` and `b` are parallel (the case i of each is the same row).
    static PairedComparison compareMeans(const std::vector<double> &a, const std::vector<double> &b,
                                         const Bootstrap::Options &options = {});
    // Any statistic over case indices, e.g. corpus BLEU of each system.
    static PairedComparison compare(qsizetype n, const Bootstrap::Statistic &a, const Bootstrap::Statistic &b,
                                    const Bootstrap::Options &options = {});
};

} // namespace lathe
