#pragma once

#include "chatresponse.h"

#include <QObject>

#include <memory>

namespace lathe {

class ChatProtocol;
class HttpClient;
class HttpReply;
class StreamDecoder;
struct HttpRequest;
struct HttpResult;

// One chat call started with ChatClient::send. Lives in the thread that called send();
// signals arrive there through the event loop. finished() is emitted exactly once, also
// when the call could not start (ErrorKind::Config). Deleting the call cancels it.
class ChatCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatCall)
public:
    ~ChatCall() override;

    // finished() follows with ErrorKind::Canceled; no delta() after cancel() returns.
    void cancel();
    bool isFinished() const { return m_finished; }
    const ChatResponse &response() const { return m_response; }

signals:
    // Streaming calls: the next piece of output text, in order.
    void delta(const QString &text);
    void finished(const lathe::ChatResponse &response);

private:
    friend class ChatClient;
    ChatCall(std::shared_ptr<const ChatProtocol> protocol, QByteArray apiKey, QObject *parent);
    void start(HttpClient &http, const HttpRequest &request);
    void failEarly(ErrorKind kind, const QString &message);

    void onData(const QByteArray &chunk, qint64 attemptElapsedMs);
    void onFinished(const HttpResult &result);
    void readBody(const HttpResult &result);
    void readStream(const HttpResult &result);
    void finish();

    std::shared_ptr<const ChatProtocol> m_protocol;
    QByteArray m_apiKey;   // only to mask it if a server echoes it back
    HttpReply *m_reply = nullptr;
    std::unique_ptr<StreamDecoder> m_decoder;
    ChatResponse m_response;
    bool m_finished = false;
    bool m_canceled = false;
};

} // namespace lathe
