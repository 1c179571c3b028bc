#pragma once

#include "judgementsummary.h"
#include "results/summarytablemodel.h"

#include <QCoreApplication>
#include <QList>

namespace lathe {

// The human judgements of a run as extra columns of the summary table
// (SummaryTableModel::setExtraMetrics): "Human win rate" (over decisive preferences, ties and
// both-bad excluded, with the Wilson 95% interval; higher is better), "Human votes" (won-lost-
// tie-both bad) and "Mean rating" (1-5, with the number of ratings; higher is better). Columns
// without any preference or rating are left out, and a column without votes has empty cells.
class JudgementMetrics final
{
    Q_DECLARE_TR_FUNCTIONS(JudgementMetrics)
public:
    static QList<SummaryMetric> summaryMetrics(const JudgementSummary &summary);
};

} // namespace lathe
