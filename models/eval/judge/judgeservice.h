#pragma once

#include "judgeclient.h"

#include <QString>
#include <QThread>

#include <memory>

namespace lathe {

class HttpClient;
class JudgeWorker;
class KeyResolver;
struct JudgeCounters;

// The JudgeClient that judge scorers use for real: calls go to providers stored in the
// workspace through the run machinery: ChatClient on the shared HttpClient (the provider's
// rate limits, retries with backoff, timeouts), API keys through the KeyResolver (resolved
// once per provider, kept in memory only, never stored or logged), and the workspace's
// response cache under RequestBuilder::cacheKey (provider kind, endpoint, JSON body), so
// scoring the same outputs again does not call the judge again. Only successful answers that
// the call accepts (JudgeCall::cacheable: a readable verdict) are cached, so a failed call or
// an unreadable reply is asked again next time.
//
// Threads. The service owns one thread with an event loop where a JudgeWorker opens its own
// connection to `workspacePath` and sends the calls; call() and cancelAll() may be used from
// any thread and never block, and every `done` runs on that thread. Destroying the service
// answers what is still open with ErrorKind::Canceled and joins the thread. `keys` (and
// `http` when given) must outlive the service.
class JudgeService final : public JudgeClient
{
    Q_DISABLE_COPY_MOVE(JudgeService)
public:
    struct Stats
    {
        qint64 sent = 0;        // calls sent to a provider
        qint64 cacheHits = 0;   // answered from the response cache
        qint64 failed = 0;      // error replies
    };

    // `workspacePath`: a .lathe file already opened (validated, migrated) with Workspace::open.
    // `useCache` false neither reads nor writes the response cache. `http`: a shared
    // transport; null = the service's own.
    JudgeService(const QString &workspacePath, const KeyResolver &keys, bool useCache = true,
                 HttpClient *http = nullptr);
    ~JudgeService() override;

    void call(const JudgeCall &call, const Callback &done) override;
    void cancelAll() override;
    Stats stats() const;

private:
    std::unique_ptr<HttpClient> m_ownHttp;
    std::unique_ptr<JudgeCounters> m_counters;
    QThread m_thread;
    JudgeWorker *m_worker = nullptr;   // lives in m_thread
};

} // namespace lathe
