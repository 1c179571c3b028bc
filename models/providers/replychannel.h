#pragma once

#include "httpresult.h"

#include <QByteArray>
#include <QMutex>

namespace lathe {

class HttpReply;

// The link from the network thread to one HttpReply living in the caller's thread. Posts are
// queued invocations on the reply, so they run in the reply's thread in posting order; once
// the reply detaches (it is being destroyed) posts are dropped. Internal to the transport.
class ReplyChannel final
{
    Q_DISABLE_COPY_MOVE(ReplyChannel)
public:
    explicit ReplyChannel(HttpReply *reply) : m_reply(reply) {}

    void detach();
    void postData(QByteArray chunk, qint64 attemptElapsedMs);
    void postFinished(HttpResult result);

private:
    QMutex m_mutex;
    HttpReply *m_reply;
};

} // namespace lathe
