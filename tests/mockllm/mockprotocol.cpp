#include "mockprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lathe::mock {
namespace {

using namespace Qt::StringLiterals;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray sse(const QJsonObject &o, QByteArrayView event = {})
{
    QByteArray out;
    if (!event.isEmpty())
        out += "event: " + event.toByteArray() + '\n';
    return out + "data: " + compact(o) + "\n\n";
}

// Message content: a string or an array of {type: "text", text} parts.
QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray())
        text += part.toObject().value(u"text"_s).toString();
    return text;
}

bool readMessages(const QJsonValue &value, MockChat &chat, QString *error)
{
    const QJsonArray messages = value.toArray();
    if (messages.isEmpty()) {
        *error = u"messages: must be a non-empty array"_s;
        return false;
    }
    for (const QJsonValue &m : messages) {
        const QJsonObject o = m.toObject();
        chat.messages.append({o.value(u"role"_s).toString(), contentText(o.value(u"content"_s))});
    }
    return true;
}

QStringList stringList(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QString finishName(Protocol protocol, bool truncated)
{
    if (protocol == Protocol::Anthropic)
        return truncated ? u"max_tokens"_s : u"end_turn"_s;
    return truncated ? u"length"_s : u"stop"_s;
}

QString modelOf(const MockChat &chat)
{
    return chat.model.isEmpty() ? u"mock"_s : chat.model;
}

MockReply openAi(const MockChat &chat, const MockCompletion &done)
{
    MockReply r;
    const QJsonObject usage{{u"prompt_tokens"_s, done.promptTokens},
                            {u"completion_tokens"_s, done.completionTokens},
                            {u"total_tokens"_s, done.promptTokens + done.completionTokens}};
    const QString finish = finishName(Protocol::OpenAi, done.truncated);
    QJsonObject base{{u"id"_s, u"chatcmpl-mock"_s}, {u"created"_s, 1700000000},
                     {u"model"_s, modelOf(chat)}};
    if (!chat.stream) {
        base.insert(u"object"_s, u"chat.completion"_s);
        const QJsonObject message{{u"role"_s, u"assistant"_s}, {u"content"_s, done.text}};
        base.insert(u"choices"_s, QJsonArray{QJsonObject{
            {u"index"_s, 0}, {u"message"_s, message}, {u"finish_reason"_s, finish}}});
        base.insert(u"usage"_s, usage);
        r.body = compact(base);
        return r;
    }
    r.streaming = true;
    r.contentType = "text/event-stream";
    base.insert(u"object"_s, u"chat.completion.chunk"_s);
    const auto chunk = [&](const QJsonObject &delta, const QJsonValue &finishReason) {
        QJsonObject o = base;
        o.insert(u"choices"_s, QJsonArray{QJsonObject{
            {u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finishReason}}});
        return sse(o);
    };
    r.chunks.append(chunk({{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, QJsonValue::Null));
    for (const QString &piece : done.pieces)
        r.chunks.append(chunk({{u"content"_s, piece}}, QJsonValue::Null));
    r.chunks.append(chunk({}, finish));
    if (chat.includeUsage) {
        QJsonObject o = base;
        o.insert(u"choices"_s, QJsonArray());
        o.insert(u"usage"_s, usage);
        r.chunks.append(sse(o));
    }
    r.chunks.append("data: [DONE]\n\n");
    return r;
}

MockReply anthropic(const MockChat &chat, const MockCompletion &done)
{
    MockReply r;
    const QString stop = finishName(Protocol::Anthropic, done.truncated);
    if (!chat.stream) {
        r.body = compact({{u"id"_s, u"msg_mock"_s}, {u"type"_s, u"message"_s},
                          {u"role"_s, u"assistant"_s}, {u"model"_s, modelOf(chat)},
                          {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s},
                                                                {u"text"_s, done.text}}}},
                          {u"stop_reason"_s, stop}, {u"stop_sequence"_s, QJsonValue::Null},
                          {u"usage"_s, QJsonObject{{u"input_tokens"_s, done.promptTokens},
                                                   {u"output_tokens"_s, done.completionTokens}}}});
        return r;
    }
    r.streaming = true;
    r.contentType = "text/event-stream";
    const QJsonObject message{
        {u"id"_s, u"msg_mock"_s}, {u"type"_s, u"message"_s}, {u"role"_s, u"assistant"_s},
        {u"model"_s, modelOf(chat)}, {u"content"_s, QJsonArray()},
        {u"stop_reason"_s, QJsonValue::Null}, {u"stop_sequence"_s, QJsonValue::Null},
        {u"usage"_s, QJsonObject{{u"input_tokens"_s, done.promptTokens}, {u"output_tokens"_s, 1}}}};
    r.chunks.append(sse({{u"type"_s, u"message_start"_s}, {u"message"_s, message}}, "message_start"));
    r.chunks.append(sse({{u"type"_s, u"content_block_start"_s}, {u"index"_s, 0},
                         {u"content_block"_s, QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u""_s}}}},
                        "content_block_start"));
    r.chunks.append(sse({{u"type"_s, u"ping"_s}}, "ping"));
    for (const QString &piece : done.pieces) {
        r.chunks.append(sse({{u"type"_s, u"content_block_delta"_s}, {u"index"_s, 0},
                             {u"delta"_s, QJsonObject{{u"type"_s, u"text_delta"_s}, {u"text"_s, piece}}}},
                            "content_block_delta"));
    }
    r.chunks.append(sse({{u"type"_s, u"content_block_stop"_s}, {u"index"_s, 0}}, "content_block_stop"));
    r.chunks.append(sse({{u"type"_s, u"message_delta"_s},
                         {u"delta"_s, QJsonObject{{u"stop_reason"_s, stop}, {u"stop_sequence"_s, QJsonValue::Null}}},
                         {u"usage"_s, QJsonObject{{u"output_tokens"_s, done.completionTokens}}}},
                        "message_delta"));
    r.chunks.append(sse({{u"type"_s, u"message_stop"_s}}, "message_stop"));
    return r;
}

