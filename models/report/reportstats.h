#pragma once

#include "reportdata.h"

#include <QList>

#include <optional>
#include <utility>

namespace lathe {

// The aggregates a report shows, computed from the cases ReportBuilder gathered. Pure
// functions, no database access.
class ReportStats final
{
public:
    // The Wilson score interval at 95% without continuity correction (statsmodels'
    // proportion_confint(method="wilson")): 8 of 10 gives [0.4902, 0.9433]. NaN bounds for
    // zero trials.
    static std::pair<double, double> wilson(qint64 successes, qint64 trials);
    // "0.67 [0.21, 0.94]" from a column's wins and losses; "-" without preferences.
    static QString winRateText(const ReportColumnStats &stats);
    // The p-th percentile (0-100) of ascending values, interpolating linearly between the
    // closest ranks (numpy's default); 0 for no values.
    static double percentile(const QList<double> &sorted, double p);
    static ReportMeasure measure(QList<double> values);

    // A case's verdict: false for an error result; for an ok result, whether every score with
    // a verdict passed (none: no verdict); no verdict while pending.
    static std::optional<bool> verdict(ReportCaseState state, const QList<ReportScoreRecord> &scores);

    // Fills every column's stats from data.rows and data.judgements (and the case verdicts).
    static void compute(ReportData &data);
};

} // namespace lathe
