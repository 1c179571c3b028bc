#include "anthropicprotocol.h"

#include "sseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(lathe::AnthropicProtocol)
};

void headers(HttpRequest *r, const ProviderConfig &config, const QByteArray &apiKey)
{
    if (!apiKey.isEmpty())
        r->setHeader("x-api-key", apiKey);
    r->setHeader("anthropic-version", config.effectiveApiVersion().toUtf8());
}

// Events: message_start (input tokens), content_block_delta (text_delta), message_delta
// (stop_reason, output tokens), message_stop; "error" events carry {"error": {...}}.
class AnthropicStreamDecoder final : public StreamDecoder
{
public:
    QString feed(QByteArrayView bytes) override
    {
        if (hasError())
            return {};
        QList<SseParser::Event> events;
        m_parser.feed(bytes, &events);
        QString delta;
        for (const SseParser::Event &e : std::as_const(events)) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(e.data, &parseError);
            if (!doc.isObject()) {
                fail(ErrorKind::Protocol, Tr::tr("A stream event is not valid JSON: %1.").arg(parseError.errorString()));
                break;
            }
            const QJsonObject o = doc.object();
            const QString type = o.value(u"type"_s).toString();
            if (type == u"content_block_delta") {
                const QJsonObject d = o.value(u"delta"_s).toObject();
                if (d.value(u"type"_s).toString() == u"text_delta")
                    delta += d.value(u"text"_s).toString();
            } else if (type == u"message_start") {
                const QJsonObject usage = o.value(u"message"_s).toObject().value(u"usage"_s).toObject();
                m_promptTokens = usage.value(u"input_tokens"_s).toInt(-1);
                m_completionTokens = usage.value(u"output_tokens"_s).toInt(-1);
            } else if (type == u"message_delta") {
                const QString stop = o.value(u"delta"_s).toObject().value(u"stop_reason"_s).toString();
                if (!stop.isEmpty())
                    m_finishReason = AnthropicProtocol::normalizeStopReason(stop);
                const QJsonObject usage = o.value(u"usage"_s).toObject();
                m_completionTokens = usage.value(u"output_tokens"_s).toInt(m_completionTokens);
            } else if (type == u"message_stop") {
                m_complete = true;
            } else if (type == u"error") {
                fail(ErrorKind::Provider, ChatProtocol::providerMessage(e.data));
                break;
            }
        }
        m_text += delta;
        return delta;
    }

private:
    SseParser m_parser;
};

} // namespace

QString AnthropicProtocol::normalizeStopReason(const QString &reason)
{
    if (reason == u"end_turn" || reason == u"stop_sequence")
        return u"stop"_s;
    if (reason == u"max_tokens")
        return u"length"_s;
    if (reason == u"tool_use")
        return u"tool_calls"_s;
    if (reason == u"refusal")
        return u"content_filter"_s;
    return reason;
}

HttpRequest AnthropicProtocol::buildChat(const ChatRequest &request, bool stream,
                                         const ProviderConfig &config, const QByteArray &apiKey,
                                         QString *error) const
{
    if (request.model().isEmpty()) {
        *error = Tr::tr("No model is set; Anthropic needs one.");
        return {};
    }
    QJsonObject body{{u"model"_s, request.model()}};
    QStringList system;
    QJsonArray messages;
    for (const ChatMessage &m : request.messages) {
        if (m.role == u"system")
            system.append(m.content);
        else
            messages.append(messageObject(m));
    }
    if (!system.isEmpty())
        body.insert(u"system"_s, system.join(u"\n\n"_s));
    body.insert(u"messages"_s, messages);
    const QJsonObject &p = request.params;
    body.insert(u"max_tokens"_s, p.value(u"max_tokens"_s).toInt(kDefaultMaxTokens));
    copyNumber(p, u"temperature"_s, &body);
    copyNumber(p, u"top_p"_s, &body);
    if (const QJsonArray stop = p.value(u"stop"_s).toArray(); !stop.isEmpty())
        body.insert(u"stop_sequences"_s, stop);
    if (stream)
        body.insert(u"stream"_s, true);
    HttpRequest r = baseRequest(config, config.endpoint(u"/v1/messages"_s), stream);
    headers(&r, config, apiKey);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.tokenCost = request.estimatedTokens();
    return r;
}

bool AnthropicProtocol::parseChat(const QJsonObject &body, ChatResponse *out, QString *error) const
{
    if (!body.value(u"content"_s).isArray()) {
        *error = Tr::tr("The response has no content.");
        return false;
    }
    for (const QJsonValue &block : body.value(u"content"_s).toArray()) {
        const QJsonObject b = block.toObject();
        if (b.value(u"type"_s).toString() == u"text")
            out->output += b.value(u"text"_s).toString();
    }
    out->finishReason = normalizeStopReason(body.value(u"stop_reason"_s).toString());
    const QJsonObject usage = body.value(u"usage"_s).toObject();
    out->promptTokens = usage.value(u"input_tokens"_s).toInt(-1);
    out->completionTokens = usage.value(u"output_tokens"_s).toInt(-1);
    return true;
}

std::unique_ptr<StreamDecoder> AnthropicProtocol::newStreamDecoder() const
{
    return std::make_unique<AnthropicStreamDecoder>();
}

HttpRequest AnthropicProtocol::buildModelList(const ProviderConfig &config, const QByteArray &apiKey) const
{
    HttpRequest r = baseRequest(config, config.endpoint(u"/v1/models"_s), false);
    r.method = "GET";
    headers(&r, config, apiKey);
    return r;
}

QStringList AnthropicProtocol::parseModelList(const QJsonObject &body) const
{
    QStringList names;
    for (const QJsonValue &m : body.value(u"data"_s).toArray())
        names.append(m.toObject().value(u"id"_s).toString());
    names.removeAll(QString());
    return names;
}

} // namespace lathe
