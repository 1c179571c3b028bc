#pragma once

#include "runstore.h"

#include <QList>
#include <QMap>
#include <QString>

namespace lathe {

class Database;

// Aggregates over the results of a run (or of one column of it).
struct RunTotals
{
    qint64 cases = 0;             // planned cases
    qint64 ok = 0;
    qint64 errors = 0;
    qint64 cached = 0;            // results answered from the response cache
    qint64 promptTokens = 0;      // sums of the reported counts
    qint64 completionTokens = 0;
    double cost = 0;              // sum of known costs
    qint64 unpriced = 0;          // ok results without a cost (no price for their model)
    double meanLatencyMs = -1;    // of ok results that were not cached; -1 when there is none

    qint64 done() const { return ok + errors; }
};

// One planned case with its result, if it has one.
struct CaseRecord
{
    CaseWork work;
    bool answered = false;        // false: still pending, `result` is empty
    CaseResult result;            // request/response only when asked for
    QString createdAt;
};

// Read-only views of run results for reports and the command line. Runs on the caller's
// thread and connection; SqlError propagates.
class RunResults final
{
public:
    explicit RunResults(Database &db);

    RunTotals totals(qint64 runId);
    // Per column id.
    QMap<qint64, RunTotals> columnTotals(qint64 runId);
    // A window of cases in plan order (row position, column, repeat); `withBodies` adds the
    // stored request and response JSON.
    QList<CaseRecord> cases(qint64 runId, qint64 offset, qint64 limit, bool withBodies);

private:
    Database &m_db;
};

} // namespace lathe