MockReply ollama(const MockChat &chat, const MockCompletion &done)
{
    MockReply r;
    const QJsonObject base{{u"model"_s, modelOf(chat)}, {u"created_at"_s, u"2026-01-01T00:00:00Z"_s}};
    QJsonObject last = base;
    last.insert(u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                          {u"content"_s, chat.stream ? QString() : done.text}});
    last.insert(u"done"_s, true);
    last.insert(u"done_reason"_s, finishName(Protocol::Ollama, done.truncated));
    last.insert(u"total_duration"_s, 1000);
    last.insert(u"prompt_eval_count"_s, done.promptTokens);
    last.insert(u"eval_count"_s, done.completionTokens);
    if (!chat.stream) {
        r.body = compact(last);
        return r;
    }
    r.streaming = true;
    r.contentType = "application/x-ndjson";
    for (const QString &piece : done.pieces) {
        QJsonObject o = base;
        o.insert(u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, piece}});
        o.insert(u"done"_s, false);
        r.chunks.append(compact(o) + '\n');
    }
    r.chunks.append(compact(last) + '\n');
    return r;
}

} // namespace

std::optional<MockChat> parseChat(Protocol protocol, const QJsonObject &body, QString *error)
{
    MockChat chat;
    chat.model = body.value(u"model"_s).toString();
    if (protocol != Protocol::OpenAi && chat.model.isEmpty()) {
        *error = u"model: field required"_s;
        return std::nullopt;
    }
    if (protocol == Protocol::Anthropic) {
        if (const QJsonValue system = body.value(u"system"_s); !system.isUndefined())
            chat.messages.append({u"system"_s, contentText(system)});
    }
    if (!readMessages(body.value(u"messages"_s), chat, error))
        return std::nullopt;
    switch (protocol) {
    case Protocol::OpenAi: {
        const QJsonValue max = body.contains(u"max_completion_tokens"_s)
            ? body.value(u"max_completion_tokens"_s) : body.value(u"max_tokens"_s);
        chat.maxTokens = max.toInt(-1);
        chat.stop = stringList(body.value(u"stop"_s));
        const QJsonObject format = body.value(u"response_format"_s).toObject();
        const QString type = format.value(u"type"_s).toString();
        if (type == u"json_object") {
            chat.format = MockChat::Format::JsonObject;
        } else if (type == u"json_schema") {
            chat.format = MockChat::Format::JsonSchema;
            chat.schema = format.value(u"json_schema"_s).toObject().value(u"schema"_s).toObject();
        }
        chat.stream = body.value(u"stream"_s).toBool();
        chat.includeUsage = body.value(u"stream_options"_s).toObject().value(u"include_usage"_s).toBool();
        break;
    }
    case Protocol::Anthropic:
        if (!body.value(u"max_tokens"_s).isDouble()) {
            *error = u"max_tokens: Field required"_s;
            return std::nullopt;
        }
        chat.maxTokens = body.value(u"max_tokens"_s).toInt();
        chat.stop = stringList(body.value(u"stop_sequences"_s));
        chat.stream = body.value(u"stream"_s).toBool();
        break;
    case Protocol::Ollama: {
        const QJsonObject options = body.value(u"options"_s).toObject();
        chat.maxTokens = options.value(u"num_predict"_s).toInt(-1);
        chat.stop = stringList(options.value(u"stop"_s));
        const QJsonValue format = body.value(u"format"_s);
        if (format.isObject()) {
            chat.format = MockChat::Format::JsonSchema;
            chat.schema = format.toObject();
        } else if (format.toString() == u"json") {
            chat.format = MockChat::Format::JsonObject;
        }
        chat.stream = body.value(u"stream"_s).toBool(true);   // Ollama streams by default
        break;
    }
    }
    return chat;
}

