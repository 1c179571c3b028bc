#pragma once

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace lathe {

// The compile step of JsonSchema: checks a schema document (keyword value types, patterns,
// $ref targets) and compiles its regular expressions once. Also the JSON-pointer helpers both
// steps share.
class JsonSchemaChecker final
{
public:
    static constexpr int kMaxDepth = 256;

    explicit JsonSchemaChecker(const QJsonValue &root);

    // False with *error ("/properties/a: \"minLength\" must be a whole number >= 0") when the
    // schema is invalid.
    bool check(QString *error);
    // The compiled "pattern" and "patternProperties" expressions, by source.
    const QHash<QString, QRegularExpression> &patterns() const { return m_patterns; }

    // A local reference ("#", "#/$defs/name": a JSON pointer, percent-encoded) in `root`.
    static std::optional<QJsonValue> resolve(const QJsonValue &root, const QString &ref);
    // A property name as a JSON pointer token ("~" -> "~0", "/" -> "~1").
    static QString pointerToken(const QString &key);

private:
    bool checkSchema(const QJsonValue &s, const QString &path, int depth, QString *error);
    bool checkList(const QJsonValue &v, const QString &path, int depth, QString *error);
    bool addPattern(const QString &pattern, const QString &path, QString *error);

    QJsonValue m_root;
    QHash<QString, QRegularExpression> m_patterns;
};

} // namespace lathe
