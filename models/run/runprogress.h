#pragma once

#include <QMetaType>
#include <QString>

namespace lathe {

// Figures of a run while it executes, sent with RunEngine::progress. Value type.
//
// Case counts cover the whole run, including results stored by earlier executions (a resumed
// run starts with done > 0). Token and cost figures cover the whole run too, read from the
// stored results when the execution starts. `spent` is what this execution was billed: cached
// answers cost nothing now, although their stored `cost` is the price of their tokens.
struct RunProgress
{
    qint64 runId = 0;
    qint64 total = 0;             // cases in the plan
    qint64 done = 0;              // cases with a result (ok or error)
    qint64 errors = 0;            // of `done`, results that are errors
    qint64 cached = 0;            // of `done`, answered from the response cache
    qint64 inFlight = 0;          // calls sent and not yet answered (a few may still wait in
                                  // the HTTP client's queue for a free connection slot)
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double cost = 0;              // sum of known result costs
    double spent = 0;             // this execution, without cached answers
    qint64 unpriced = 0;          // ok results whose model has no price in the pricing table
    QString currency;             // of the prices used; empty when none was found
    qint64 elapsedMs = 0;         // since this execution started
    double rate = 0;              // cases per second over the last few seconds
    qint64 etaMs = -1;            // time to finish at `rate`; -1 when unknown

    qint64 remaining() const { return total - done; }
    double fraction() const { return total > 0 ? double(done) / double(total) : 1.0; }
};

} // namespace lathe

Q_DECLARE_METATYPE(lathe::RunProgress)
