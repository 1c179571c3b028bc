#pragma once

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

class QJSEngine;

namespace lathe {

// One thread that interrupts JavaScript running past its deadline, for every JsSandbox in the
// process. arm() before a call and disarm() after it, on the thread running the script; when
// the deadline passes first, the watchdog calls QJSEngine::setInterrupted(true) (thread-safe),
// which makes the running script throw. disarm() tells whether that happened and must be
// called before the engine is destroyed. The thread starts on first use and stops at exit.
class JsWatchdog final
{
    Q_DISABLE_COPY_MOVE(JsWatchdog)
public:
    static JsWatchdog &instance();

    quint64 arm(QJSEngine *engine, int timeoutMs);
    // True when the deadline passed and the engine was interrupted.
    bool disarm(quint64 token);

private:
    JsWatchdog() = default;
    ~JsWatchdog();
    void run();

    using Clock = std::chrono::steady_clock;
    struct Entry
    {
        QJSEngine *engine = nullptr;
        Clock::time_point deadline;
        bool fired = false;
    };

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<quint64, Entry> m_entries;
    quint64 m_next = 1;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace lathe
