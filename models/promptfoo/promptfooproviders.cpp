#include "promptfooproviders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace lathe {

namespace {

using namespace Qt::StringLiterals;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PromptfooProviders)
};

// Model parameters Lathe sends, as promptfoo spells them in a provider's config.
const QStringList kParams{u"temperature"_s, u"top_p"_s, u"max_tokens"_s, u"stop"_s, u"seed"_s};
// Config keys read below besides the parameters.
const QStringList kConsumed{u"apiBaseUrl"_s, u"apiHost"_s, u"apiKeyEnvar"_s, u"apiVersion"_s, u"model"_s,
                            u"response_format"_s};

QString firstSet(const std::function<QString(const QString &)> &variable, const QStringList &names)
{
    for (const QString &n : names) {
        if (!variable(n).isEmpty())
            return variable(n);
    }
    return {};
}

} // namespace

std::optional<PromptfooProvider> PromptfooProviders::map(const QJsonValue &entry, int index,
                                                         const std::function<QString(const QString &)> &variable,
                                                         QStringList *unsupported)
{
    const QString where = Tr::tr("providers[%1]").arg(index);
    PromptfooProvider p;
    QJsonObject config;
    if (entry.isString()) {
        p.id = entry.toString();
    } else if (entry.isObject() && entry.toObject().contains(u"id"_s)) {
        const QJsonObject o = entry.toObject();
        p.id = o.value(u"id"_s).toString();
        p.label = o.value(u"label"_s).toString();
        config = o.value(u"config"_s).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != u"id"_s && it.key() != u"label"_s && it.key() != u"config"_s)
                unsupported->append(Tr::tr("%1 (%2): '%3' is not supported").arg(where, p.id, it.key()));
        }
    } else if (entry.isObject() && entry.toObject().size() == 1) {
        const QJsonObject o = entry.toObject();
        p.id = o.begin().key();
        const QJsonObject inner = o.begin().value().toObject();
        p.label = inner.value(u"label"_s).toString();
        config = inner.value(u"config"_s).toObject();
    } else {
        unsupported->append(Tr::tr("%1: not a provider id or {id, config} object").arg(where));
        return std::nullopt;
    }
    if (p.label.isEmpty())
        p.label = p.id;

    const QStringList parts = p.id.split(u':');
    const QString family = parts.value(0);
    const bool url = p.id.startsWith(u"http://"_s) || p.id.startsWith(u"https://"_s);
    const auto model = [&](const QString &chatWord) -> QString {
        if (parts.size() >= 3 && parts[1] == chatWord)
            return parts.mid(2).join(u':');
        if (parts.size() == 2)
            return parts[1];
        return {};
    };
    if (family == u"openai"_s) {
        p.kind = u"openai"_s;
        p.model = model(u"chat"_s);
        p.apiKeyEnv = u"OPENAI_API_KEY"_s;
        p.baseUrl = firstSet(variable, {u"OPENAI_BASE_URL"_s, u"OPENAI_API_BASE_URL"_s});
        if (const QString host = variable(u"OPENAI_API_HOST"_s); p.baseUrl.isEmpty() && !host.isEmpty())
            p.baseUrl = u"https://%1/v1"_s.arg(host);
    } else if (family == u"anthropic"_s) {
        p.kind = u"anthropic"_s;
        p.model = model(u"messages"_s);
        p.apiKeyEnv = u"ANTHROPIC_API_KEY"_s;
        p.baseUrl = variable(u"ANTHROPIC_BASE_URL"_s);
    } else if (family == u"ollama"_s) {
        p.kind = u"ollama"_s;
        p.model = model(u"chat"_s);
        if (p.model.isEmpty() && parts.size() >= 3 && parts[1] == u"completion"_s)
            p.model = parts.mid(2).join(u':');
        if (!p.model.isEmpty() && (parts.size() == 2 || parts[1] == u"completion"_s))
            unsupported->append(Tr::tr("%1 (%2): Ollama's completion API is called as chat (/api/chat)").arg(where, p.id));
        p.baseUrl = variable(u"OLLAMA_BASE_URL"_s);
        if (!variable(u"OLLAMA_API_KEY"_s).isEmpty())
            p.apiKeyEnv = u"OLLAMA_API_KEY"_s;
    } else if (family == u"azure"_s || family == u"azureopenai"_s) {
        p.kind = u"azure"_s;
        p.model = parts.size() >= 3 && parts[1] == u"chat"_s ? parts.mid(2).join(u':') : QString();
        p.apiKeyEnv = variable(u"AZURE_API_KEY"_s).isEmpty() && !variable(u"AZURE_OPENAI_API_KEY"_s).isEmpty()
            ? u"AZURE_OPENAI_API_KEY"_s
            : u"AZURE_API_KEY"_s;
        const QString host = config.value(u"apiHost"_s).toString(firstSet(variable, {u"AZURE_API_HOST"_s, u"AZURE_OPENAI_API_HOST"_s}));
        if (host.isEmpty()) {
            unsupported->append(Tr::tr("%1 (%2): an Azure provider needs config.apiHost").arg(where, p.id));
            return std::nullopt;
        }
        p.baseUrl = host.startsWith(u"http"_s) ? host : u"https://"_s + host;
        p.config.insert(u"deployment"_s, p.model);
        if (config.contains(u"apiVersion"_s))
            p.config.insert(u"api_version"_s, config.value(u"apiVersion"_s).toString());
    } else if (url) {
        p.kind = u"openai"_s;
        p.baseUrl = p.id;
        p.model = config.value(u"model"_s).toString();
        if (p.model.isEmpty()) {
            unsupported->append(Tr::tr("%1 (%2): Lathe calls an http(s) provider as an OpenAI-compatible server and needs "
                                   "config.model; promptfoo's generic HTTP provider (body, transformResponse) is not "
                                   "supported").arg(where, p.id));
            return std::nullopt;
        }
    } else {
        unsupported->append(Tr::tr("%1 (%2): Lathe calls OpenAI-compatible, Anthropic, Ollama and Azure OpenAI chat "
                               "models; this provider is not supported").arg(where, p.id));
        return std::nullopt;
    }
    if (p.model.isEmpty()) {
        unsupported->append(Tr::tr("%1 (%2): only chat models are supported (ids like openai:chat:MODEL)").arg(where, p.id));
        return std::nullopt;
    }

    if (config.contains(u"apiBaseUrl"_s))
        p.baseUrl = config.value(u"apiBaseUrl"_s).toString();
    else if (p.kind == u"openai"_s && config.contains(u"apiHost"_s))
        p.baseUrl = u"https://%1/v1"_s.arg(config.value(u"apiHost"_s).toString());
    if (config.contains(u"apiKeyEnvar"_s))
        p.apiKeyEnv = config.value(u"apiKeyEnvar"_s).toString();
    if (!p.baseUrl.isEmpty()) {
        const QUrl parsed(p.baseUrl, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s)) {
            unsupported->append(Tr::tr("%1 (%2): base URL '%3' is not an http(s) URL").arg(where, p.id, p.baseUrl));
            return std::nullopt;
        }
    }
    for (auto it = config.begin(); it != config.end(); ++it) {
        const QString &key = it.key();
        if (kParams.contains(key)) {
            p.params.insert(key, it.value());
        } else if (key == u"response_format"_s) {
            const QJsonObject f = it.value().toObject();
            const QString type = it.value().isString() ? it.value().toString() : f.value(u"type"_s).toString();
            p.params.insert(u"response_format"_s, type);
            if (type == u"json_schema"_s)
                p.params.insert(u"json_schema"_s, f.value(u"json_schema"_s).toObject().value(u"schema"_s).toObject());
        } else if (key == u"apiKey"_s) {
            unsupported->append(Tr::tr("%1 (%2): config.apiKey is not used: keys are never stored; set %3 instead")
                                    .arg(where, p.id, p.apiKeyEnv.isEmpty() ? u"the key variable"_s : p.apiKeyEnv));
        } else if (!kConsumed.contains(key)) {
            unsupported->append(Tr::tr("%1 (%2): config.%3 is not supported").arg(where, p.id, key));
        }
    }
    return p;
}

} // namespace lathe
