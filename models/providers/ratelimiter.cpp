#include "ratelimiter.h"

#include "clock.h"

#include <algorithm>
#include <cmath>

namespace lathe {

RateLimiter::RateLimiter(const Clock &clock, const RateLimits &limits)
    : m_clock(clock)
    , m_lastRefill(clock.nowMs())
{
    setLimits(limits);
    m_requests.level = m_requests.capacity;
    m_tokens.level = m_tokens.capacity;
}

void RateLimiter::setLimits(const RateLimits &limits)
{
    refill(m_clock.nowMs());
    const bool requestsWereUnlimited = m_requests.capacity == 0;
    const bool tokensWereUnlimited = m_tokens.capacity == 0;
    m_limits = limits;
    m_requests.capacity = std::max(0, limits.requestsPerMinute);
    m_tokens.capacity = std::max(0, limits.tokensPerMinute);
    // A newly limited bucket starts full; an existing one keeps its level up to the capacity.
    m_requests.level = requestsWereUnlimited ? m_requests.capacity
                                             : std::min(m_requests.level, m_requests.capacity);
    m_tokens.level = tokensWereUnlimited ? m_tokens.capacity
                                         : std::min(m_tokens.level, m_tokens.capacity);
}

qint64 RateLimiter::Bucket::waitFor(double amount) const
{
    if (capacity == 0 || level >= amount)
        return 0;
    const double perMs = capacity / 60'000.0;
    return qint64(std::ceil((amount - level) / perMs));
}

void RateLimiter::refill(qint64 now)
{
    const qint64 elapsed = now - m_lastRefill;
    if (elapsed <= 0)
        return;
    m_lastRefill = now;
    for (Bucket *b : {&m_requests, &m_tokens}) {
        if (b->capacity > 0)
            b->level = std::min(b->capacity, b->level + b->capacity * double(elapsed) / 60'000.0);
    }
}

bool RateLimiter::tryAcquire(int tokens, qint64 *readyAtMs)
{
    const qint64 now = m_clock.nowMs();
    refill(now);
    if (m_limits.maxConcurrent > 0 && m_inFlight >= m_limits.maxConcurrent) {
        *readyAtMs = now < m_pausedUntil ? m_pausedUntil : -1;
        return false;
    }
    const double cost = m_tokens.capacity > 0 ? std::min<double>(std::max(tokens, 0), m_tokens.capacity)
                                              : 0.0;
    const qint64 wait = std::max({m_pausedUntil - now, m_requests.waitFor(1.0), m_tokens.waitFor(cost)});
    if (wait > 0) {
        *readyAtMs = now + wait;
        return false;
    }
    if (m_requests.capacity > 0)
        m_requests.level -= 1.0;
    if (m_tokens.capacity > 0)
        m_tokens.level -= cost;
    ++m_inFlight;
    return true;
}

void RateLimiter::release()
{
    if (m_inFlight > 0)
        --m_inFlight;
}

void RateLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntil = std::max(m_pausedUntil, untilMs);
}

} // namespace lathe
