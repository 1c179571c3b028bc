#pragma once

#include "eval/runscorer.h"

#include <QJsonValue>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace lathe {

class HttpClient;
class KeyResolver;

// Re-scores one stored run on a thread of its own (RunScorer with its own connection to the
// workspace file), never calling a model. Optionally first replaces the run's own scorers
// (runs.config "scorers") in the same connection. progress() and finished() are emitted from
// that thread and reach receivers in their threads (queued). cancel() may be called at any
// time: the batch in progress is dropped, earlier batches stay written. Destroying the job
// cancels and waits for the thread.
class RescoreJob final : public QObject
{
    Q_OBJECT
public:
    explicit RescoreJob(QObject *parent = nullptr);
    ~RescoreJob() override;

    // Judge scorers (llm-rubric, ...) call their judge through a JudgeService built from these for
    // each job; both must outlive the job. Without them, judge scorers are skipped.
    void setJudge(const KeyResolver *keys, HttpClient *http) { m_keys = keys; m_http = http; }

    // Cases per transaction (RunScorer's batch); at least 1.
    void setBatchSize(int size) { m_batchSize = std::max(1, size); }

    // Starts unless a job is running. `runScorers`: the run's new own scorers in stored form
    // (an empty array or undefined removes them); `setRunScorers` false leaves them as stored.
    bool start(const QString &workspacePath, qint64 runId, bool setRunScorers = false,
               const QJsonValue &runScorers = QJsonValue(QJsonValue::Undefined));
    void cancel();
    bool isRunning() const { return m_running.load(); }
    // Whether the last start() stored the run's scorers (valid once finished() is emitted).
    bool scorersSaved() const { return m_saved.load(); }
    // Blocks until the thread has ended (tests; the destructor).
    void wait();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // `error` is empty on success (also when cancelled: report.cancelled says so).
    void finished(const lathe::RunScoreReport &report, const QString &error);

private:
    void run(const QString &path, qint64 runId, bool setRunScorers, const QJsonValue &runScorers);

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_saved{false};
    QMutex m_mutex;                 // guards m_scorer
    RunScorer *m_scorer = nullptr;  // while scoring
    int m_batchSize = 500;
    const KeyResolver *m_keys = nullptr;
    HttpClient *m_http = nullptr;
};

} // namespace lathe
