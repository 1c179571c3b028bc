#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace lathe {

// One scorer as written in promptfoo's `assert` syntax:
//   {type: "not-contains", value: "sorry", threshold: 0.5, weight: 2, metric: "tone", config: {...}}
// `type` is stored without its "not-" prefix (`negated` holds it). `value` is undefined when
// absent; a reference-based scorer then compares with the row's expected column(s). `config`
// carries type-specific options (BLEU tokenizer, JavaScript time limit, ...). Keys Lathe does
// not use (promptfoo's `transform`, `provider`, ...) are kept in `extra` so that a list read
// from a promptfoo file is written back unchanged. Value type.
struct ScorerSpec
{
    QString type;
    bool negated = false;
    QJsonValue value = QJsonValue(QJsonValue::Undefined);
    std::optional<double> threshold;
    double weight = 1.0;       // >= 0; weighs the scorer in the case's mean score
    QString metric;            // the name scores are reported under; empty: the type
    QJsonObject config;
    QJsonObject extra;

    // "not-contains" or "contains".
    QString fullType() const;
    // The metric when set, else fullType().
    QString displayName() const;
    bool hasValue() const { return !value.isUndefined(); }

    QJsonObject toJson() const;
    // Parses one assert object (a bare string is promptfoo's shorthand, e.g. "contains: hi").
    // Refuses a missing type, a non-numeric threshold or weight, a negative weight, and metric
    // names starting with "_" (reserved for Lathe's own rows, such as the case total).
    static std::optional<ScorerSpec> fromJson(const QJsonValue &json, QString *error);

    friend bool operator==(const ScorerSpec &, const ScorerSpec &) = default;
};

} // namespace lathe
