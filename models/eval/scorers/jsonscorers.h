#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lathe {

class Scorer;
struct ScorerSpec;

// Structured-output checks, yes/no verdicts inverted by "not-":
//  - is-json: the whole output (surrounding whitespace aside) is one JSON value; with a value,
//    that value is a JSON Schema (a mapping, or YAML/JSON text) the parsed output must satisfy;
//  - contains-json: some JSON object or array appears inside the output (e.g. in a ```json
//    fence); with a schema, one of them must satisfy it;
//  - json-schema: is-json with a required schema.
// The schema is compiled once at creation (see JsonSchema); an invalid schema fails creation.
class JsonScorers final
{
public:
    static QStringList types();
    static std::unique_ptr<Scorer> create(const ScorerSpec &spec, QString *error);

    // The output as one JSON value (JSON.parse rules: any value, surrounding whitespace allowed).
    static std::optional<QJsonValue> parse(const QString &text);
    // The JSON objects and arrays embedded in `text`, in order, outermost only.
    static QList<QJsonValue> extract(const QString &text);
};

} // namespace lathe
