#pragma once

#include "prompt/promptcontent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lathe {

// One rendered chat call: messages (role "system", "user" or "assistant", content already
// rendered from the template) and the model parameters as a prompt version stores them
// (see PromptContent): model, temperature, top_p, max_tokens, stop, seed, response_format
// ("text", "json_object", "json_schema") and json_schema. Value type.
struct ChatRequest
{
    QList<ChatMessage> messages;
    QJsonObject params;

    QString model() const { return params.value(QLatin1StringView("model")).toString(); }
    // A rough token count for rate limiting: characters / 4 plus max_tokens (or 256).
    int estimatedTokens() const;

    bool operator==(const ChatRequest &) const = default;
};

} // namespace lathe
