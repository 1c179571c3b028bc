#pragma once

#include "scorerspec.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace lathe {

// A list of scorers with an optional test-level threshold: what a dataset (default scorers),
// a row or a run carries. promptfoo's semantics apply to a case: its score is the weighted
// mean of the scorers' scores, and it passes when every scorer passes, unless a threshold is
// set, in which case it passes when that mean reaches the threshold.
//
// Stored form (datasets.default_scorers, dataset_rows.scorers, runs.config.scorers): a JSON
// array of assert objects, or {"assert": [...], "threshold": t} when a threshold is set.
// Value type.
struct ScorerSet
{
    QList<ScorerSpec> specs;
    std::optional<double> threshold;

    bool isEmpty() const { return specs.isEmpty() && !threshold; }

    // The stored form.
    QJsonValue toJson() const;
    static std::optional<ScorerSet> fromJson(const QJsonValue &json, QString *error);

    // Reads a scorer file, YAML or JSON: a list of asserts; {assert: [...], threshold: t}; a
    // promptfoo test ({assert: ..., threshold: ...}); or a promptfoo config, whose
    // defaultTest.assert (and defaultTest.threshold) are taken. Errors name the position
    // (YAML) or the scorer ("scorer 3: ...").
    static std::optional<ScorerSet> parse(const QByteArray &text, QString *error);
    // Block-style YAML in the same syntax; parse(toYaml()) gives back an equal set.
    QString toYaml() const;

    // `base` followed by `more`; the threshold of `more` wins when it has one.
    static ScorerSet merged(const ScorerSet &base, const ScorerSet &more);

    friend bool operator==(const ScorerSet &, const ScorerSet &) = default;
};

} // namespace lathe
