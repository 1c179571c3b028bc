#pragma once

#include "chatprotocol.h"

namespace lathe {

// Ollama's native chat API (POST {base}/api/chat): "stream" is always sent explicitly;
// temperature, top_p, seed, stop and max_tokens (as num_predict) go into "options";
// response_format json_object becomes "format": "json" and json_schema passes the schema as
// "format". Streams are NDJSON; usage comes from prompt_eval_count and eval_count. A key, if
// configured (Ollama behind a proxy), is sent as a bearer token.
class OllamaProtocol final : public ChatProtocol
{
public:
    HttpRequest buildChat(const ChatRequest &request, bool stream, const ProviderConfig &config,
                          const QByteArray &apiKey, QString *error) const override;
    bool parseChat(const QJsonObject &body, ChatResponse *out, QString *error) const override;
    std::unique_ptr<StreamDecoder> newStreamDecoder() const override;
    bool isStreamContentType(QByteArrayView contentType) const override
    {
        return contentType.contains("json");
    }
    HttpRequest buildModelList(const ProviderConfig &config, const QByteArray &apiKey) const override;
    QStringList parseModelList(const QJsonObject &body) const override;
};

} // namespace lathe
