#include "judgeservice.h"

#include "judgeworker.h"

#include "providers/httpclient.h"

namespace lathe {

JudgeService::JudgeService(const QString &workspacePath, const KeyResolver &keys, bool useCache, HttpClient *http)
    : m_counters(std::make_unique<JudgeCounters>())
{
    if (!http) {
        m_ownHttp = std::make_unique<HttpClient>();
        http = m_ownHttp.get();
    }
    m_worker = new JudgeWorker(workspacePath, keys, *http, useCache, *m_counters);
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread as the thread finishes (with its calls and its connection).
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("lathe-judge"));
    m_thread.start();
}

JudgeService::~JudgeService()
{
    // Calls posted before now are handled first (events keep their order) and answered as
    // canceled; the worker answers what is still open when it is deleted.
    JudgeWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->cancelAll(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void JudgeService::call(const JudgeCall &call, const Callback &done)
{
    JudgeWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, call, done] { worker->submit(call, done); }, Qt::QueuedConnection);
}

void JudgeService::cancelAll()
{
    JudgeWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->cancelAll(); }, Qt::QueuedConnection);
}

JudgeService::Stats JudgeService::stats() const
{
    return {m_counters->sent.load(), m_counters->cacheHits.load(), m_counters->failed.load()};
}

} // namespace lathe
