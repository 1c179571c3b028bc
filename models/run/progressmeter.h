#pragma once

#include "runprogress.h"

#include <QList>

namespace lathe {

struct CaseResult;

// Keeps the figures of one execution and derives rate and ETA. Time is a parameter (any
// monotonic milliseconds), so the arithmetic is tested without waiting. Not thread-safe: the
// run worker owns it.
//
// The rate is measured over the last `windowMs` (5 s): cases finished in the window divided by
// its length, or by the time since the start while the execution is younger than that.
class ProgressMeter final
{
public:
    explicit ProgressMeter(qint64 windowMs = 5000);

    // Starts an execution whose run already has the figures of `initial` (earlier results).
    void begin(const RunProgress &initial, qint64 nowMs);
    // One more result costing `cost` in `currency` (< 0: unknown). Cached results add to
    // `cost` but not to `spent`.
    void add(const CaseResult &result, double cost, const QString &currency);
    void setInFlight(qint64 inFlight);

    // The figures at `nowMs`; marks them as reported.
    RunProgress snapshot(qint64 nowMs);
    // Whether anything changed since the last snapshot().
    bool isDirty() const { return m_dirty; }

private:
    struct Sample
    {
        qint64 atMs;
        qint64 done;
    };

    qint64 m_windowMs;
    RunProgress m_p;
    qint64 m_startMs = 0;
    QList<Sample> m_samples;   // (time, done) at each snapshot within the window
    bool m_dirty = true;
};

} // namespace lathe
