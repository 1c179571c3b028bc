#pragma once

#include "httprequest.h"
#include "ratelimiter.h"

#include <QMutex>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace lathe {

class ReplyChannel;

// A message from any thread to the network thread.
struct NetCommand
{
    enum class Type { Submit, Cancel, CancelAll, SetLimits, Stop };

    Type type = Type::Submit;
    quint64 id = 0;                         // Submit, Cancel
    HttpRequest request{};                  // Submit
    std::shared_ptr<ReplyChannel> channel{}; // Submit
    qint64 submittedAtMs = 0;               // Submit
    QString limiterKey{};                   // SetLimits
    RateLimits limits{};                    // SetLimits
};

// The network thread's inbox. push() is thread-safe and wakes the thread blocked in
// curl_multi_poll through `wake`. Internal to the transport.
class CommandQueue final
{
    Q_DISABLE_COPY_MOVE(CommandQueue)
public:
    using WakeFn = void (*)(void *context);
    CommandQueue(WakeFn wake, void *context) : m_wake(wake), m_context(context) {}

    // False (and the command dropped) once close() has run.
    bool push(NetCommand &&command);
    std::vector<NetCommand> takeAll();
    // Refuses further commands; after it returns `wake` is never called again.
    void close();

private:
    QMutex m_mutex;
    std::vector<NetCommand> m_commands;
    WakeFn m_wake;
    void *m_context;
    bool m_closed = false;
};

} // namespace lathe
