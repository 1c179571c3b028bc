// Scorer lists in promptfoo's assert syntax: the accepted forms (YAML, JSON, promptfoo
// configs and tests, CSV shorthand strings), what is kept, round trips, and errors with
// positions.
#include "eval/scorers/scorerset.h"
#include "eval/scorers/yamljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestScorerSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlList()
    {
        QString error;
        const auto set = ScorerSet::parse(R"(
- type: not-contains
  value: sorry
  weight: 2
  metric: tone
- type: bleu
  threshold: 0.4
  config:
    tokenize: none
- type: javascript
  value: |
    const n = output.length;
    return n < 100;
)", &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->specs.size(), 3);
        const ScorerSpec &a = set->specs[0];
        QCOMPARE(a.type, u"contains"_s);
        QVERIFY(a.negated);
        QCOMPARE(a.fullType(), u"not-contains"_s);
        QCOMPARE(a.value.toString(), u"sorry"_s);
        QCOMPARE(a.weight, 2.0);
        QCOMPARE(a.displayName(), u"tone"_s);
        QCOMPARE(set->specs[1].threshold, std::optional<double>(0.4));
        QCOMPARE(set->specs[1].config.value(u"tokenize"_s).toString(), u"none"_s);
        QCOMPARE(set->specs[1].displayName(), u"bleu"_s);
        QVERIFY(set->specs[2].value.toString().contains(u"\nreturn n < 100;"_s));
        QVERIFY(!set->threshold);
    }

    void jsonAndForms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("threshold");   // -1: none
        QTest::newRow("json list") << QByteArray(R"([{"type": "equals", "value": "4"}])") << 1 << -1.0;
        QTest::newRow("object with assert") << QByteArray("assert:\n  - type: is-json\nthreshold: 0.5\n") << 1 << 0.5;
        QTest::newRow("promptfoo config") << QByteArray(
            "prompts: [p.txt]\ndefaultTest:\n  assert:\n    - type: contains\n      value: a\n    - type: regex\n"
            "      value: b\n  threshold: 0.75\ntests: tests.csv\n") << 2 << 0.75;
        QTest::newRow("shorthand strings") << QByteArray("- 'contains: refund'\n- 'not-icontains: sorry'\n") << 2 << -1.0;
        QTest::newRow("empty list") << QByteArray("[]") << 0 << -1.0;
        QTest::newRow("null document") << QByteArray("~\n") << 0 << -1.0;
    }

    void jsonAndForms()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, count);
        QFETCH(double, threshold);
        QString error;
        const auto set = ScorerSet::parse(text, &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->specs.size(), count);
        QCOMPARE(set->threshold.value_or(-1.0), threshold);
    }

    void shorthandFollowsPromptfoo()
    {
        QString error;
        const auto set = ScorerSet::parse("- 'not-icontains: sorry'\n- 'levenshtein(3): kitten'\n", &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->specs[0].fullType(), u"not-icontains"_s);
        QCOMPARE(set->specs[0].value.toString(), u" sorry"_s);
        QCOMPARE(set->specs[1].type, u"levenshtein"_s);
        QCOMPARE(set->specs[1].threshold, std::optional<double>(3));
    }

    void unknownKeysSurviveARoundTrip()
    {
        QString error;
        const QByteArray text = R"json([{"type": "llm-rubric", "value": "is polite", "provider": "openai:gpt-4o",
                                     "transform": "output.trim()", "weight": 0.5}])json";
        const auto set = ScorerSet::parse(text, &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->specs[0].extra.value(u"provider"_s).toString(), u"openai:gpt-4o"_s);
        const QJsonObject back = set->toJson().toArray().at(0).toObject();
        QCOMPARE(back.value(u"transform"_s).toString(), u"output.trim()"_s);
        QCOMPARE(back.value(u"weight"_s).toDouble(), 0.5);
        QVERIFY(!back.contains(u"threshold"_s));
    }

    void yamlRoundTrip()
    {
        ScorerSet set;
        ScorerSpec a;
        a.type = u"equals"_s;
        a.value = u"true"_s;            // a string that YAML would read as a boolean
        ScorerSpec b;
        b.type = u"javascript"_s;
        b.value = u"const x = output.trim();\nreturn x === '007';\n"_s;
        b.config = {{u"timeout_ms"_s, 250}};
        ScorerSpec c;
        c.type = u"contains-any"_s;
        c.negated = true;
        c.value = QJsonArray{u"a: b"_s, u"  padded"_s, 12, u"12"_s};
        c.weight = 0;
        c.metric = u"safety"_s;
        ScorerSpec d;
        d.type = u"is-json"_s;
        d.value = QJsonObject{{u"type"_s, u"object"_s}, {u"required"_s, QJsonArray{u"id"_s}}};
        d.threshold = 0.25;
        ScorerSpec e;
        e.type = u"contains"_s;
        e.value = u"two\nlines"_s;   // no final newline: quoted, not a literal block
        set.specs = {a, b, c, d, e};
        set.threshold = 0.8;
        const QString yaml = set.toYaml();
        QString error;
        const auto back = ScorerSet::parse(yaml.toUtf8(), &error);
        QVERIFY2(back, qPrintable(error + u"\n"_s + yaml));
        QVERIFY2(*back == set, qPrintable(yaml + u"\n"_s + YamlJson::write(back->toJson())));
        QVERIFY2(yaml.contains(u"|"_s), qPrintable(yaml));   // the script as a literal block
        QVERIFY2(yaml.indexOf(u"type:"_s) < yaml.indexOf(u"value:"_s), qPrintable(yaml));
        // And through the stored JSON form.
        const auto stored = ScorerSet::fromJson(set.toJson(), &error);
        QVERIFY(stored);
        QCOMPARE(*stored, set);
    }

    void mergedAppendsAndOverridesThreshold()
    {
        ScorerSet base;
        base.specs.append(ScorerSpec{u"contains"_s, false, u"a"_s, {}, 1.0, {}, {}, {}});
        base.threshold = 0.5;
        ScorerSet more;
        more.specs.append(ScorerSpec{u"regex"_s, false, u"b"_s, {}, 1.0, {}, {}, {}});
        const ScorerSet m = ScorerSet::merged(base, more);
        QCOMPARE(m.specs.size(), 2);
        QCOMPARE(m.specs[1].type, u"regex"_s);
        QCOMPARE(m.threshold, std::optional<double>(0.5));
        more.threshold = 0.9;
        QCOMPARE(ScorerSet::merged(base, more).threshold, std::optional<double>(0.9));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("  \n") << u"empty"_s;
        QTest::newRow("yaml syntax") << QByteArray("- type: contains\n  value: [a\n") << u"line "_s;
        QTest::newRow("scalar") << QByteArray("hello") << u"expected a list of scorers"_s;
        QTest::newRow("no type") << QByteArray("- value: x\n") << u"scorer 1: a scorer needs a \"type\""_s;
        QTest::newRow("bad threshold") << QByteArray("- {type: bleu, threshold: high}\n") << u"scorer 1: bleu: \"threshold\""_s;
        QTest::newRow("negative weight") << QByteArray("- {type: a}\n- {type: b, weight: -1}\n") << u"scorer 2: b: \"weight\""_s;
        QTest::newRow("reserved metric") << QByteArray("- {type: a, metric: _case}\n") << u"reserved"_s;
        QTest::newRow("bad config") << QByteArray("- {type: a, config: 3}\n") << u"\"config\" must be a mapping"_s;
        QTest::newRow("bare not-") << QByteArray("- {type: not-}\n") << u"must be followed"_s;
        QTest::newRow("assert not a list") << QByteArray("assert: contains\n") << u"must be a list"_s;
        QTest::newRow("set threshold") << QByteArray("assert: []\nthreshold: x\n") << u"\"threshold\" must be a number"_s;
        QTest::newRow("too deep") << QByteArray(300, '[') << u"nested more than"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ScorerSet::parse(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void aliasBombIsRefused()
    {
        QByteArray text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        char prev = 'a';
        for (char c = 'b'; c <= 'h'; ++c) {
            text += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 10; ++i)
                text += (i ? ", *" : "*") + QByteArray(1, prev);
            text += "]\n";
            prev = c;
        }
        QString error;
        QVERIFY(!YamlJson::parse(text, &error));
        QVERIFY2(error.contains(u"too many values"_s), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestScorerSpec)
#include "tst_scorerspec.moc"
