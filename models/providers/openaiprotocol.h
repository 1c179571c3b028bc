#pragma once

#include "chatprotocol.h"

namespace lathe {

// OpenAI Chat Completions (POST {base}/chat/completions, base ending in /v1) as spoken by
// OpenAI and compatible servers, or Azure OpenAI (POST {base}/openai/deployments/{deployment}
// /chat/completions?api-version=V with an "api-key" header instead of a bearer token).
// Parameters sent: model (not for Azure), temperature, top_p, max_tokens, stop, seed and
// response_format (json_object, or json_schema wrapped as {name, schema} unless the stored
// json_schema already has that shape). Streams ask for usage with
// stream_options.include_usage.
class OpenAiProtocol final : public ChatProtocol
{
public:
    explicit OpenAiProtocol(bool azure) : m_azure(azure) {}

    HttpRequest buildChat(const ChatRequest &request, bool stream, const ProviderConfig &config,
                          const QByteArray &apiKey, QString *error) const override;
    bool parseChat(const QJsonObject &body, ChatResponse *out, QString *error) const override;
    std::unique_ptr<StreamDecoder> newStreamDecoder() const override;
    bool isStreamContentType(QByteArrayView contentType) const override
    {
        return contentType.contains("text/event-stream");
    }
    HttpRequest buildModelList(const ProviderConfig &config, const QByteArray &apiKey) const override;
    QStringList parseModelList(const QJsonObject &body) const override;

private:
    void authorize(HttpRequest *request, const QByteArray &apiKey) const;
    bool m_azure;
};

} // namespace lathe
