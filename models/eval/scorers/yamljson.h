#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace lathe {

// Scorer lists as text: YAML (yaml-cpp) or JSON in, JSON values inside, YAML out.
//
// parse(): JSON text is read by QJsonDocument; anything else as YAML, typed by the YAML 1.2
// core schema (plain true/false/null and numbers; quoted scalars stay strings). Refuses
// nesting deeper than 256 levels and alias expansion beyond the text's size plus a margin.
// Errors name the line and column.
//
// write(): block-style YAML that parse() reads back to the same value: strings that would read
// as another type are quoted, multi-line strings (JavaScript) use the literal block style.
class YamlJson final
{
public:
    static std::optional<QJsonValue> parse(const QByteArray &text, QString *error);
    static QString write(const QJsonValue &value);
};

} // namespace lathe
