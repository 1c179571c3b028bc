#include "jswatchdog.h"

#include <QJSEngine>

namespace lathe {

JsWatchdog &JsWatchdog::instance()
{
    static JsWatchdog watchdog;
    return watchdog;
}

JsWatchdog::~JsWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

quint64 JsWatchdog::arm(QJSEngine *engine, int timeoutMs)
{
    std::lock_guard lock(m_mutex);
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    const quint64 token = m_next++;
    m_entries.emplace(token, Entry{engine, Clock::now() + std::chrono::milliseconds(timeoutMs), false});
    m_wake.notify_all();
    return token;
}

bool JsWatchdog::disarm(quint64 token)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(token);
    if (it == m_entries.end())
        return false;
    const bool fired = it->second.fired;
    m_entries.erase(it);
    return fired;
}

void JsWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        auto next = Clock::time_point::max();
        const auto now = Clock::now();
        for (auto &[token, e] : m_entries) {
            if (e.fired)
                continue;
            if (e.deadline <= now) {
                // Under the lock, so disarm() (and so the engine's destruction) waits for it.
                e.engine->setInterrupted(true);
                e.fired = true;
            } else {
                next = std::min(next, e.deadline);
            }
        }
        if (next == Clock::time_point::max())
            m_wake.wait(lock);
        else
            m_wake.wait_until(lock, next);
    }
}

} // namespace lathe
