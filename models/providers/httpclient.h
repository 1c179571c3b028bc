#pragma once

#include "httprequest.h"
#include "ratelimiter.h"

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

class QObject;

namespace lathe {

class Clock;
class CommandQueue;
class HttpReply;
class NetworkLoop;

// The HTTP transport: one network thread running a libcurl multi handle (connection reuse,
// keep-alive, HTTP/2 multiplexing where the server offers it, TLS verification on, redirects
// not followed). Requests are admitted per limiter key (RateLimits) and retried according to
// their RetryPolicy, honouring Retry-After; a 429 with Retry-After pauses the whole key.
//
// All methods are thread-safe. Replies live in the thread that called send().
// Destroying the client cancels everything still open and joins the network thread.
class HttpClient final
{
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    // `clock` times retries, rate limits and stream-idle timeouts; it must outlive the client.
    explicit HttpClient(const Clock &clock);
    HttpClient();
    ~HttpClient();

    // Queues the request. The reply is owned by `parent`, or by the caller when it is null.
    HttpReply *send(const HttpRequest &request, QObject *parent = nullptr);

    // Limits for requests whose limiterKey is `key`; keys never configured get RateLimits{}.
    void setLimits(const QString &key, const RateLimits &limits);

    // Cancels every request sent so far; each reply finishes with ErrorKind::Canceled.
    void cancelAll();

private:
    const Clock &m_clock;
    void *m_multi = nullptr;   // CURLM
    std::shared_ptr<CommandQueue> m_queue;
    std::unique_ptr<NetworkLoop> m_loop;
    std::thread m_thread;
    std::atomic<quint64> m_nextId{1};
};

} // namespace lathe
