#pragma once

#include "runstore.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace lathe {

// The workspace's one writer thread for run results. It owns its own SQLite connection to the
// workspace file and commits submitted results in batches (up to 500 per transaction, at most
// ~100 ms after they arrive), so a crash loses at most the last batch and never corrupts the
// file. submit() may be called from any thread. The destructor commits everything submitted.
class ResultWriter final : public QObject
{
    Q_OBJECT
public:
    explicit ResultWriter(const QString &workspacePath, QObject *parent = nullptr);
    ~ResultWriter() override;

    void submit(const CaseResult &result);
    // Blocks until everything submitted before the call is committed. False if a write failed
    // (see lastError()); results of a failed batch are kept and retried.
    bool flush();

    qint64 written() const;
    QString lastError() const;

Q_SIGNALS:
    // Emitted from the writer thread after each committed batch.
    void committed(qint64 totalWritten);
    void failed(const QString &error);

private:
    void run();

    QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<CaseResult> m_queue;
    qint64 m_submitted = 0;
    qint64 m_written = 0;
    bool m_stop = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace lathe
