#include "replychannel.h"

#include "httpreply.h"

namespace lathe {

void ReplyChannel::detach()
{
    QMutexLocker lock(&m_mutex);
    m_reply = nullptr;
}

void ReplyChannel::postData(QByteArray chunk, qint64 attemptElapsedMs)
{
    QMutexLocker lock(&m_mutex);
    if (!m_reply)
        return;
    // The reply cannot be destroyed while the lock is held (its destructor detaches first);
    // after that, Qt discards events posted to a deleted object.
    HttpReply *reply = m_reply;
    QMetaObject::invokeMethod(
        reply, [reply, chunk = std::move(chunk), attemptElapsedMs] {
            reply->deliverData(chunk, attemptElapsedMs);
        },
        Qt::QueuedConnection);
}

void ReplyChannel::postFinished(HttpResult result)
{
    QMutexLocker lock(&m_mutex);
    if (!m_reply)
        return;
    HttpReply *reply = m_reply;
    QMetaObject::invokeMethod(
        reply, [reply, result = std::move(result)]() mutable {
            reply->deliverFinished(std::move(result));
        },
        Qt::QueuedConnection);
}

} // namespace lathe
