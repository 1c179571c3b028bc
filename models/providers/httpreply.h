#pragma once

#include "httpresult.h"

#include <QObject>

#include <memory>

namespace lathe {

class CommandQueue;
class ReplyChannel;

// The caller's handle on one request sent with HttpClient::send. Lives in the thread that
// called send(); its signals are delivered there through the event loop (never from the
// network thread). finished() is emitted exactly once. Deleting the reply cancels the request.
class HttpReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReply)
public:
    ~HttpReply() override;

    // Stops the request wherever it is (queued, waiting for a retry, in flight). finished()
    // follows through the event loop with ErrorKind::Canceled, even if a response had already
    // arrived, and no dataReceived() is emitted after cancel() returns.
    void cancel();

    bool isFinished() const { return m_finished; }
    // Valid once finished() has been emitted.
    const HttpResult &result() const { return m_result; }

signals:
    // Streaming requests with a 2xx status only: body bytes in arrival order, split anywhere.
    // `attemptElapsedMs` is when the network thread received them, counted from the start of
    // the attempt.
    void dataReceived(const QByteArray &chunk, qint64 attemptElapsedMs);
    void finished(const lathe::HttpResult &result);

private:
    friend class HttpClient;
    friend class ReplyChannel;
    HttpReply(quint64 id, std::weak_ptr<CommandQueue> queue, QObject *parent);

    void deliverData(const QByteArray &chunk, qint64 attemptElapsedMs);
    void deliverFinished(HttpResult result);

    quint64 m_id;
    std::weak_ptr<CommandQueue> m_queue;
    std::shared_ptr<ReplyChannel> m_channel;
    HttpResult m_result;
    bool m_finished = false;
    bool m_canceled = false;
};

} // namespace lathe
