#pragma once

#include "promptfooconfig.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lathe {

// promptfoo provider entries mapped to Lathe providers: "openai:MODEL" and "openai:chat:MODEL"
// (key OPENAI_API_KEY, base URL from config.apiBaseUrl, config.apiHost or OPENAI_BASE_URL),
// "anthropic:MODEL" and "anthropic:messages:MODEL" (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL),
// "ollama:MODEL", "ollama:chat:MODEL" and "ollama:completion:MODEL" (no key, OLLAMA_BASE_URL;
// always called through Ollama's chat API), "azure:chat:DEPLOYMENT" (config.apiHost,
// AZURE_API_KEY or AZURE_OPENAI_API_KEY), and an http(s) URL taken as an OpenAI-compatible
// base URL (config.model names the model). config.apiKeyEnvar names another key variable.
// Model parameters: temperature, top_p, max_tokens, stop, seed, response_format.
// Entries are a string id, {id, label, config}, or {ID: {label, config}}.
namespace PromptfooProviders {

// Maps entry number `index` (from 1); appends what it cannot use to *unsupported, and returns
// nullopt when Lathe cannot call the provider at all.
std::optional<PromptfooProvider> map(const QJsonValue &entry, int index,
                                     const std::function<QString(const QString &)> &variable,
                                     QStringList *unsupported);

} // namespace PromptfooProviders
} // namespace lathe
