#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lathe::mock {

// A chat request as the mock understood it, whatever the protocol.
struct MockChat
{
    QString model;
    QList<std::pair<QString, QString>> messages;   // role, content (system included)
    int maxTokens = -1;                            // -1 = unlimited
    QStringList stop;
    enum class Format { Text, JsonObject, JsonSchema } format = Format::Text;
    QJsonObject schema;                            // Format::JsonSchema
    bool stream = false;
    bool includeUsage = false;                     // OpenAI stream_options.include_usage
};

// The mock's deterministic answer.
struct MockCompletion
{
    QString text;
    bool truncated = false;   // cut by maxTokens ("length"); otherwise a normal stop
    int promptTokens = 0;
    int completionTokens = 0;
    QStringList pieces;       // text split for streaming: each word with its trailing space
};

// The reply rules: a grading request (an LLM judge's prompt) gets a verdict (mockjudge.h);
// otherwise, applied to the last user message with every "[[...]]" marker removed:
//  0. some message lists labels ("- label: description" bullets, two or more, or one line of
//     three or more comma-separated identifiers): the label whose name and description share
//     the most words (4+ letters, first 5 compared) with the message, list lines left out;
//     by hash when none shares a word. A keyword matcher, so clearer label definitions
//     score better, as they would with a model;
//  1. it contains "classify" (any case): one label of {positive, negative, neutral}, chosen by
//     the FNV-1a hash of the message (UTF-8) modulo 3;
//  2. it contains "translate" (any case): the text after the first ':' (or the whole
//     message), trimmed, with the letters of each word reversed ("hello world" ->
//     "olleh dlrow");
//  3. JSON output requested: json_object -> {"echo": message}; json_schema -> an object with
//     each property of the schema: string -> message, number/integer -> its word count,
//     boolean -> true, array -> [], object -> {};
//  4. otherwise "Echo: " + message.
// Then the text is cut before the first stop sequence, and to maxTokens tokens.
// Tokens are whitespace-separated words: prompt tokens count every message's words,
// completion tokens the words of the answer.
MockCompletion complete(const MockChat &chat);

int countWords(QStringView text);
quint32 fnv1a(QByteArrayView bytes);

} // namespace lathe::mock
