#pragma once

// Shared by the scorer tests: build a scorer from one assert written as YAML or JSON and run
// it on an output.
#include "eval/scorers/scorer.h"
#include "eval/scorers/scorerregistry.h"
#include "eval/scorers/scorerspec.h"
#include "eval/scorers/yamljson.h"

#include <QTest>

#include <memory>

inline std::unique_ptr<lathe::Scorer> makeScorer(const QByteArray &text, QString *error)
{
    const std::optional<QJsonValue> json = lathe::YamlJson::parse(text, error);
    if (!json)
        return nullptr;
    const std::optional<lathe::ScorerSpec> spec = lathe::ScorerSpec::fromJson(*json, error);
    if (!spec)
        return nullptr;
    return lathe::ScorerRegistry::create(*spec, error);
}

inline lathe::ScoringInput outputOnly(const QString &output, const QStringList &expected = {})
{
    lathe::ScoringInput in;
    in.output = output;
    in.expected = expected;
    return in;
}
