#include "httpreply.h"

#include "commandqueue.h"
#include "replychannel.h"

namespace lathe {

HttpReply::HttpReply(quint64 id, std::weak_ptr<CommandQueue> queue, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_queue(std::move(queue))
{
}

HttpReply::~HttpReply()
{
    if (m_channel)
        m_channel->detach();
    if (!m_finished) {
        if (auto queue = m_queue.lock())
            queue->push({.type = NetCommand::Type::Cancel, .id = m_id});
    }
}

void HttpReply::cancel()
{
    if (m_finished || m_canceled)
        return;
    m_canceled = true;
    auto queue = m_queue.lock();
    if (queue && queue->push({.type = NetCommand::Type::Cancel, .id = m_id}))
        return;   // the network thread answers with a Canceled result
    HttpResult result;
    result.error = ErrorKind::Canceled;
    QMetaObject::invokeMethod(
        this, [this, result] { deliverFinished(result); }, Qt::QueuedConnection);
}

void HttpReply::deliverData(const QByteArray &chunk, qint64 attemptElapsedMs)
{
    if (m_finished || m_canceled)
        return;
    emit dataReceived(chunk, attemptElapsedMs);
}

void HttpReply::deliverFinished(HttpResult result)
{
    if (m_finished)
        return;
    if (m_canceled && result.error != ErrorKind::Canceled)
        result.error = ErrorKind::Canceled;
    if (result.error == ErrorKind::Canceled)
        result.errorString = tr("The request was canceled.");
    m_finished = true;
    m_result = std::move(result);
    emit finished(m_result);
}

} // namespace lathe
