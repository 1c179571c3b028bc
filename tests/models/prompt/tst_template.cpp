// The template engine: Jinja2 conformance table (data/template_conformance.json, outputs as
// Jinja2 3.1 renders them), Lathe's documented differences, errors with line:column, strict
// and lenient undefined, variables(), limits, and concurrent renders of one parsed template.
#include "prompt/template.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QJsonObject vars(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Renders `source` with `json` variables; a parse or render failure comes back as
// "ERROR line:column: message" so a comparison shows it.
QString render(const QString &source, const QJsonObject &v = {}, bool strict = true)
{
    TemplateError error;
    const auto t = Template::parse(source, &error);
    if (!t)
        return "ERROR "_L1 + error.toString();
    RenderOptions options;
    options.strictUndefined = strict;
    const QString out = t->render(v, &error, options);
    if (out.isNull())
        return "ERROR "_L1 + error.toString();
    return out;
}

TemplateError renderError(const QString &source, const QJsonObject &v = {}, const RenderOptions &options = {})
{
    TemplateError error;
    const auto t = Template::parse(source, &error);
    if (t)
        (void)t->render(v, &error, options);
    return error;
}

} // namespace

class TestTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conformance_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QJsonObject>("variables");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("strict");
        QFile f(QStringLiteral(LATHE_TEST_DATA_DIR "/template_conformance.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(cases.size() >= 100);
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            QTest::newRow(qPrintable(o.value("name"_L1).toString()))
                << o.value("template"_L1).toString() << o.value("vars"_L1).toObject()
                << o.value("expected"_L1).toString() << !o.value("lenient"_L1).toBool();
        }
    }

    void conformance()
    {
        QFETCH(QString, source);
        QFETCH(QJsonObject, variables);
        QFETCH(QString, expected);
        QFETCH(bool, strict);
        QCOMPARE(render(source, variables, strict), expected);
    }

    // Where Lathe deliberately differs from Jinja2 (docs/TEMPLATES.md, "Differences").
    void differences_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QJsonObject>("variables");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dump is JSON.stringify") << u"{{ d|dump }}"_s
            << vars(R"({"d": {"b": [1, 2.5, null], "a": "<&>한"}})") << u"{\"a\":\"<&>한\",\"b\":[1,2.5,null]}"_s;
        QTest::newRow("dump indent") << u"{{ [1, {'a': 1.0}]|dump(2) }}"_s << QJsonObject()
            << u"[\n  1,\n  {\n    \"a\": 1\n  }\n]"_s;
        QTest::newRow("dump numbers like JavaScript") << u"{{ [1e21, 1e-7, 0.5, 3.0]|dump }}"_s << QJsonObject()
            << u"[1e+21,1e-7,0.5,3]"_s;
        QTest::newRow("whole JSON numbers are integers") << u"{{ a }} {{ b }} {{ a / 2 }}"_s
            << vars(R"({"a": 3.0, "b": 2.25})") << u"3 2.25 1.5"_s;
        QTest::newRow("integer overflow becomes float") << u"{{ 2 ** 64 }}"_s << QJsonObject()
            << u"1.8446744073709552e+19"_s;
        QTest::newRow("undefined attribute chain is undefined") << u"{{ x.y is defined }}"_s << QJsonObject()
            << u"False"_s;
        QTest::newRow("JSON object keys iterate sorted") << u"{% for k in d %}{{ k }}{% endfor %} {{ d }}"_s
            << vars(R"({"d": {"b": 1, "a": 2}})") << u"ab {'a': 2, 'b': 1}"_s;
        QTest::newRow("filters return lists, not generators") << u"{{ [1, 2, 3]|select('odd') }}"_s << QJsonObject()
            << u"[1, 3]"_s;
        QTest::newRow("Nunjucks elseif") << u"{% if n == 1 %}one{% elseif n == 2 %}two{% else %}many{% endif %}"_s
            << vars(R"({"n": 2})") << u"two"_s;
        QTest::newRow("list count and index") << u"{{ [1, 2, 1].count(1) }} {{ ['a', 'b'].index('b') }}"_s << QJsonObject()
            << u"2 1"_s;
        QTest::newRow("items method is a list of tuples") << u"{{ {'a': 1}.items() }}"_s << QJsonObject()
            << u"[('a', 1)]"_s;
    }

    void differences()
    {
        QFETCH(QString, source);
        QFETCH(QJsonObject, variables);
        QFETCH(QString, expected);
        QCOMPARE(render(source, variables), expected);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");   // TemplateError::toString()
        QTest::newRow("unclosed for") << u"a\nb\n    {% for x in xs %}\n{{ x }}"_s
            << u"4:8: unclosed {% for %} opened at 3:5, expected {% endfor %}"_s;
        QTest::newRow("unclosed if with else") << u"{% if a %}x{% else %}y"_s
            << u"1:23: unclosed {% if %} opened at 1:1, expected {% endif %}"_s;
        QTest::newRow("empty expression") << u"line one\n123456789{{ }}"_s
            << u"2:13: unexpected '}}', expected an expression"_s;
        QTest::newRow("unknown filter") << u"{{ x | uper }}"_s << u"1:8: unknown filter 'uper'"_s;
        QTest::newRow("unknown test") << u"{{ x is fancy }}"_s << u"1:9: unknown test 'fancy'"_s;
        QTest::newRow("unknown tag") << u"{% include 'x' %}"_s << u"1:4: unknown tag 'include'"_s;
        QTest::newRow("mismatched end tag") << u"{% for x in xs %}\n  {% endif %}"_s
            << u"2:6: unexpected {% endif %}, expected {% endfor %} for the {% for %} opened at 1:1"_s;
        QTest::newRow("stray end tag") << u"text {% endfor %}"_s
            << u"1:9: unexpected {% endfor %} without a matching {% for %}"_s;
        QTest::newRow("elif after else") << u"{% if a %}{% else %}{% elif b %}{% endif %}"_s
            << u"1:24: unexpected {% elif %}, expected {% endif %} for the {% if %} opened at 1:1"_s;
        QTest::newRow("missing in") << u"{% for x of xs %}{% endfor %}"_s << u"1:10: unexpected 'of', expected 'in'"_s;
        QTest::newRow("unclosed variable") << u"Hi {{ name"_s << u"1:11: unclosed '{{' opened at 1:4, expected '}}'"_s;
        QTest::newRow("block end in variable") << u"{{ name %}"_s << u"1:9: unexpected '%}', expected '}}'"_s;
        QTest::newRow("unclosed string") << u"{{ 'abc }}"_s << u"1:4: unclosed string"_s;
        QTest::newRow("unclosed comment") << u"a {# note"_s << u"1:10: unclosed comment opened at 1:3, expected '#}'"_s;
        QTest::newRow("unclosed raw") << u"{% raw %}{{ x }}"_s
            << u"1:17: unclosed {% raw %} opened at 1:1, expected {% endraw %}"_s;
        QTest::newRow("unbalanced bracket") << u"{{ (1 + 2] }}"_s << u"1:10: unexpected ']'"_s;
        QTest::newRow("bad character") << u"{{ a $ b }}"_s << u"1:6: unexpected character '$'"_s;
        QTest::newRow("filter missing argument") << u"{{ x|replace('a') }}"_s
            << u"1:6: filter 'replace': missing argument 'new'"_s;
        QTest::newRow("filter unknown keyword") << u"{{ x|truncate(lenght=3) }}"_s
            << u"1:6: filter 'truncate': unexpected argument 'lenght'"_s;
        QTest::newRow("too many filter arguments") << u"{{ x|upper(1) }}"_s << u"1:6: filter 'upper': takes no arguments"_s;
        QTest::newRow("dangling operator") << u"{{ 1 + }}"_s << u"1:8: unexpected '}}', expected an expression"_s;
        QTest::newRow("set without value") << u"{% set x = %}"_s << u"1:12: unexpected '%}', expected an expression"_s;
        QTest::newRow("korean before error counts UTF-16") << u"안녕 {{ 이름 | 없음 }}"_s << u"1:12: unknown filter '없음'"_s;
    }

    void parseErrors()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        TemplateError error;
        QVERIFY(!Template::parse(source, &error));
        QVERIFY(error);
        QCOMPARE(error.toString(), expected);
    }

    void renderErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QJsonObject>("variables");
        QTest::addColumn<QString>("expected");
        QTest::newRow("undefined variable") << u"Hi {{ name }}"_s << QJsonObject() << u"1:7: undefined variable 'name'"_s;
        QTest::newRow("undefined on line 3") << u"a\nb\n  {{ user.nmae }}"_s << vars(R"({"user": {"name": "x"}})")
            << u"3:11: 'user' (an object) has no attribute 'nmae'"_s;
        QTest::newRow("undefined in condition") << u"{% if flag %}x{% endif %}"_s << QJsonObject()
            << u"1:7: undefined variable 'flag'"_s;
        QTest::newRow("undefined loop source") << u"{% for x in items %}{% endfor %}"_s << QJsonObject()
            << u"1:13: undefined variable 'items'"_s;
        QTest::newRow("index out of range") << u"{{ xs[5] }}"_s << vars(R"({"xs": [1, 2]})")
            << u"1:6: index 5 is out of range for 'xs' (length 2)"_s;
        QTest::newRow("missing key") << u"{{ d['k'] }}"_s << vars(R"({"d": {}})") << u"1:5: 'd' has no key 'k'"_s;
        QTest::newRow("indexing a number") << u"{{ n[0] }}"_s << vars(R"({"n": 5})")
            << u"1:5: 'n' (an integer) cannot be indexed with 0"_s;
        QTest::newRow("attribute of a number") << u"{{ n.x }}"_s << vars(R"({"n": 5})")
            << u"1:6: 'n' (an integer) has no attribute 'x'"_s;
        QTest::newRow("type error") << u"{{ 1 + 'a' }}"_s << QJsonObject()
            << u"1:6: unsupported operand types for +: an integer and a string"_s;
        QTest::newRow("division by zero") << u"{{ 1 / 0 }}"_s << QJsonObject() << u"1:6: division by zero"_s;
        QTest::newRow("ordering str and int") << u"{{ 'a' < 1 }}"_s << QJsonObject()
            << u"1:8: cannot compare a string and an integer with '<'"_s;
        QTest::newRow("iterate a number") << u"{% for x in 5 %}{% endfor %}"_s << QJsonObject()
            << u"1:13: cannot iterate over an integer"_s;
        QTest::newRow("unpack mismatch") << u"{% for a, b in [[1, 2, 3]] %}{% endfor %}"_s << QJsonObject()
            << u"1:1: expected 2 values to unpack, got 3"_s;
        QTest::newRow("truncate shorter than end") << u"{{ 'abcdef'|truncate(2) }}"_s << QJsonObject()
            << u"1:13: truncate length must be at least 3 (the length of end), got 2"_s;
        QTest::newRow("length of number") << u"{{ 5|length }}"_s << QJsonObject()
            << u"1:6: cannot take the length of an integer"_s;
        QTest::newRow("unknown method") << u"{{ 'a'.nope() }}"_s << QJsonObject() << u"1:8: a string has no method 'nope'"_s;
        QTest::newRow("unknown function") << u"{{ lipsum() }}"_s << QJsonObject() << u"1:4: undefined function 'lipsum'"_s;
        QTest::newRow("calling a value") << u"{{ name() }}"_s << vars(R"({"name": "x"})")
            << u"1:4: 'name' is a string, not a function"_s;
        QTest::newRow("set attribute of non-namespace") << u"{% set d = {} %}{% set d.x = 1 %}"_s << QJsonObject()
            << u"1:17: cannot set an attribute of 'd': only a namespace() has settable attributes"_s;
        QTest::newRow("concat of undefined") << u"{{ 'a' ~ missing }}"_s << QJsonObject()
            << u"1:10: undefined variable 'missing'"_s;
        QTest::newRow("filter on undefined") << u"{{ missing|upper }}"_s << QJsonObject()
            << u"1:4: undefined variable 'missing'"_s;
        QTest::newRow("first of empty printed") << u"{{ []|first }}"_s << QJsonObject()
            << u"1:7: no first item, the sequence is empty"_s;
    }

    void renderErrors()
    {
        QFETCH(QString, source);
        QFETCH(QJsonObject, variables);
        QFETCH(QString, expected);
        TemplateError error;
        const auto t = Template::parse(source, &error);
        QVERIFY2(t, qPrintable(error.toString()));
        const QString out = t->render(variables, &error);
        QVERIFY(out.isNull());
        QCOMPARE(error.toString(), expected);
    }

    void strictAndLenient_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("lenient");
        QTest::newRow("missing variable") << u"[{{ name }}]"_s << u"[]"_s;
        QTest::newRow("missing attribute chain") << u"[{{ a.b.c }}]"_s << u"[]"_s;
        QTest::newRow("missing in condition") << u"{% if flag %}yes{% else %}no{% endif %}"_s << u"no"_s;
        QTest::newRow("missing loop source") << u"{% for x in xs %}{{ x }}{% else %}none{% endfor %}"_s << u"none"_s;
        QTest::newRow("missing filtered") << u"[{{ name|upper }}|{{ xs|length }}|{{ xs|join(',') }}]"_s << u"[|0|]"_s;
        QTest::newRow("missing concatenated") << u"{{ 'a' ~ x ~ 'b' }}"_s << u"ab"_s;
        QTest::newRow("missing compared") << u"{{ x == y }}"_s << u"True"_s;
        QTest::newRow("missing index") << u"[{{ xs[3] }}]"_s << u"[]"_s;
    }

    void strictAndLenient()
    {
        QFETCH(QString, source);
        QFETCH(QString, lenient);
        QVERIFY(render(source).startsWith("ERROR "_L1));
        QCOMPARE(render(source, {}, false), lenient);
        // default() and `is defined` work in both modes
        QCOMPARE(render(u"{{ x|default('d') }}{{ x is defined }}"_s), u"dFalse"_s);
        QCOMPARE(render(u"{{ x|default('d') }}{{ x is defined }}"_s, {}, false), u"dFalse"_s);
    }

    void lenientArithmeticStillFails()
    {
        const TemplateError error = renderError(u"{{ count + 1 }}"_s, {}, RenderOptions{false});
        QCOMPARE(error.toString(), u"1:4: undefined variable 'count'"_s);
    }

    void variables_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first use order") << u"{{ b }} {{ a }} {{ b }} {{ c.d }}"_s << QStringList{u"b"_s, u"a"_s, u"c"_s};
        QTest::newRow("loop variables excluded") << u"{% for item in items %}{{ item.name }}{{ loop.index }}{{ suffix }}{% endfor %}"_s
            << QStringList{u"items"_s, u"suffix"_s};
        QTest::newRow("set names excluded") << u"{% set greeting = 'hi ' ~ name %}{{ greeting }}{{ other }}"_s
            << QStringList{u"name"_s, u"other"_s};
        QTest::newRow("read before set") << u"{{ x }}{% set x = 1 %}{{ x }}"_s << QStringList{u"x"_s};
        QTest::newRow("loop var after loop is a variable") << u"{% for x in xs %}{% endfor %}{{ x }}"_s
            << QStringList{u"xs"_s, u"x"_s};
        QTest::newRow("set inside loop is local") << u"{% for i in xs %}{% set t = i %}{% endfor %}{{ t }}"_s
            << QStringList{u"xs"_s, u"t"_s};
        QTest::newRow("filters tests and args") << u"{{ a|default(b)|join(sep) }}{% if c is defined %}{{ d[e] }}{% endif %}"_s
            << QStringList{u"a"_s, u"b"_s, u"sep"_s, u"c"_s, u"d"_s, u"e"_s};
        QTest::newRow("globals and methods") << u"{% for i in range(n) %}{{ s.upper() }}{% endfor %}{% set ns = namespace(k=1) %}{{ ns.k }}"_s
            << QStringList{u"n"_s, u"s"_s};
        QTest::newRow("block set and else") << u"{% set b %}{{ x }}{% endset %}{% for y in ys %}{% else %}{{ y }}{% endfor %}{{ b }}"_s
            << QStringList{u"x"_s, u"ys"_s, u"y"_s};
        QTest::newRow("loop filter sees loop var") << u"{% for x in xs if x > min %}{% endfor %}"_s
            << QStringList{u"xs"_s, u"min"_s};
        QTest::newRow("raw and comments") << u"{# {{ a }} #}{% raw %}{{ b }}{% endraw %}{{ c }}"_s << QStringList{u"c"_s};
        QTest::newRow("korean names") << u"{{ 이름 }}님, {{ 나이 }}"_s << QStringList{u"이름"_s, u"나이"_s};
    }

    void variables()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, expected);
        TemplateError error;
        const auto t = Template::parse(source, &error);
        QVERIFY2(t, qPrintable(error.toString()));
        QCOMPARE(t->variables(), expected);
        QCOMPARE(t->source(), source);
    }

    void emptyOutputIsNotAnError()
    {
        TemplateError error;
        const auto t = Template::parse(u"{% if false %}x{% endif %}"_s, &error);
        QVERIFY(t);
        const QString out = t->render({}, &error);
        QVERIFY(!out.isNull());
        QVERIFY(out.isEmpty());
        QVERIFY(!error);
    }

    void renderIsRepeatable()
    {
        TemplateError error;
        const auto t = Template::parse(u"{% set ns = namespace(n=0) %}{% for x in xs %}{% set ns.n = ns.n + x %}{% endfor %}{{ ns.n }}"_s, &error);
        QVERIFY(t);
        for (int i = 1; i <= 3; ++i) {
            QJsonObject v;
            v.insert("xs"_L1, QJsonArray{i, i});
            QCOMPARE(t->render(v, &error), QString::number(2 * i));
        }
    }

    void nestingLimit()
    {
        QString deepIf;
        for (int i = 0; i < 250; ++i)
            deepIf += "{% if true %}"_L1;
        TemplateError error;
        QVERIFY(!Template::parse(deepIf, &error));
        QVERIFY2(error.message.startsWith("template nested too deeply"_L1), qPrintable(error.toString()));

        QVERIFY(!Template::parse("{{ "_L1 + QString(5000, u'(') + "1"_L1 + QString(5000, u')') + " }}"_L1, &error));
        QVERIFY2(error.message.contains("nested too deeply"_L1), qPrintable(error.toString()));
        QVERIFY(!Template::parse("{{ "_L1 + QString(100000, u'-') + "1 }}"_L1, &error));
        QVERIFY(!Template::parse("{{ 1"_L1 + QString(2000, u'+').replace(u"+"_s, u"+1"_s) + " }}"_L1, &error));
        QVERIFY2(error.message.contains("nested too deeply"_L1), qPrintable(error.toString()));

        QString fine;
        for (int i = 0; i < 50; ++i)
            fine += "{% if true %}"_L1;
        fine += u'x';
        for (int i = 0; i < 50; ++i)
            fine += "{% endif %}"_L1;
        QCOMPARE(render(fine), u"x"_s);
    }

    void outputAndWorkLimits()
    {
        RenderOptions small;
        small.maxOutputLength = 1000;
        small.maxIterations = 500;
        QCOMPARE(renderError(u"{% for i in range(150) %}abcdefghij{% endfor %}"_s, {}, small).message,
                 u"result too large (limit 1000)"_s);
        QCOMPARE(renderError(u"{{ 'x' * 100000 }}"_s, {}, small).message, u"result too large (limit 1000)"_s);
        QCOMPARE(renderError(u"{% set ns = namespace(s='ab') %}{% for i in range(20) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}"_s, {}, small).message,
                 u"result too large (limit 1000)"_s);
        QCOMPARE(renderError(u"{% for i in range(30) %}{% for j in range(30) %}{% endfor %}{% endfor %}"_s, {}, small).message,
                 u"too many loop iterations (limit 500)"_s);
        QCOMPARE(renderError(u"{{ range(1000000000)|length }}"_s, {}, small).message, u"too many loop iterations (limit 500)"_s);
        QCOMPARE(renderError(u"{{ 'ab'|center(999999999) }}"_s, {}, small).message, QString());
        QCOMPARE(renderError(u"{{ ('x' * 900)|list|length }}"_s, {}, small).message, u"too many items (limit 500)"_s);
        QCOMPARE(renderError(u"{{ [1] * 501 }}"_s, {}, small).message, u"too many items (limit 500)"_s);
        QCOMPARE(renderError(u"{{ ('\n' * 100)|indent(50) }}"_s, {}, small).message, u"result too large (limit 1000)"_s);
        // a list printed through a filter is cut at the limit, never built in full
        QCOMPARE(renderError(u"{{ (range(400)|list|string)|length }}"_s, {}, small).message, u"result too large (limit 1000)"_s);
        QCOMPARE(renderError(u"{{ range(400)|list|tojson }}"_s, {}, small).message, u"result too large (limit 1000)"_s);
    }

    void selfReferencesAndDeepValuesAreSafe()
    {
        // A namespace that contains itself prints and serialises finitely, and is freed.
        QCOMPARE(render(u"{% set ns = namespace(a=1) %}{% set ns.self = ns %}{% set ns.list = [ns, ns] %}{{ ns }}"_s),
                 u"<Namespace {'a': 1, 'self': <Namespace>, 'list': [<Namespace>, <Namespace>]}>"_s);
        QVERIFY(!render(u"{% set ns = namespace() %}{% set ns.me = ns %}{{ ns|tojson }}"_s).startsWith("ERROR"_L1));
        // Values cannot be nested without bound by a loop.
        const TemplateError error = renderError(
            u"{% set ns = namespace(v=0) %}{% for i in range(1000) %}{% set ns.v = [ns.v] %}{% endfor %}"_s);
        QCOMPARE(error.toString(), u"1:56: value nested too deeply (limit 256)"_s);
        QCOMPARE(render(u"{% set ns = namespace(v=0) %}{% for i in range(100) %}{% set ns.v = [ns.v] %}{% endfor %}{{ ns.v|tojson|length }}"_s),
                 u"201"_s);
    }

    void concurrentRendersShareOneTemplate()
    {
        TemplateError error;
        const auto t = Template::parse(
            u"{% for u in users %}{{ loop.index }}. {{ u.name|title }} ({{ u.score|round(1) }}){% if not loop.last %}, {% endif %}{% endfor %} | {{ tag|default('none') }}"_s,
            &error);
        QVERIFY2(t, qPrintable(error.toString()));
        auto input = [](int i) {
            QJsonObject v;
            v.insert("users"_L1, QJsonArray{QJsonObject{{"name"_L1, "ann"_L1}, {"score"_L1, i + 0.25}},
                                            QJsonObject{{"name"_L1, "bo"_L1}, {"score"_L1, i}}});
            if (i % 2)
                v.insert("tag"_L1, QString::number(i));
            return v;
        };
        auto expected = [&](int i) { return t->render(input(i), nullptr); };
        QStringList serial;
        for (int i = 0; i < 8; ++i)
            serial.append(expected(i));
        std::atomic<int> mismatches = 0;
        std::vector<std::thread> workers;
        for (int w = 0; w < 8; ++w)
            workers.emplace_back([&, w] {
                for (int k = 0; k < 300; ++k) {
                    const int i = (w + k) % 8;
                    TemplateError e;
                    if (t->render(input(i), &e) != serial.at(i) || e)
                        ++mismatches;
                }
            });
        for (auto &worker : workers)
            worker.join();
        QCOMPARE(mismatches.load(), 0);
        QCOMPARE(serial.at(1), u"1. Ann (1.2), 2. Bo (1) | 1"_s);
    }
};

QTEST_APPLESS_MAIN(TestTemplate)
#include "tst_template.moc"
