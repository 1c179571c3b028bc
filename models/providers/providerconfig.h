#pragma once

#include "httprequest.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace lathe {

// Which wire protocol a provider speaks.
enum class ProviderKind {
    OpenAi,      // "openai": OpenAI Chat Completions and compatible servers (vLLM, llama.cpp
                 // server, LM Studio, Ollama /v1, OpenRouter, Mistral); base URL ends in /v1
    Azure,       // "azure": Azure OpenAI, deployment in the path, api-version query, api-key header
    Anthropic,   // "anthropic": Anthropic Messages
    Ollama,      // "ollama": Ollama's native /api/chat
};

// A configured provider, as the providers table stores it: kind, base URL, key reference
// ("env:NAME" or "keychain:ID", never the key) and a JSON config:
//   {"headers": {"Name": "value"}, "api_version": "2024-10-21", "deployment": "gpt-4o",
//    "limits": {"max_concurrent": 8, "requests_per_minute": 0, "tokens_per_minute": 0},
//    "timeouts": {"connect_ms": 10000, "total_ms": 600000, "stream_idle_ms": 60000},
//    "retry": {"max_attempts": 4, "base_delay_ms": 500, "max_delay_ms": 30000}}
// Missing keys take the defaults below. Value type.
struct ProviderConfig
{
    QString name;                 // also the limiter key: one set of limits per provider
    ProviderKind kind = ProviderKind::OpenAi;
    QString baseUrl;              // empty = defaultBaseUrl(kind)
    QString keyRef;               // empty = no key (local servers)
    HttpHeaders extraHeaders;     // e.g. OpenRouter's HTTP-Referer; never secrets
    QString apiVersion;           // Azure api-version, Anthropic anthropic-version
    QString deployment;           // Azure; empty = the request's model
    RateLimits limits;
    int connectTimeoutMs = 10'000;
    int totalTimeoutMs = 600'000;
    int streamIdleTimeoutMs = 60'000;
    RetryPolicy retry;

    QUrl endpoint(const QString &path) const;   // base URL (no trailing '/') + path
    QString effectiveApiVersion() const;        // apiVersion or the kind's default
    QString limiterKey() const;                 // name, or kind + base URL when unnamed

    QJsonObject configJson() const;
    void applyConfigJson(const QJsonObject &config);

    static QString defaultBaseUrl(ProviderKind kind);
    static QString kindName(ProviderKind kind);
    static std::optional<ProviderKind> kindFromName(const QString &name);
};

} // namespace lathe
