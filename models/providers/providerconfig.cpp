#include "providerconfig.h"

#include <QJsonValue>

namespace lathe {
namespace {

using namespace Qt::StringLiterals;

int intValue(const QJsonObject &o, const QString &key, int fallback)
{
    return o.value(key).isDouble() ? o.value(key).toInt() : fallback;
}

} // namespace

QString ProviderConfig::defaultBaseUrl(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAi: return u"https://api.openai.com/v1"_s;
    case ProviderKind::Azure: return {};   // always per resource
    case ProviderKind::Anthropic: return u"https://api.anthropic.com"_s;
    case ProviderKind::Ollama: return u"http://127.0.0.1:11434"_s;
    }
    return {};
}

QString ProviderConfig::kindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAi: return u"openai"_s;
    case ProviderKind::Azure: return u"azure"_s;
    case ProviderKind::Anthropic: return u"anthropic"_s;
    case ProviderKind::Ollama: return u"ollama"_s;
    }
    return {};
}

std::optional<ProviderKind> ProviderConfig::kindFromName(const QString &name)
{
    for (ProviderKind k : {ProviderKind::OpenAi, ProviderKind::Azure, ProviderKind::Anthropic,
                           ProviderKind::Ollama}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QUrl ProviderConfig::endpoint(const QString &path) const
{
    QString base = baseUrl.isEmpty() ? defaultBaseUrl(kind) : baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + path);
}

QString ProviderConfig::effectiveApiVersion() const
{
    if (!apiVersion.isEmpty())
        return apiVersion;
    switch (kind) {
    case ProviderKind::Azure: return u"2024-10-21"_s;
    case ProviderKind::Anthropic: return u"2023-06-01"_s;
    default: return {};
    }
}

QString ProviderConfig::limiterKey() const
{
    return name.isEmpty() ? kindName(kind) + u' ' + endpoint({}).toString() : name;
}

QJsonObject ProviderConfig::configJson() const
{
    QJsonObject headers;
    for (const auto &[n, v] : extraHeaders)
        headers.insert(QString::fromUtf8(n), QString::fromUtf8(v));
    QJsonObject o{
        {u"headers"_s, headers},
        {u"limits"_s, QJsonObject{{u"max_concurrent"_s, limits.maxConcurrent},
                                  {u"requests_per_minute"_s, limits.requestsPerMinute},
                                  {u"tokens_per_minute"_s, limits.tokensPerMinute}}},
        {u"timeouts"_s, QJsonObject{{u"connect_ms"_s, connectTimeoutMs},
                                    {u"total_ms"_s, totalTimeoutMs},
                                    {u"stream_idle_ms"_s, streamIdleTimeoutMs}}},
        {u"retry"_s, QJsonObject{{u"max_attempts"_s, retry.maxAttempts},
                                 {u"base_delay_ms"_s, retry.baseDelayMs},
                                 {u"max_delay_ms"_s, retry.maxDelayMs}}},
    };
    if (!apiVersion.isEmpty())
        o.insert(u"api_version"_s, apiVersion);
    if (!deployment.isEmpty())
        o.insert(u"deployment"_s, deployment);
    return o;
}

void ProviderConfig::applyConfigJson(const QJsonObject &config)
{
    const QJsonObject headers = config.value(u"headers"_s).toObject();
    extraHeaders.clear();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        extraHeaders.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    apiVersion = config.value(u"api_version"_s).toString(apiVersion);
    deployment = config.value(u"deployment"_s).toString(deployment);
    const QJsonObject l = config.value(u"limits"_s).toObject();
    limits.maxConcurrent = intValue(l, u"max_concurrent"_s, limits.maxConcurrent);
    limits.requestsPerMinute = intValue(l, u"requests_per_minute"_s, limits.requestsPerMinute);
    limits.tokensPerMinute = intValue(l, u"tokens_per_minute"_s, limits.tokensPerMinute);
    const QJsonObject t = config.value(u"timeouts"_s).toObject();
    connectTimeoutMs = intValue(t, u"connect_ms"_s, connectTimeoutMs);
    totalTimeoutMs = intValue(t, u"total_ms"_s, totalTimeoutMs);
    streamIdleTimeoutMs = intValue(t, u"stream_idle_ms"_s, streamIdleTimeoutMs);
    const QJsonObject r = config.value(u"retry"_s).toObject();
    retry.maxAttempts = std::max(1, intValue(r, u"max_attempts"_s, retry.maxAttempts));
    retry.baseDelayMs = intValue(r, u"base_delay_ms"_s, retry.baseDelayMs);
    retry.maxDelayMs = intValue(r, u"max_delay_ms"_s, retry.maxDelayMs);
}

} // namespace lathe
