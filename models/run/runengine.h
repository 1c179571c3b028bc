#pragma once

#include "runoptions.h"
#include "runoutcome.h"
#include "runprogress.h"

#include "workspace/runstore.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace lathe {

class HttpClient;
class KeyResolver;
class RunWorker;

// Executes runs: every case of a run's stored plan (prompt versions x provider/model columns x
// dataset rows x repeats) is rendered, looked up in the response cache, sent to its provider
// and its result stored in the workspace as it arrives.
//
// Threads. Create and use the engine on one thread with a running event loop (the GUI thread,
// or the CLI's main thread); every method returns at once and every signal is delivered on
// that thread. All work happens elsewhere: a worker thread owned by the engine stores the plan,
// loads prompt versions and rows, renders templates, builds requests, reads the cache and
// hands calls to the HTTP client's network thread; one ResultWriter thread commits results in
// batches. The engine's thread never waits on the network or on work that grows with the run.
//
// Durability. The plan is stored before any request is sent; results are committed in batches
// at most ~100 ms apart, so a killed process loses at most the last batch, and resume() runs
// only the cases without a result. A call that was cancelled leaves its case pending.
//
// Failed cases keep their error: the message names the HTTP status and the provider's own
// message when there is one (results.error, results.http_status). A template that does not
// render for a row gives that case the error "template error at L:C: message" without calling
// the model. resume() with RunOptions::retryFailed runs the failed cases again.
//
// Cache. With the run's cache on, a case whose request (provider kind, endpoint, JSON body and
// repeat index) was answered before is answered from the workspace's response cache without a
// call, and its result is marked cached.
//
// Secrets. API keys are resolved through `keys` (on the worker thread, so resolve() must be
// thread-safe) when a provider is first used and kept in memory only; they are never stored,
// logged or put into a signal.
//
// Lifetime. One execution at a time: start() and resume() refuse while isActive(); once
// finished() has been emitted the engine can run again. Destroying an active engine cancels
// the execution and waits for the worker to commit what it received and mark the run
// cancelled (normally well under a second). `keys` (and `http` when given) must outlive the
// engine.
class RunEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunEngine)
public:
    // `workspacePath`: the .lathe file, already opened once with Workspace::open (which validates
    // and migrates it); the engine opens its own connections to it. `http`: a
    // shared transport (its rate limits then apply across its users); null = the engine's own.
    RunEngine(const QString &workspacePath, const KeyResolver &keys, HttpClient *http = nullptr,
              QObject *parent = nullptr);
    ~RunEngine() override;

    // Stores the plan of `spec` (RunStore::createRun: freezes the dataset version), emits
    // runCreated(), then runs every case. False when an execution is active.
    bool start(const RunSpec &spec, const RunOptions &options = {});
    // Runs the cases of run `runId` that have no result yet (with options.retryFailed also the
    // failed ones). A run with nothing left finishes at once as "completed". False when an
    // execution is active.
    bool resume(qint64 runId, const RunOptions &options = {});
    // Stops sending, cancels the calls in flight (their cases stay pending) and keeps every
    // completed result; finished() follows with status "cancelled". No-op when idle.
    void cancel();

    bool isActive() const { return m_active; }
    // The run of the current or last execution; 0 before the first plan is stored.
    qint64 runId() const { return m_runId; }

Q_SIGNALS:
    // The plan of start() is stored: the run exists in the workspace from now on.
    void runCreated(qint64 runId);
    // Totals are known (plan and earlier results read); the first calls are about to go out.
    void started(const lathe::RunProgress &progress);
    // While running, every RunOptions::progressIntervalMs (about 10 per second) when anything
    // changed.
    void progress(const lathe::RunProgress &progress);
    // Another batch of results is committed (`written` counts this execution's results): views
    // reading the workspace may re-query.
    void resultsCommitted(qint64 runId, qint64 written);
    // Exactly once per start() or resume() that returned true, after every result received has
    // been committed and the run's status stored.
    void finished(const lathe::RunOutcome &outcome);

private:
    void onFinished(const RunOutcome &outcome);

    QThread m_thread;
    RunWorker *m_worker = nullptr;   // lives in m_thread, deleted there
    bool m_active = false;
    qint64 m_runId = 0;
};

} // namespace lathe
