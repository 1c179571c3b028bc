#include "ollamaprotocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(lathe::OllamaProtocol)
};

// Reads the fields shared by the final object of a reply and the last NDJSON line.
void readFinal(const QJsonObject &o, QString *finishReason, int *promptTokens, int *completionTokens)
{
    *finishReason = o.value(u"done_reason"_s).toString(u"stop"_s);
    *promptTokens = o.value(u"prompt_eval_count"_s).toInt(-1);
    *completionTokens = o.value(u"eval_count"_s).toInt(-1);
}

// One JSON object per line; the last has "done": true; {"error": "..."} reports a failure.
class OllamaStreamDecoder final : public StreamDecoder
{
public:
    QString feed(QByteArrayView bytes) override
    {
        if (hasError())
            return {};
        m_buffer.append(bytes);
        QString delta;
        qsizetype start = 0;
        for (qsizetype nl; (nl = m_buffer.indexOf('\n', start)) >= 0; start = nl + 1) {
            const QByteArrayView line = QByteArrayView(m_buffer).sliced(start, nl - start).trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
            if (!doc.isObject()) {
                fail(ErrorKind::Protocol, Tr::tr("A stream line is not valid JSON: %1.").arg(parseError.errorString()));
                break;
            }
            const QJsonObject o = doc.object();
            if (o.contains(u"error"_s)) {
                fail(ErrorKind::Provider, ChatProtocol::providerMessage(line.toByteArray()));
                break;
            }
            delta += o.value(u"message"_s).toObject().value(u"content"_s).toString();
            if (o.value(u"done"_s).toBool()) {
                readFinal(o, &m_finishReason, &m_promptTokens, &m_completionTokens);
                m_complete = true;
            }
        }
        m_buffer.remove(0, start);
        m_text += delta;
        return delta;
    }

private:
    QByteArray m_buffer;
};

} // namespace

HttpRequest OllamaProtocol::buildChat(const ChatRequest &request, bool stream,
                                      const ProviderConfig &config, const QByteArray &apiKey,
                                      QString *error) const
{
    if (request.model().isEmpty()) {
        *error = Tr::tr("No model is set; Ollama needs one.");
        return {};
    }
    QJsonArray messages;
    for (const ChatMessage &m : request.messages)
        messages.append(messageObject(m));
    QJsonObject body{{u"model"_s, request.model()}, {u"messages"_s, messages}, {u"stream"_s, stream}};
    const QJsonObject &p = request.params;
    QJsonObject options;
    copyNumber(p, u"temperature"_s, &options);
    copyNumber(p, u"top_p"_s, &options);
    copyNumber(p, u"seed"_s, &options);
    copyNumber(p, u"max_tokens"_s, &options, u"num_predict"_s);
    if (const QJsonArray stop = p.value(u"stop"_s).toArray(); !stop.isEmpty())
        options.insert(u"stop"_s, stop);
    if (!options.isEmpty())
        body.insert(u"options"_s, options);
    const QString format = p.value(u"response_format"_s).toString();
    if (format == u"json_object")
        body.insert(u"format"_s, u"json"_s);
    else if (format == u"json_schema")
        body.insert(u"format"_s, p.value(u"json_schema"_s).toObject());
    HttpRequest r = baseRequest(config, config.endpoint(u"/api/chat"_s), stream);
    if (!apiKey.isEmpty())
        r.setHeader("Authorization", "Bearer " + apiKey);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.tokenCost = request.estimatedTokens();
    return r;
}

bool OllamaProtocol::parseChat(const QJsonObject &body, ChatResponse *out, QString *error) const
{
    const QJsonValue message = body.value(u"message"_s);
    if (!message.isObject()) {
        *error = Tr::tr("The response has no message.");
        return false;
    }
    out->output = message.toObject().value(u"content"_s).toString();
    readFinal(body, &out->finishReason, &out->promptTokens, &out->completionTokens);
    return true;
}

std::unique_ptr<StreamDecoder> OllamaProtocol::newStreamDecoder() const
{
    return std::make_unique<OllamaStreamDecoder>();
}

HttpRequest OllamaProtocol::buildModelList(const ProviderConfig &config, const QByteArray &apiKey) const
{
    HttpRequest r = baseRequest(config, config.endpoint(u"/api/tags"_s), false);
    r.method = "GET";
    if (!apiKey.isEmpty())
        r.setHeader("Authorization", "Bearer " + apiKey);
    return r;
}

QStringList OllamaProtocol::parseModelList(const QJsonObject &body) const
{
    QStringList names;
    for (const QJsonValue &m : body.value(u"models"_s).toArray())
        names.append(m.toObject().value(u"name"_s).toString());
    names.removeAll(QString());
    return names;
}

} // namespace lathe
