#include "openaiprotocol.h"

#include "sseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(lathe::OpenAiProtocol)
};

QJsonValue responseFormat(const QJsonObject &params)
{
    const QString format = params.value(u"response_format"_s).toString();
    if (format == u"json_object")
        return QJsonObject{{u"type"_s, u"json_object"_s}};
    if (format != u"json_schema")
        return QJsonValue::Undefined;
    QJsonObject schema = params.value(u"json_schema"_s).toObject();
    if (!schema.contains(u"schema"_s) || !schema.value(u"name"_s).isString())
        schema = {{u"name"_s, u"response"_s}, {u"schema"_s, schema}};
    return QJsonObject{{u"type"_s, u"json_schema"_s}, {u"json_schema"_s, schema}};
}

// Streamed chunks: {"choices": [{"delta": {"content"}, "finish_reason"}], "usage"}, then
// "data: [DONE]". Errors arrive as {"error": {...}}.
class OpenAiStreamDecoder final : public StreamDecoder
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
            if (e.data == "[DONE]") {
                m_complete = true;
                continue;
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(e.data, &parseError);
            if (!doc.isObject()) {
                fail(ErrorKind::Protocol, Tr::tr("A stream event is not valid JSON: %1.").arg(parseError.errorString()));
                break;
            }
            const QJsonObject o = doc.object();
            if (o.contains(u"error"_s)) {
                fail(ErrorKind::Provider, ChatProtocol::providerMessage(e.data));
                break;
            }
            const QJsonObject choice = o.value(u"choices"_s).toArray().first().toObject();
            delta += choice.value(u"delta"_s).toObject().value(u"content"_s).toString();
            if (const QString f = choice.value(u"finish_reason"_s).toString(); !f.isEmpty())
                m_finishReason = f;
            if (const QJsonObject usage = o.value(u"usage"_s).toObject(); !usage.isEmpty()) {
                m_promptTokens = usage.value(u"prompt_tokens"_s).toInt(-1);
                m_completionTokens = usage.value(u"completion_tokens"_s).toInt(-1);
            }
        }
        // Servers that never send "[DONE]" still end with a finish reason.
        m_complete = m_complete || !m_finishReason.isEmpty();
        m_text += delta;
        return delta;
    }

private:
    SseParser m_parser;
};

} // namespace

void OpenAiProtocol::authorize(HttpRequest *request, const QByteArray &apiKey) const
{
    if (apiKey.isEmpty())
        return;
    if (m_azure)
        request->setHeader("api-key", apiKey);
    else
        request->setHeader("Authorization", "Bearer " + apiKey);
}

HttpRequest OpenAiProtocol::buildChat(const ChatRequest &request, bool stream,
                                      const ProviderConfig &config, const QByteArray &apiKey,
                                      QString *error) const
{
    QUrl url;
    QJsonObject body;
    if (m_azure) {
        const QString deployment = config.deployment.isEmpty() ? request.model() : config.deployment;
        if (deployment.isEmpty() || config.baseUrl.isEmpty()) {
            *error = Tr::tr("Azure OpenAI needs a base URL and a deployment (or a model).");
            return {};
        }
        url = config.endpoint(u"/openai/deployments/"_s + QString::fromUtf8(QUrl::toPercentEncoding(deployment))
                              + u"/chat/completions"_s);
        url.setQuery(QUrlQuery{{u"api-version"_s, config.effectiveApiVersion()}});
    } else {
        url = config.endpoint(u"/chat/completions"_s);
        if (!request.model().isEmpty())
            body.insert(u"model"_s, request.model());
    }
    QJsonArray messages;
    for (const ChatMessage &m : request.messages)
        messages.append(messageObject(m));
    body.insert(u"messages"_s, messages);
    const QJsonObject &p = request.params;
    copyNumber(p, u"temperature"_s, &body);
    copyNumber(p, u"top_p"_s, &body);
    copyNumber(p, u"max_tokens"_s, &body);
    copyNumber(p, u"seed"_s, &body);
    if (const QJsonArray stop = p.value(u"stop"_s).toArray(); !stop.isEmpty())
        body.insert(u"stop"_s, stop);
    if (const QJsonValue format = responseFormat(p); !format.isUndefined())
        body.insert(u"response_format"_s, format);
    if (stream) {
        body.insert(u"stream"_s, true);
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    }
    HttpRequest r = baseRequest(config, url, stream);
    authorize(&r, apiKey);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.tokenCost = request.estimatedTokens();
    return r;
}

bool OpenAiProtocol::parseChat(const QJsonObject &body, ChatResponse *out, QString *error) const
{
    const QJsonArray choices = body.value(u"choices"_s).toArray();
    if (choices.isEmpty()) {
        *error = Tr::tr("The response has no choices.");
        return false;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(u"message"_s).toObject();
    if (message.isEmpty()) {
        *error = Tr::tr("The response's first choice has no message.");
        return false;
    }
    out->output = message.value(u"content"_s).toString();
    out->finishReason = choice.value(u"finish_reason"_s).toString();
    const QJsonObject usage = body.value(u"usage"_s).toObject();
    out->promptTokens = usage.value(u"prompt_tokens"_s).toInt(-1);
    out->completionTokens = usage.value(u"completion_tokens"_s).toInt(-1);
    return true;
}

std::unique_ptr<StreamDecoder> OpenAiProtocol::newStreamDecoder() const
{
    return std::make_unique<OpenAiStreamDecoder>();
}

HttpRequest OpenAiProtocol::buildModelList(const ProviderConfig &config, const QByteArray &apiKey) const
{
    HttpRequest r = baseRequest(config, config.endpoint(m_azure ? u"/openai/models"_s : u"/models"_s), false);
    r.method = "GET";
    if (m_azure)
        r.url.setQuery(QUrlQuery{{u"api-version"_s, config.effectiveApiVersion()}});
    authorize(&r, apiKey);
    return r;
}

QStringList OpenAiProtocol::parseModelList(const QJsonObject &body) const
{
    QStringList names;
    for (const QJsonValue &m : body.value(u"data"_s).toArray())
        names.append(m.toObject().value(u"id"_s).toString());
    names.removeAll(QString());
    return names;
}

} // namespace lathe
