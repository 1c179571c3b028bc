// The JSON Schema subset: each keyword accepting and refusing, error paths, local $ref, and
// schemas that are themselves invalid.
#include "eval/scorers/jsonschema.h"
#include "eval/scorers/yamljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const char *text)
{
    QString error;
    const std::optional<QJsonValue> v = YamlJson::parse(QByteArray(text), &error);
    if (!v)
        qFatal("bad test JSON: %s", qPrintable(error));
    return *v;
}

// JSON scalars too: wrap in a list.
QJsonValue instance(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

// Schemas holding '#' or an unbalanced '(' are plain string literals: moc misreads them inside
// raw strings.
class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("instance");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, const char *schema, const char *inst, bool valid) {
            QTest::newRow(name) << QByteArray(schema) << QByteArray(inst) << valid;
        };
        row("true schema", "true", "{\"a\": 1}", true);
        row("false schema", "false", "1", false);
        row("type string", R"({"type": "string"})", "\"x\"", true);
        row("type string vs number", R"({"type": "string"})", "1", false);
        row("integer", R"({"type": "integer"})", "3", true);
        row("integer 1.0", R"({"type": "integer"})", "1.0", true);
        row("integer 1.5", R"({"type": "integer"})", "1.5", false);
        row("number accepts integer", R"({"type": "number"})", "3", true);
        row("type list", R"({"type": ["string", "null"]})", "null", true);
        row("type list miss", R"({"type": ["string", "null"]})", "false", false);
        row("enum", R"({"enum": ["a", 1, {"k": [true]}]})", R"({"k": [true]})", true);
        row("enum miss", R"({"enum": ["a", 1]})", "\"b\"", false);
        row("const", R"({"const": {"x": 1}})", R"({"x": 1})", true);
        row("required", R"({"type": "object", "required": ["name", "age"]})", R"({"name": "x"})", false);
        row("properties", R"({"properties": {"age": {"type": "integer", "minimum": 0}}})", R"({"age": -1})", false);
        row("properties other keys", R"({"properties": {"age": {"type": "integer"}}})", R"({"name": 1})", true);
        row("additionalProperties false", R"({"properties": {"a": {}}, "additionalProperties": false})", R"({"a": 1, "b": 2})", false);
        row("additionalProperties schema", R"({"properties": {"a": {}}, "additionalProperties": {"type": "string"}})", R"({"a": 1, "b": "x"})", true);
        row("patternProperties", R"({"patternProperties": {"^x_": {"type": "integer"}}, "additionalProperties": false})", R"({"x_1": 1})", true);
        row("patternProperties miss", R"({"patternProperties": {"^x_": {"type": "integer"}}, "additionalProperties": false})", R"({"y": 1})", false);
        row("min/maxProperties", R"({"minProperties": 1, "maxProperties": 1})", "{}", false);
        row("items", R"({"type": "array", "items": {"type": "string"}})", R"(["a", "b"])", true);
        row("items miss", R"({"type": "array", "items": {"type": "string"}})", R"(["a", 2])", false);
        row("prefixItems", R"({"prefixItems": [{"type": "integer"}, {"type": "string"}], "items": false})", R"([1, "a"])", true);
        row("prefixItems extra", R"({"prefixItems": [{"type": "integer"}], "items": false})", R"([1, "a"])", false);
        row("draft7 tuple items", R"({"items": [{"type": "integer"}], "additionalItems": false})", R"([1])", true);
        row("minItems", R"({"minItems": 2})", "[1]", false);
        row("maxItems", R"({"maxItems": 2})", "[1, 2]", true);
        row("uniqueItems", R"({"uniqueItems": true})", R"([1, {"a": 1}, {"a": 1}])", false);
        row("contains", R"({"contains": {"type": "string"}})", R"([1, "x"])", true);
        row("contains miss", R"({"contains": {"type": "string"}})", "[1, 2]", false);
        row("minLength code points", R"({"minLength": 2})", "\"😀😀\"", true);
        row("maxLength code points", R"({"maxLength": 1})", "\"😀😀\"", false);
        row("pattern search", R"({"pattern": "\\d+"})", "\"abc 42\"", true);
        row("pattern miss", R"({"pattern": "^\\d+$"})", "\"abc 42\"", false);
        row("minimum", R"({"minimum": 1})", "1", true);
        row("exclusiveMinimum", R"({"exclusiveMinimum": 1})", "1", false);
        row("maximum", R"({"maximum": 1})", "1.5", false);
        row("exclusiveMaximum", R"({"exclusiveMaximum": 2})", "1.5", true);
        row("multipleOf", R"({"multipleOf": 0.1})", "0.3", true);
        row("multipleOf miss", R"({"multipleOf": 2})", "3", false);
        row("allOf", R"({"allOf": [{"minimum": 1}, {"maximum": 3}]})", "4", false);
        row("anyOf", R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})", "2", true);
        row("oneOf both", R"({"oneOf": [{"type": "number"}, {"type": "integer"}]})", "2", false);
        row("oneOf one", R"({"oneOf": [{"type": "number"}, {"type": "integer"}]})", "2.5", true);
        row("not", R"({"not": {"type": "null"}})", "null", false);
        row("ref defs", "{\"$defs\": {\"pos\": {\"type\": \"integer\", \"minimum\": 1}}, \"properties\": {\"n\": {\"$ref\": \"#/$defs/pos\"}}}", R"({"n": 0})", false);
        row("ref recursive", "{\"type\": \"object\", \"properties\": {\"child\": {\"$ref\": \"#\"}}, \"required\": [\"v\"]}", R"({"v": 1, "child": {"v": 2, "child": {}}})", false);
        row("unknown keyword ignored", R"({"format": "email", "x-note": 1})", "\"not an email\"", true);
    }

    void keywords()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, instance);
        QFETCH(bool, valid);
        QString error;
        const std::optional<JsonSchema> s = JsonSchema::compile(json(schema.constData()), &error);
        QVERIFY2(s, qPrintable(error));
        QStringList errors;
        QCOMPARE(s->validate(::instance(instance.constData()), &errors), valid);
        QCOMPARE(errors.isEmpty(), valid);
    }

    void errorsNameThePath()
    {
        QString error;
        const auto s = JsonSchema::compile(json(R"({"type": "object", "required": ["id"],
            "properties": {"items": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}}}}})"),
                                           &error);
        QVERIFY(s);
        QStringList errors;
        QVERIFY(!s->validate(instance(R"({"items": [{"name": "a"}, {"name": 3}]})"), &errors));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.contains(u"/: missing required property \"id\""_s), qPrintable(errors.join(u'\n')));
        QVERIFY2(errors.contains(u"/items/1/name: expected string, got integer"_s), qPrintable(errors.join(u'\n')));
        // The error list is capped; validity is not.
        QStringList one;
        QVERIFY(!s->validate(instance(R"({"items": [{"name": 1}, {"name": 2}]})"), &one, 1));
        QCOMPARE(one.size(), 1);
    }

    void invalidSchemas_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an object") << QByteArray("3") << u"must be an object or a boolean"_s;
        QTest::newRow("bad type") << QByteArray(R"({"type": "str"})") << u"must name JSON types"_s;
        QTest::newRow("bad required") << QByteArray(R"({"required": "name"})") << u"property names"_s;
        QTest::newRow("bad pattern") << QByteArray("{\"pattern\": \"(x\"}") << u"invalid pattern"_s;
        QTest::newRow("bad nested") << QByteArray(R"({"properties": {"a": {"minLength": -1}}})") << u"/properties/a"_s;
        QTest::newRow("remote ref") << QByteArray("{\"$ref\": \"other.json#/x\"}") << u"other documents"_s;
        QTest::newRow("dangling ref") << QByteArray("{\"$ref\": \"#/$defs/none\"}") << u"$ref"_s;
        QTest::newRow("empty anyOf") << QByteArray(R"({"anyOf": []})") << u"non-empty list"_s;
    }

    void invalidSchemas()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!JsonSchema::compile(json(schema.constData()), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void refLoopStops()
    {
        QString error;
        const auto s = JsonSchema::compile(json("{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/a\"}}, \"$ref\": \"#/$defs/a\"}"), &error);
        QVERIFY2(s, qPrintable(error));
        QStringList errors;
        QVERIFY(!s->validate(instance("1"), &errors));
        QVERIFY(errors.constFirst().contains(u"refers to itself"_s));
    }
};

QTEST_APPLESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
