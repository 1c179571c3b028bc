#pragma once

#include "chatprotocol.h"

namespace lathe {

// Anthropic Messages (POST {base}/v1/messages) with the "x-api-key" and "anthropic-version"
// headers. System messages go to the top-level "system" field (joined by blank lines);
// max_tokens is required by the API and defaults to 4096 when the parameters have none;
// stop becomes stop_sequences. seed and response_format have no equivalent and are not sent.
// Finish reasons are normalised: end_turn and stop_sequence -> "stop", max_tokens ->
// "length", tool_use -> "tool_calls", refusal -> "content_filter".
class AnthropicProtocol final : public ChatProtocol
{
public:
    static constexpr int kDefaultMaxTokens = 4096;

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

    static QString normalizeStopReason(const QString &reason);
};

} // namespace lathe
