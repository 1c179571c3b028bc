#include "runengine.h"

#include "runworker.h"

namespace lathe {

RunEngine::RunEngine(const QString &workspacePath, const KeyResolver &keys, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_worker(new RunWorker(workspacePath, keys, http))
{
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<RunOutcome>();
    m_thread.setObjectName(QStringLiteral("lathe-run"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunWorker::runCreated, this, [this](qint64 runId) {
        m_runId = runId;
        Q_EMIT runCreated(runId);
    });
    connect(m_worker, &RunWorker::started, this, &RunEngine::started);
    connect(m_worker, &RunWorker::progress, this, &RunEngine::progress);
    connect(m_worker, &RunWorker::resultsCommitted, this, &RunEngine::resultsCommitted);
    connect(m_worker, &RunWorker::finished, this, &RunEngine::onFinished);
    m_thread.start();
}

RunEngine::~RunEngine()
{
    // The worker's destructor, run on its thread once the loop quits, cancels what is active.
    m_thread.quit();
    m_thread.wait();
}

bool RunEngine::start(const RunSpec &spec, const RunOptions &options)
{
    if (m_active)
        return false;
    m_active = true;
    RunWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, spec, options] { worker->start(spec, options); },
                              Qt::QueuedConnection);
    return true;
}

bool RunEngine::resume(qint64 runId, const RunOptions &options)
{
    if (m_active)
        return false;
    m_active = true;
    m_runId = runId;
    RunWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, runId, options] { worker->resume(runId, options); },
                              Qt::QueuedConnection);
    return true;
}

void RunEngine::cancel()
{
    if (m_active)
        QMetaObject::invokeMethod(m_worker, &RunWorker::cancel, Qt::QueuedConnection);
}

void RunEngine::onFinished(const RunOutcome &outcome)
{
    m_active = false;
    if (outcome.runId > 0)
        m_runId = outcome.runId;
    Q_EMIT finished(outcome);
}

} // namespace lathe
