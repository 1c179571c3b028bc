#pragma once

#include "commandqueue.h"
#include "errorkind.h"
#include "ratelimiter.h"

#include <QString>

#include <curl/curl.h>

#include <deque>
#include <map>
#include <memory>
#include <random>
#include <unordered_map>
#include <vector>

namespace lathe {

class Clock;
struct Transfer;

// The network thread's body: one curl multi handle driven by curl_multi_poll, woken by the
// CommandQueue. Admits transfers through one RateLimiter per limiter key, retries failed
// attempts after their backoff, enforces stream-idle timeouts and posts results through each
// transfer's ReplyChannel. Everything except construction runs on the network thread.
class NetworkLoop final
{
    Q_DISABLE_COPY_MOVE(NetworkLoop)
public:
    NetworkLoop(CURLM *multi, std::shared_ptr<CommandQueue> queue, const Clock &clock);
    ~NetworkLoop();

    // Runs until a Stop command; every transfer still open then finishes as Canceled.
    void run();

private:
    struct Lane
    {
        explicit Lane(const Clock &clock, const RateLimits &limits) : limiter(clock, limits) {}
        RateLimiter limiter;
        std::deque<quint64> waiting;   // transfer ids in admission order (stale ids skipped)
        qint64 readyAtMs = -1;         // when the limiter may admit the head, -1 = on release
    };

    bool handleCommands();
    void submit(NetCommand &command);
    void setLimits(const QString &key, const RateLimits &limits);
    Lane &lane(const QString &key);
    void promoteRetries(qint64 now);
    void startReady();
    void start(Transfer &t);
    void detach(Transfer &t);
    void flushStreams(qint64 now);
    void processDone();
    void checkIdle(qint64 now);
    void attemptEnded(Transfer &t, ErrorKind error, QString errorString);
    void finish(Transfer &t, ErrorKind error, QString errorString);
    void cancel(quint64 id);
    void cancelAll();
    int pollTimeoutMs(qint64 now);

    CURLM *m_multi;
    std::shared_ptr<CommandQueue> m_queue;
    const Clock &m_clock;
    std::unordered_map<quint64, std::unique_ptr<Transfer>> m_transfers;
    std::map<QString, RateLimits> m_limits;
    std::map<QString, std::unique_ptr<Lane>> m_lanes;
    std::multimap<qint64, quint64> m_retries;   // due time -> transfer id
    std::vector<Transfer *> m_active;            // attempts inside the multi handle
    std::vector<CURL *> m_spareHandles;
    std::mt19937 m_random;
};

} // namespace lathe
