#pragma once

#include "pricetable.h"
#include "progressmeter.h"
#include "runoptions.h"
#include "runoutcome.h"
#include "runplan.h"

#include "workspace/runstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

class QTimer;

namespace lathe {

class ChatCall;
class ChatClient;
class Database;
class HttpClient;
class KeyResolver;
class ResultWriter;
struct ChatResponse;

// RunEngine's worker: lives on the engine's worker thread and does all of an execution's work
// there (see runengine.h for the contract). Its own connection to the workspace (opened on the
// first execution) stores plans and statuses, reads the plan and the response cache, and
// stores new cache entries in batches; results go to a ResultWriter. At most `window` calls
// are open (the providers' limits plus a small queue in the HTTP client); each answer feeds
// the next case. Cases answered without a call (cache hits, template errors) are handled in
// slices of a few hundred per event-loop turn, so cancel() and progress stay prompt.
class RunWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWorker)
public:
    RunWorker(const QString &workspacePath, const KeyResolver &keys, HttpClient *http);
    // Cancels an active execution: in-flight calls are dropped, received results committed,
    // the run marked cancelled. No signal is emitted from here.
    ~RunWorker() override;

    // Called on the worker thread only.
    void start(const RunSpec &spec, const RunOptions &options);
    void resume(qint64 runId, const RunOptions &options);
    void cancel();

Q_SIGNALS:
    void runCreated(qint64 runId);
    void started(const lathe::RunProgress &progress);
    void progress(const lathe::RunProgress &progress);
    void resultsCommitted(qint64 runId, qint64 written);   // emitted from the writer thread
    void finished(const lathe::RunOutcome &outcome);

private:
    struct Call
    {
        qint64 caseId = 0;
        qint64 columnId = 0;
        QString key;
    };

    bool openWorkspace(QString *error);
    void execute(qint64 runId, const RunOptions &options);
    bool prepare(const RunOptions &options, QString *error);
    void failEarly(qint64 runId, const QString &error);
    void pump();
    void schedulePump();
    bool dispatch(const CaseWork &work);
    std::optional<QJsonObject> cached(const QString &key);
    void onCallFinished(ChatCall *call, const ChatResponse &response);
    void record(CaseResult result, const PlannedColumn *column);
    void flushCache();
    void tick();
    void finish(QString status, QString error);
    qint64 now() const { return m_clock.elapsed(); }

    const QString m_path;
    const KeyResolver &m_keys;
    HttpClient *m_http;
    std::unique_ptr<HttpClient> m_ownHttp;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer;
    QElapsedTimer m_clock;

    // The current execution.
    std::unique_ptr<RunPlan> m_plan;
    std::vector<std::unique_ptr<ChatClient>> m_clients;   // by provider index
    std::unique_ptr<ResultWriter> m_writer;
    PriceTable m_prices;
    ProgressMeter m_meter;
    RunOptions m_options;
    bool m_active = false;
    bool m_useCache = true;
    bool m_cancelling = false;
    bool m_pumpScheduled = false;
    qsizetype m_next = 0;
    qsizetype m_window = 1;
    QHash<ChatCall *, Call> m_calls;
    QHash<QString, QJsonObject> m_cacheQueue;   // answers not yet in the response cache
    int m_ticks = 0;
    qint64 m_lastReportMs = 0;

    // Written by the ResultWriter's thread.
    std::atomic<qint64> m_writerFailingSince{-1};
    std::mutex m_writerErrorMutex;
    QString m_writerError;
};

} // namespace lathe