MockReply renderCompletion(Protocol protocol, const MockChat &chat, const MockCompletion &done)
{
    switch (protocol) {
    case Protocol::OpenAi: return openAi(chat, done);
    case Protocol::Anthropic: return anthropic(chat, done);
    case Protocol::Ollama: return ollama(chat, done);
    }
    return {};
}

MockReply renderError(Protocol protocol, int status, const QString &message)
{
    MockReply r;
    r.status = status;
    const QString type = status == 429 ? u"rate_limit_error"_s
        : status == 401 ? u"authentication_error"_s
        : status >= 500 ? u"server_error"_s : u"invalid_request_error"_s;
    switch (protocol) {
    case Protocol::OpenAi:
        r.body = compact({{u"error"_s, QJsonObject{{u"message"_s, message}, {u"type"_s, type},
                                                   {u"code"_s, QJsonValue::Null}}}});
        break;
    case Protocol::Anthropic:
        r.body = compact({{u"type"_s, u"error"_s},
                          {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}}});
        break;
    case Protocol::Ollama:
        r.body = compact({{u"error"_s, message}});
        break;
    }
    return r;
}

QStringList mockModelNames()
{
    return {u"mock-small"_s, u"mock-large"_s};
}

MockReply renderModels(bool ollamaTags)
{
    MockReply r;
    QJsonArray list;
    for (const QString &name : mockModelNames()) {
        const QString tagged = name + u":latest"_s;
        if (ollamaTags)
            list.append(QJsonObject{{u"name"_s, tagged}, {u"model"_s, tagged}, {u"size"_s, 1000000}});
        else
            list.append(QJsonObject{{u"id"_s, name}, {u"object"_s, u"model"_s}, {u"owned_by"_s, u"lathe"_s}});
    }
    r.body = ollamaTags ? compact({{u"models"_s, list}})
                        : compact({{u"object"_s, u"list"_s}, {u"data"_s, list}});
    return r;
}

} // namespace lathe::mock
