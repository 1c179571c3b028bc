#pragma once

#include "bootstrap.h"
#include "runsummary.h"

#include "workspace/aggregatequery.h"
#include "workspace/runstore.h"

#include <QList>

namespace lathe {

// Turns stored results and scores (AggregateQuery) into the summary table of a run: one
// ColumnSummary per prompt version x model, and paired comparisons between columns. Pure
// computation, no database access; deterministic for given bootstrap options.
class RunAggregator final
{
public:
    RunAggregator() = default;
    explicit RunAggregator(const Bootstrap::Options &options) : m_options(options) {}

    // `cases` may hold several columns; summaries come in `columns` order.
    QList<ColumnSummary> summarize(const QList<RunColumnInfo> &columns, const QList<CaseFacts> &cases) const;
    ColumnSummary summarize(const RunColumnInfo &column, const QList<CaseFacts> &cases) const;

    // `baseline` and `candidate` are the cases of one column each (of the same or different
    // runs over the same dataset rows).
    ColumnComparison compare(const QList<CaseFacts> &baseline, const QList<CaseFacts> &candidate) const;

private:
    Bootstrap::Options m_options;
};

} // namespace lathe
