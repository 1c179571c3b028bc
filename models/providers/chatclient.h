#pragma once

#include "chatrequest.h"
#include "keyresolver.h"
#include "providerconfig.h"

#include <memory>
#include <optional>

class QObject;

namespace lathe {

class ChatCall;
class ChatProtocol;
class HttpClient;
class ModelListCall;

// Chat calls to one configured provider through a shared HttpClient. Applies the provider's
// RateLimits to the client under its limiter key. The API key is resolved through the
// KeyResolver on first use and kept in memory only. Use from one thread.
class ChatClient final
{
    Q_DISABLE_COPY_MOVE(ChatClient)
public:
    // `http` and `keys` must outlive the client and every call it started.
    ChatClient(HttpClient &http, const ProviderConfig &config, const KeyResolver &keys);
    ~ChatClient();

    const ProviderConfig &config() const { return m_config; }

    // Starts a call; the ChatCall is owned by `parent`, or by the caller when it is null.
    ChatCall *send(const ChatRequest &request, bool stream, QObject *parent = nullptr);
    // Lists the provider's models (GET /v1/models or /api/tags).
    ModelListCall *listModels(QObject *parent = nullptr);

private:
    const KeyLookup &key();

    HttpClient &m_http;
    ProviderConfig m_config;
    const KeyResolver &m_keys;
    std::shared_ptr<const ChatProtocol> m_protocol;
    std::optional<KeyLookup> m_key;
};

} // namespace lathe
