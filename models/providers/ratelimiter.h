#pragma once

#include <QtGlobal>

namespace lathe {

class Clock;

// Limits of one provider (one limiter key). 0 means "no limit".
struct RateLimits
{
    int maxConcurrent = 8;      // requests in flight at once
    int requestsPerMinute = 0;  // token bucket, burst = one minute's worth
    int tokensPerMinute = 0;    // token bucket charged with each request's token estimate

    bool operator==(const RateLimits &) const = default;
};

// Admission control for one provider: a concurrency cap and two token buckets (requests per
// minute, tokens per minute) that refill continuously and start full, plus a pause that a
// 429 with Retry-After imposes on the whole provider. Not thread-safe: the network thread owns
// it. Time comes from the Clock given at construction, which must outlive the limiter.
class RateLimiter final
{
public:
    explicit RateLimiter(const Clock &clock, const RateLimits &limits = {});

    const RateLimits &limits() const { return m_limits; }
    // Applies new limits; bucket levels are clamped to the new capacities.
    void setLimits(const RateLimits &limits);

    // Admits one request costing `tokens` tokens (clamped to the per-minute capacity) when a
    // concurrency slot, a request and the tokens are all available now, taking them.
    // Otherwise takes nothing, returns false and sets *readyAtMs to the earliest clock time at
    // which a retry can succeed, or -1 when only release() can help.
    bool tryAcquire(int tokens, qint64 *readyAtMs);
    // Returns the concurrency slot of an admitted request.
    void release();
    // Admits nothing before `untilMs` (a later pause wins over an earlier one).
    void pauseUntil(qint64 untilMs);

    int inFlight() const { return m_inFlight; }

private:
    struct Bucket
    {
        double level = 0;
        double capacity = 0;   // 0 = unlimited
        // Milliseconds until `amount` is available (0 when it is now), without taking it.
        qint64 waitFor(double amount) const;
    };
    void refill(qint64 now);

    const Clock &m_clock;
    RateLimits m_limits;
    Bucket m_requests;
    Bucket m_tokens;
    qint64 m_lastRefill = 0;
    qint64 m_pausedUntil = 0;
    int m_inFlight = 0;
};

} // namespace lathe
