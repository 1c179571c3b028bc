#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lathe {

// A JSON Schema validator for the subset of draft 2020-12 that structured-output checks use:
//   type (string or list; "integer" is a number without a fraction), enum, const,
//   properties, required, additionalProperties, patternProperties, minProperties,
//   maxProperties, items (a schema; a list is read as prefixItems, as in draft 7),
//   prefixItems, minItems, maxItems, uniqueItems, contains, minLength, maxLength (code points),
//   pattern (unanchored search), minimum, maximum, exclusiveMinimum, exclusiveMaximum,
//   multipleOf, allOf, anyOf, oneOf, not, and local $ref ("#", "#/$defs/name", any JSON
//   pointer into the same document; $defs and definitions hold the targets).
// Boolean schemas are allowed. Other keywords are ignored, as the specification says of
// unknown keywords (so "format" is an annotation only).
//
// compile() checks the schema itself once (keyword value types, patterns, $ref targets);
// validate() is const and thread-safe. Shared, cheap to copy.
class JsonSchema final
{
public:
    // Accepts every instance.
    JsonSchema();
    ~JsonSchema();
    JsonSchema(const JsonSchema &);
    JsonSchema &operator=(const JsonSchema &);

    static std::optional<JsonSchema> compile(const QJsonValue &schema, QString *error);

    // True when `instance` conforms. When `errors` is given it receives up to `maxErrors`
    // messages of the form "/items/0/name: expected string, got number" (the JSON pointer of
    // the offending value, "/" for the whole document).
    bool validate(const QJsonValue &instance, QStringList *errors = nullptr, int maxErrors = 10) const;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

} // namespace lathe
