#pragma once

#include "errorkind.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace lathe {

class ChatProtocol;
class HttpClient;
class HttpReply;
struct HttpRequest;
struct HttpResult;

// One model-list request (ChatClient::listModels, LocalServerProbe). Lives in the thread
// that created it; finished() is emitted exactly once, through the event loop.
class ModelListCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelListCall)
public:
    ~ModelListCall() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_errorKind == ErrorKind::None; }
    const QStringList &models() const { return m_models; }   // as the server lists them
    ErrorKind errorKind() const { return m_errorKind; }
    const QString &errorMessage() const { return m_errorMessage; }
    int httpStatus() const { return m_httpStatus; }

signals:
    void finished();

private:
    friend class ChatClient;
    friend class LocalServerProbe;
    ModelListCall(std::shared_ptr<const ChatProtocol> protocol, QByteArray apiKey, QObject *parent);
    void start(HttpClient &http, const HttpRequest &request);
    void failEarly(const QString &message);
    void onFinished(const HttpResult &result);
    void finish();

    std::shared_ptr<const ChatProtocol> m_protocol;
    QByteArray m_apiKey;   // only to mask it if a server echoes it back
    QStringList m_models;
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_errorMessage;
    int m_httpStatus = 0;
    bool m_finished = false;
};

} // namespace lathe
