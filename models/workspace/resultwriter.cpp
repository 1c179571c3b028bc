#include "resultwriter.h"

#include "database.h"
#include "sqlerror.h"

#include <chrono>

namespace lathe {

namespace {
constexpr size_t kBatch = 500;
constexpr auto kLinger = std::chrono::milliseconds(100);
}

ResultWriter::ResultWriter(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
{
    m_thread = std::thread([this] { run(); });
}

ResultWriter::~ResultWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ResultWriter::submit(const CaseResult &result)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(result);
        ++m_submitted;
    }
    m_wake.notify_one();
}

bool ResultWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const qint64 target = m_submitted;
    m_wake.notify_one();
    m_done.wait(lock, [&] { return m_written >= target || (!m_error.isEmpty() && m_queue.empty()) || m_stop; });
    return m_written >= target;
}

qint64 ResultWriter::written() const
{
    std::lock_guard lock(m_mutex);
    return m_written;
}

QString ResultWriter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void ResultWriter::run()
{
    Database db;
    QString openError;
    try {
        db.open(m_path, Database::Mode::ReadWrite, 10000);
        db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL");
    } catch (const SqlError &e) {
        openError = e.message();
    }
    RunStore store(db);
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Linger briefly so results arriving together share one transaction.
        m_wake.wait_for(lock, kLinger, [&] { return m_stop || m_queue.size() >= kBatch; });
        if (m_queue.empty()) {
            if (m_stop)
                break;
            m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            continue;
        }
        const size_t n = std::min(kBatch, m_queue.size());
        QList<CaseResult> batch(m_queue.begin(), m_queue.begin() + qsizetype(n));
        lock.unlock();
        StoreError error;
        const bool ok = openError.isEmpty() && store.writeResults(batch, &error);
        lock.lock();
        if (ok) {
            m_queue.erase(m_queue.begin(), m_queue.begin() + qsizetype(n));
            m_written += qint64(n);
            m_error.clear();
            const qint64 total = m_written;
            lock.unlock();
            Q_EMIT committed(total);
            lock.lock();
        } else {
            m_error = openError.isEmpty() ? error.message : openError;
            const QString message = m_error;
            lock.unlock();
            Q_EMIT failed(message);
            lock.lock();
            if (m_stop || !openError.isEmpty())
                break;   // cannot write: give up rather than spin
            m_wake.wait_for(lock, std::chrono::milliseconds(200), [&] { return m_stop; });
        }
        m_done.notify_all();
    }
    m_done.notify_all();
}

} // namespace lathe
