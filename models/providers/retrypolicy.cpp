#include "retrypolicy.h"

#include <curl/curl.h>

#include <algorithm>
#include <cmath>

namespace lathe {

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool RetryPolicy::isRetryableError(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Connect:
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::StreamIdle:
        return true;
    default:
        return false;
    }
}

qint64 RetryPolicy::backoffMs(int failedAttempts, quint32 random) const
{
    const int shift = std::clamp(failedAttempts - 1, 0, 30);
    const qint64 full = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << shift);
    const qint64 half = full / 2;
    return half + qint64(double(full - half) * (double(random) / 4294967295.0));
}

qint64 RetryPolicy::retryDelayMs(int failedAttempts, int status, ErrorKind error,
                                 qint64 retryAfterMs, quint32 random) const
{
    if (failedAttempts >= maxAttempts)
        return -1;
    const bool retryable = error == ErrorKind::Http ? isRetryableStatus(status)
                                                    : isRetryableError(error);
    if (!retryable)
        return -1;
    if (retryAfterMs > maxRetryAfterMs)
        return -1;
    return std::max(backoffMs(failedAttempts, random), retryAfterMs);
}

qint64 RetryPolicy::parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return seconds >= 0 && std::isfinite(seconds) ? qint64(std::ceil(seconds * 1000)) : -1;
    // curl_getdate understands all three HTTP-date forms.
    const time_t when = curl_getdate(text.constData(), nullptr);
    if (when == time_t(-1))
        return -1;
    return std::max<qint64>(0, (qint64(when) - nowUtc.toSecsSinceEpoch()) * 1000);
}

} // namespace lathe
