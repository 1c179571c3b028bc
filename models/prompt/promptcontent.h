#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lathe {

struct ChatMessage
{
    QString role;      // "system", "user" or "assistant"
    QString content;   // a template

    bool operator==(const ChatMessage &) const = default;
};

// What a prompt version holds: a text template or an ordered list of chat messages, plus the
// model parameters. Value type; the canonical JSON form (sorted keys, compact) is what the
// content hash is computed over, so equal content always hashes equally.
//
// Model parameters (all optional): model (string), temperature (0..2), top_p (0..1),
// max_tokens (integer > 0), stop (array of strings), seed (integer), response_format
// ("text", "json_object" or "json_schema"), json_schema (object; required for "json_schema").
struct PromptContent
{
    enum class Kind { Text, Chat };

    Kind kind = Kind::Text;
    QString templateText;          // Kind::Text
    QList<ChatMessage> messages;   // Kind::Chat
    QJsonObject params;

    bool operator==(const PromptContent &) const = default;

    QJsonObject toJson() const;
    // Reads what toJson() wrote; unknown keys are ignored, missing ones take defaults.
    static PromptContent fromJson(const QJsonObject &json);

    QByteArray canonicalJson() const;
    QString contentHash() const;     // SHA-256, lowercase hex

    // Every template in the content: the text, or each message's content.
    QStringList templates() const;

    static QString kindName(Kind kind);
    static QStringList roles();

    // Empty when valid; otherwise one message per problem, naming the field
    // ("temperature must be a number between 0 and 2").
    static QStringList validateParams(const QJsonObject &params);
    QStringList validate() const;
};

} // namespace lathe
