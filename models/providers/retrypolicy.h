#pragma once

#include "errorkind.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QtGlobal>

namespace lathe {

// When and how long to wait before repeating a failed HTTP attempt. Value type; the decision
// functions are pure (time and randomness are parameters) so they are tested without sleeping.
//
// Retried: statuses 429, 500, 502, 503, 504 and the transport errors Connect, Network,
// Timeout and StreamIdle. Never retried: other statuses (400, 401, 404, ...), Tls, Protocol,
// Config and Canceled. The caller additionally refuses a retry once streamed data has been
// handed out, so a consumer never sees a reply twice.
struct RetryPolicy
{
    int maxAttempts = 4;          // including the first attempt; 1 disables retries
    int baseDelayMs = 500;        // delay after the first failure, doubled per failure
    int maxDelayMs = 30'000;      // cap of the exponential delay
    int maxRetryAfterMs = 120'000; // a server asking for a longer wait is not retried

    static bool isRetryableStatus(int status);
    static bool isRetryableError(ErrorKind kind);

    // Exponential backoff with jitter after `failedAttempts` (>= 1) failures: a value in
    // [d/2, d] with d = min(maxDelayMs, baseDelayMs * 2^(failedAttempts-1)); `random` is a
    // uniformly distributed 32-bit value.
    qint64 backoffMs(int failedAttempts, quint32 random) const;

    // The delay before the next attempt, or -1 for "do not retry". `retryAfterMs` is the
    // server's Retry-After (-1 when absent); the delay is never shorter than it.
    qint64 retryDelayMs(int failedAttempts, int status, ErrorKind error, qint64 retryAfterMs,
                        quint32 random) const;

    // Parses a Retry-After value: delta-seconds ("120", fractions allowed) or an HTTP-date
    // (IMF-fixdate, RFC 850 or asctime), relative to `nowUtc`. -1 when absent or invalid; a date
    // in the past gives 0.
    static qint64 parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc);
};

} // namespace lathe
