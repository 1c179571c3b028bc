#pragma once

#include "chartscene.h"
#include "reportdata.h"

#include <QString>

namespace lathe {

// The report's charts, laid out from ReportData.
class ReportCharts final
{
public:
    // One bar per column: the pass rate with its Wilson 95% interval as an error bar.
    static ChartScene passRates(const ReportData &data);
    // Latency distribution: a histogram over shared bins, one bar per column in each bin, with
    // each column's median and 90th percentile in the legend.
    static ChartScene latency(const ReportData &data);

    // The colour of column `index` (Okabe-Ito: distinguishable with colour-blindness).
    static QString colour(qsizetype index);
    // "850 ms", "1.25 s"
    static QString milliseconds(double ms);
};

} // namespace lathe
