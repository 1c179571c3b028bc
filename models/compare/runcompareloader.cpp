#include "runcompareloader.h"

#include "workspace/sqlerror.h"
#include "workspace/workspace.h"

namespace lathe {

namespace {

std::unique_ptr<Workspace> openReadOnly(const QString &path, QString *error)
{
    Workspace::OpenOptions options;
    options.readOnly = true;
    WorkspaceError wsError;
    std::unique_ptr<Workspace> ws = Workspace::open(path, options, &wsError);
    if (!ws)
        *error = wsError.message;
    return ws;
}

} // namespace

RunCompareRuns RunCompareLoader::loadRuns(const QString &workspacePath)
{
    RunCompareRuns out;
    const std::unique_ptr<Workspace> ws = openReadOnly(workspacePath, &out.error);
    if (!ws)
        return out;
    try {
        out.runs = RunComparisonQuery(ws->database()).runs();
        RunStore runs(ws->database());
        for (const ComparableRun &r : std::as_const(out.runs))
            out.columns.insert(r.id, runs.columns(r.id));
    } catch (const SqlError &e) {
        out = {};
        out.error = e.message();
    }
    return out;
}

RunCompareData RunCompareLoader::compare(const QString &workspacePath, ColumnRef baseline, ColumnRef candidate,
                                         const RunComparison::Options &options)
{
    RunCompareData out;
    out.baseline = baseline;
    out.candidate = candidate;
    const std::unique_ptr<Workspace> ws = openReadOnly(workspacePath, &out.error);
    if (!ws)
        return out;
    try {
        const auto refs = RunComparison::resolve(ws->database(), baseline, candidate, &out.error);
        if (!refs)
            return out;
        out.baseline = refs->first;
        out.candidate = refs->second;
        RunComparisonQuery query(ws->database());
        out.result = RunComparison(options).compare(query.cases(out.baseline.runId, out.baseline.columnId),
                                                    query.cases(out.candidate.runId, out.candidate.columnId));
        for (const ComparedCase &c : std::as_const(out.result->cases)) {
            if (!out.rowValues.contains(c.rowId))
                out.rowValues.insert(c.rowId, query.rowValues(out.baseline.runId, c.rowId));
        }
    } catch (const SqlError &e) {
        out.result.reset();
        out.error = e.message();
    }
    return out;
}

} // namespace lathe
