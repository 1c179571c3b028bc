#pragma once

#include "prompt/promptcontent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lathe {

// A promptfoo config (promptfooconfig.yaml) mapped to Lathe's terms by PromptfooConfigReader.
// Value types.

// One prompt: a text template or chat messages (promptfoo's chat JSON).
struct PromptfooPrompt
{
    QString label;                // promptfoo's label, else the file name or "prompt N"
    PromptContent content;
};

// One provider as a Lathe provider kind (openai, anthropic, ollama, azure) and model.
struct PromptfooProvider
{
    QString id;                   // as written, e.g. "openai:chat:gpt-4o-mini"
    QString label;
    QString kind;
    QString model;
    QString baseUrl;              // empty: the kind's default
    QString apiKeyEnv;            // the environment variable the key comes from; empty: none
    QJsonObject params;           // model parameters from the provider's config
    QJsonObject config;           // Lathe provider config (api_version, deployment)
};

// One test case: the variables of a dataset row and its own asserts.
struct PromptfooTest
{
    QString description;
    QJsonObject vars;
    QJsonArray asserts;           // promptfoo assert objects Lathe runs
    std::optional<double> threshold;
};

struct PromptfooConfig
{
    QString description;
    QList<PromptfooPrompt> prompts;
    QList<PromptfooProvider> providers;
    QList<PromptfooTest> tests;   // defaultTest.vars already merged in
    QJsonArray defaultAsserts;    // defaultTest.assert Lathe runs
    std::optional<double> defaultThreshold;
    // Everything in the file Lathe does not run, one line each ("where: what"), in file order.
    QStringList unsupported;

    // Variable names over all tests, in order of first appearance.
    QStringList variables() const;
};

} // namespace lathe
