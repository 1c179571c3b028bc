#include "chatcall.h"

#include "chatprotocol.h"
#include "httpclient.h"
#include "httpreply.h"

#include <QJsonDocument>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype kMinKeyToMask = 4;
const QByteArray kMask = QByteArrayLiteral("[redacted]");

void mask(QByteArray *bytes, const QByteArray &key)
{
    if (key.size() >= kMinKeyToMask && bytes->contains(key))
        bytes->replace(key, kMask);
}

void mask(QString *text, const QByteArray &key)
{
    if (key.size() < kMinKeyToMask)
        return;
    const QString k = QString::fromUtf8(key);
    if (text->contains(k))
        text->replace(k, QString::fromLatin1(kMask));
}

} // namespace

ChatCall::ChatCall(std::shared_ptr<const ChatProtocol> protocol, QByteArray apiKey, QObject *parent)
    : QObject(parent)
    , m_protocol(std::move(protocol))
    , m_apiKey(std::move(apiKey))
{
}

ChatCall::~ChatCall() = default;   // m_reply is a child: deleting it cancels the request

void ChatCall::start(HttpClient &http, const HttpRequest &request)
{
    m_response.rawRequest = request.body;
    if (request.streaming)
        m_decoder = m_protocol->newStreamDecoder();
    m_reply = http.send(request, this);
    connect(m_reply, &HttpReply::dataReceived, this, &ChatCall::onData);
    connect(m_reply, &HttpReply::finished, this, &ChatCall::onFinished);
}

void ChatCall::failEarly(ErrorKind kind, const QString &message)
{
    m_response.errorKind = kind;
    m_response.errorMessage = message;
    QMetaObject::invokeMethod(this, &ChatCall::finish, Qt::QueuedConnection);
}

void ChatCall::cancel()
{
    if (m_finished || m_canceled)
        return;
    m_canceled = true;
    if (m_reply) {
        m_reply->cancel();   // its finished() brings the Canceled result
        return;
    }
    m_response.errorKind = ErrorKind::Canceled;
    m_response.errorMessage = tr("The request was canceled.");
}

void ChatCall::onData(const QByteArray &chunk, qint64 attemptElapsedMs)
{
    if (m_canceled)
        return;
    m_response.rawResponse += chunk;
    const QString text = m_decoder->feed(chunk);
    if (text.isEmpty())
        return;
    if (m_response.ttftMs < 0)
        m_response.ttftMs = attemptElapsedMs;
    emit delta(text);
}

void ChatCall::onFinished(const HttpResult &r)
{
    ChatResponse &out = m_response;
    out.httpStatus = r.status;
    out.latencyMs = r.totalMs;
    out.elapsedMs = r.elapsedMs;
    out.attempts = r.attempts;
    if (out.ttftMs < 0 && !m_decoder)
        out.ttftMs = r.ttfbMs;
    if (r.error == ErrorKind::Http) {
        out.rawResponse = r.body;
        const QString message = ChatProtocol::providerMessage(r.body);
        out.errorKind = ErrorKind::Http;
        out.errorMessage = message.isEmpty() ? r.errorString
                                             : u"HTTP %1: %2"_s.arg(r.status).arg(message);
    } else if (m_decoder && r.status >= 200 && r.status < 300) {
        readStream(r);
    } else if (r.error != ErrorKind::None) {
        out.errorKind = r.error;
        out.errorMessage = r.errorString;
    } else {
        readBody(r);
    }
    finish();
}

void ChatCall::readBody(const HttpResult &r)
{
    ChatResponse &out = m_response;
    out.rawResponse = r.body;
    const QByteArray type = r.header("content-type").toLower();
    if (!type.isEmpty() && !type.contains("json")) {
        out.errorKind = ErrorKind::Protocol;
        out.errorMessage = tr("Expected a JSON response but the server sent %1.").arg(QString::fromLatin1(type));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    QString error;
    if (!doc.isObject()) {
        error = tr("The response is not valid JSON (%1 at byte %2).")
                    .arg(parseError.errorString()).arg(parseError.offset);
    } else if (m_protocol->parseChat(doc.object(), &out, &error)) {
        return;
    }
    out.errorKind = ErrorKind::Protocol;
    out.errorMessage = error;
}

void ChatCall::readStream(const HttpResult &r)
{
    ChatResponse &out = m_response;
    out.output = m_decoder->text();
    out.finishReason = m_decoder->finishReason();
    out.promptTokens = m_decoder->promptTokens();
    out.completionTokens = m_decoder->completionTokens();
    const QByteArray type = r.header("content-type").toLower();
    if (!type.isEmpty() && !m_protocol->isStreamContentType(type)) {
        out.errorKind = ErrorKind::Protocol;
        out.errorMessage = tr("Expected a stream but the server sent %1.").arg(QString::fromLatin1(type));
    } else if (m_decoder->hasError()) {
        out.errorKind = m_decoder->errorKind();
        out.errorMessage = m_decoder->errorMessage();
    } else if (r.error != ErrorKind::None) {
        out.errorKind = r.error;
        out.errorMessage = r.error == ErrorKind::Canceled
            ? r.errorString : tr("The stream broke off: %1").arg(r.errorString);
    } else if (!m_decoder->isComplete()) {
        out.errorKind = ErrorKind::Protocol;
        out.errorMessage = tr("The stream ended before its final event.");
    }
}

void ChatCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_canceled) {
        m_response.errorKind = ErrorKind::Canceled;
        m_response.errorMessage = tr("The request was canceled.");
    }
    mask(&m_response.rawResponse, m_apiKey);
    mask(&m_response.rawRequest, m_apiKey);
    mask(&m_response.output, m_apiKey);
    mask(&m_response.errorMessage, m_apiKey);
    emit finished(m_response);
}

} // namespace lathe
