#pragma once

#include "runcomparison.h"

#include "workspace/runcomparisonquery.h"
#include "workspace/runstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace lathe {

// What the run pickers show: every run with its dataset and columns.
struct RunCompareRuns
{
    QList<ComparableRun> runs;                       // newest first
    QHash<qint64, QList<RunColumnInfo>> columns;     // by run id
    QString error;                                   // not empty: nothing could be read
};

// A finished comparison with the inputs of the compared rows.
struct RunCompareData
{
    ColumnRef baseline;                              // as resolved (columns chosen)
    ColumnRef candidate;
    std::optional<RunComparisonResult> result;       // empty: `error` says why
    QHash<qint64, QJsonObject> rowValues;            // dataset row id -> values by column name
    QString error;
};

// The reads behind RunCompareView, each on its own read-only connection to the workspace so
// they can run on any thread (the view runs them on the thread pool). Never throw.
class RunCompareLoader final
{
    Q_DECLARE_TR_FUNCTIONS(RunCompareLoader)
public:
    static RunCompareRuns loadRuns(const QString &workspacePath);
    static RunCompareData compare(const QString &workspacePath, ColumnRef baseline, ColumnRef candidate,
                                  const RunComparison::Options &options = {});
};

} // namespace lathe
