#include "commandqueue.h"

namespace lathe {

bool CommandQueue::push(NetCommand &&command)
{
    QMutexLocker lock(&m_mutex);
    if (m_closed)
        return false;
    const bool wasEmpty = m_commands.empty();
    m_commands.push_back(std::move(command));
    // The network thread drains the whole queue after each wake-up, so a non-empty queue
    // already has a wake-up pending.
    if (wasEmpty)
        m_wake(m_context);
    return true;
}

std::vector<NetCommand> CommandQueue::takeAll()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_commands, {});
}

void CommandQueue::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
}

} // namespace lathe
