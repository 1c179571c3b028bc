#include "progressmeter.h"

#include "workspace/runstore.h"

#include <cmath>

namespace lathe {

ProgressMeter::ProgressMeter(qint64 windowMs)
    : m_windowMs(windowMs)
{
}

void ProgressMeter::begin(const RunProgress &initial, qint64 nowMs)
{
    m_p = initial;
    m_p.inFlight = 0;
    m_p.spent = 0;
    m_p.elapsedMs = 0;
    m_p.rate = 0;
    m_p.etaMs = -1;
    m_startMs = nowMs;
    m_samples = {{nowMs, initial.done}};
    m_dirty = true;
}

void ProgressMeter::add(const CaseResult &result, double cost, const QString &currency)
{
    ++m_p.done;
    if (!result.ok)
        ++m_p.errors;
    if (result.cached)
        ++m_p.cached;
    if (result.promptTokens > 0)
        m_p.promptTokens += result.promptTokens;
    if (result.completionTokens > 0)
        m_p.completionTokens += result.completionTokens;
    if (cost >= 0) {
        m_p.cost += cost;
        if (!result.cached)
            m_p.spent += cost;
        if (m_p.currency.isEmpty())
            m_p.currency = currency;
    } else if (result.ok) {
        ++m_p.unpriced;
    }
    m_dirty = true;
}

void ProgressMeter::setInFlight(qint64 inFlight)
{
    if (m_p.inFlight != inFlight) {
        m_p.inFlight = inFlight;
        m_dirty = true;
    }
}

RunProgress ProgressMeter::snapshot(qint64 nowMs)
{
    m_p.elapsedMs = nowMs - m_startMs;
    while (m_samples.size() > 1 && m_samples.at(1).atMs <= nowMs - m_windowMs)
        m_samples.removeFirst();
    const Sample &first = m_samples.constFirst();
    const qint64 span = nowMs - first.atMs;
    // Until the window has filled, measure from the start (the first sample).
    m_p.rate = span > 0 ? double(m_p.done - first.done) * 1000.0 / double(span) : 0.0;
    const qint64 remaining = m_p.remaining();
    if (remaining <= 0)
        m_p.etaMs = 0;
    else if (m_p.rate > 0)
        m_p.etaMs = qint64(std::ceil(double(remaining) / m_p.rate * 1000.0));
    else
        m_p.etaMs = -1;
    m_samples.append({nowMs, m_p.done});
    m_dirty = false;
    return m_p;
}

} // namespace lathe
