#pragma once

#include "chatrequest.h"
#include "chatresponse.h"
#include "httprequest.h"
#include "providerconfig.h"
#include "streamdecoder.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace lathe {

// The wire format of one provider kind: request building and response parsing, no I/O.
// Stateless; one instance may serve any number of calls from one thread at a time.
class ChatProtocol
{
public:
    virtual ~ChatProtocol() = default;
    static std::unique_ptr<ChatProtocol> create(ProviderKind kind);

    // The HTTP request for a chat call: endpoint, headers (carrying `apiKey` when it is not
    // empty) and JSON body. Timeouts, retry policy, limiter key and token cost come from
    // `config` and `request`. Fails with *error set when the request cannot be expressed
    // (e.g. no model where the protocol needs one).
    virtual HttpRequest buildChat(const ChatRequest &request, bool stream,
                                  const ProviderConfig &config, const QByteArray &apiKey,
                                  QString *error) const = 0;
    // Reads output, finish reason and usage from a complete 2xx JSON body into *out;
    // false with *error when the body lacks what the protocol promises.
    virtual bool parseChat(const QJsonObject &body, ChatResponse *out, QString *error) const = 0;
    virtual std::unique_ptr<StreamDecoder> newStreamDecoder() const = 0;
    // Whether a streamed 2xx reply with this Content-Type (lower-case) is in the protocol's
    // stream framing (SSE, or NDJSON which Ollama labels application/x-ndjson).
    virtual bool isStreamContentType(QByteArrayView contentType) const = 0;

    // Listing the provider's models (GET /v1/models, /api/tags).
    virtual HttpRequest buildModelList(const ProviderConfig &config, const QByteArray &apiKey) const = 0;
    virtual QStringList parseModelList(const QJsonObject &body) const = 0;

    // The provider's own message in an error body (JSON in any of the common shapes, or the
    // start of a text page), or an empty string.
    static QString providerMessage(const QByteArray &body);

protected:
    // A request with the config's timeouts, retry policy, limiter key and extra headers.
    static HttpRequest baseRequest(const ProviderConfig &config, const QUrl &url, bool stream);
    // Sets the common parameters that are named alike everywhere (temperature, top_p, seed).
    static void copyNumber(const QJsonObject &params, const QString &key, QJsonObject *out,
                           const QString &as = {});
    static QJsonObject messageObject(const ChatMessage &message);
};

} // namespace lathe
