#include "chatprotocol.h"

#include "anthropicprotocol.h"
#include "core/buildinfo.h"
#include "ollamaprotocol.h"
#include "openaiprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype kMaxTextMessage = 200;

QString messageIn(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    if (o.value(u"message"_s).isString())
        return o.value(u"message"_s).toString();
    if (o.value(u"msg"_s).isString())
        return o.value(u"msg"_s).toString();
    if (v.isArray() && !v.toArray().isEmpty())
        return messageIn(v.toArray().first());   // FastAPI: "detail": [{"msg": ...}]
    return {};
}

} // namespace

std::unique_ptr<ChatProtocol> ChatProtocol::create(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAi: return std::make_unique<OpenAiProtocol>(false);
    case ProviderKind::Azure: return std::make_unique<OpenAiProtocol>(true);
    case ProviderKind::Anthropic: return std::make_unique<AnthropicProtocol>();
    case ProviderKind::Ollama: return std::make_unique<OllamaProtocol>();
    }
    return nullptr;
}

QString ChatProtocol::providerMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        // {"error": {"message"}} (OpenAI, Anthropic, llama.cpp), {"error": "..."} (Ollama),
        // {"message"} (vLLM), {"detail"} (FastAPI servers).
        for (const QString &key : {u"error"_s, u"message"_s, u"detail"_s}) {
            if (const QString m = messageIn(o.value(key)); !m.isEmpty())
                return m;
        }
        return {};
    }
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > kMaxTextMessage)
        text = text.left(kMaxTextMessage) + u'…';
    return text;
}

HttpRequest ChatProtocol::baseRequest(const ProviderConfig &config, const QUrl &url, bool stream)
{
    HttpRequest r;
    r.method = "POST";
    r.url = url;
    r.connectTimeoutMs = config.connectTimeoutMs;
    r.totalTimeoutMs = config.totalTimeoutMs;
    r.streamIdleTimeoutMs = config.streamIdleTimeoutMs;
    r.streaming = stream;
    r.limiterKey = config.limiterKey();
    r.retry = config.retry;
    r.setHeader("Content-Type", "application/json");
    r.setHeader("Accept", stream ? "text/event-stream, application/x-ndjson" : "application/json");
    r.setHeader("User-Agent", "Lathe/" + BuildInfo::versionString().toUtf8());
    for (const auto &[name, value] : config.extraHeaders)
        r.setHeader(name, value);
    return r;
}

void ChatProtocol::copyNumber(const QJsonObject &params, const QString &key, QJsonObject *out,
                              const QString &as)
{
    if (const QJsonValue v = params.value(key); v.isDouble())
        out->insert(as.isEmpty() ? key : as, v);
}

QJsonObject ChatProtocol::messageObject(const ChatMessage &message)
{
    return {{u"role"_s, message.role}, {u"content"_s, message.content}};
}

} // namespace lathe
