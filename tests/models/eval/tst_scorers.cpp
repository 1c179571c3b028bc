// Every built-in scorer type with promptfoo's semantics: yes/no checks and their "not-"
// negation, thresholds, metrics without a threshold, values from the spec or the row's
// expected column, and specs that cannot be built.
#include "evaltest.h"
#include "scorertest.h"

#include <QJsonArray>

#include <cmath>

using namespace lathe;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<bool>)

class TestScorers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("pass");       // 1, 0, or -1 for a metric without a verdict
        QTest::addColumn<double>("value");   // NaN: not checked

        const QStringList none;
        const auto row = [&](const char *name, const char *spec, const QString &out, QStringList exp, int pass,
                             double value) {
            QTest::newRow(name) << QByteArray(spec) << out << exp << pass << value;
        };
        row("equals", "{type: equals, value: Paris}", u"Paris"_s, none, 1, 1);
        row("equals other", "{type: equals, value: Paris}", u"paris"_s, none, 0, 0);
        row("not-equals", "{type: not-equals, value: Paris}", u"paris"_s, none, 1, 1);
        row("equals number value", "{type: equals, value: 42}", u"42"_s, none, 1, 1);
        row("equals expected column", "type: equals", u"Lyon"_s, {u"Paris"_s, u"Lyon"_s}, 1, 1);
        row("equals json value", R"({"type": "equals", "value": {"a": [1, 2]}})", u" {\"a\":[1,2]} "_s, none, 1, 1);
        row("equals json mismatch", R"({"type": "equals", "value": {"a": [1, 2]}})", u"{\"a\":[2,1]}"_s, none, 0, 0);
        row("contains", "{type: contains, value: refund}", u"We refund you."_s, none, 1, 1);
        row("contains case", "{type: contains, value: Refund}", u"We refund you."_s, none, 0, 0);
        row("not-contains", "{type: not-contains, value: sorry}", u"Sorry!"_s, none, 1, 1);
        row("not-contains hit", "{type: not-contains, value: sorry}", u"so sorry"_s, none, 0, 0);
        row("icontains", "{type: icontains, value: REFUND}", u"We refund you."_s, none, 1, 1);
        row("not-icontains", "{type: not-icontains, value: REFUND}", u"We refund you."_s, none, 0, 0);
        row("contains-any", "{type: contains-any, value: [cat, dog]}", u"a dog"_s, none, 1, 1);
        row("contains-any none", "{type: contains-any, value: 'cat, dog'}", u"a bird"_s, none, 0, 0);
        row("not-contains-any", "{type: not-contains-any, value: [cat, dog]}", u"a bird"_s, none, 1, 1);
        row("icontains-any", "{type: icontains-any, value: [CAT]}", u"a cat"_s, none, 1, 1);
        row("contains-all", "{type: contains-all, value: [a, b]}", u"a and b"_s, none, 1, 1);
        row("contains-all missing", "{type: contains-all, value: [a, z]}", u"a and b"_s, none, 0, 0);
        row("not-contains-all", "{type: not-contains-all, value: [a, z]}", u"a and b"_s, none, 1, 1);
        row("icontains-all", "{type: icontains-all, value: 'A, B'}", u"a and b"_s, none, 1, 1);
        row("quoted comma list", "{type: contains-all, value: '\"a, b\", c'}", u"x a, b c"_s, none, 1, 1);
        row("starts-with", "{type: starts-with, value: Yes}", u"Yes, indeed"_s, none, 1, 1);
        row("not-starts-with", "{type: not-starts-with, value: Yes}", u"Yes, indeed"_s, none, 0, 0);
        row("ends-with", "{type: ends-with, value: '.'}", u"Done."_s, none, 1, 1);
        row("regex", "{type: regex, value: '^\\d{3}-\\d{4}$'}", u"555-1234"_s, none, 1, 1);
        row("regex no match", "{type: regex, value: '^\\d{3}$'}", u"55a"_s, none, 0, 0);
        row("not-regex", "{type: not-regex, value: 'error'}", u"all good"_s, none, 1, 1);
        row("length within", "{type: length, value: {min: 2, max: 5}}", u"héllo"_s, none, 1, 1);
        row("length code points", "{type: length, value: {max: 2}}", u"😀😀"_s, none, 1, 1);
        row("length too long", "{type: length, value: 3}", u"four"_s, none, 0, 0);
        row("not-length", "{type: not-length, value: [0, 3]}", u"four"_s, none, 1, 1);
        row("word-count exact", "{type: word-count, value: 3}", u"one two  three"_s, none, 1, 1);
        row("word-count range", "{type: word-count, value: {min: 4}}", u"one two three"_s, none, 0, 0);
        row("is-json", "type: is-json", u" {\"a\": 1} "_s, none, 1, 1);
        row("is-json scalar", "type: is-json", u"3"_s, none, 1, 1);
        row("is-json not", "type: is-json", u"{a: 1}"_s, none, 0, 0);
        row("is-json two values", "type: is-json", u"1, 2"_s, none, 0, 0);
        row("not-is-json", "type: not-is-json", u"hello"_s, none, 1, 1);
        row("is-json schema", "{type: is-json, value: {type: object, required: [name]}}", u"{\"name\": \"x\"}"_s, none, 1, 1);
        row("is-json schema fails", "{type: is-json, value: {type: object, required: [name]}}", u"{}"_s, none, 0, 0);
        row("is-json schema as text", "{type: is-json, value: '{\"type\": \"array\"}'}", u"[1]"_s, none, 1, 1);
        row("json-schema", "{type: json-schema, value: {type: array, items: {type: integer}}}", u"[1, 2.5]"_s, none, 0, 0);
        row("contains-json fenced", "type: contains-json", u"Here:\n```json\n{\"ok\": true}\n```"_s, none, 1, 1);
        row("contains-json none", "type: contains-json", u"no braces {here"_s, none, 0, 0);
        row("contains-json schema second", "{type: contains-json, value: {required: [b]}}",
            u"{\"a\": 1} and {\"b\": 2}"_s, none, 1, 1);
        row("not-contains-json", "type: not-contains-json", u"plain"_s, none, 1, 1);
        row("levenshtein", "{type: levenshtein, value: kitten, threshold: 3}", u"sitting"_s, none, 1, 1);
        row("levenshtein over", "{type: levenshtein, value: kitten, threshold: 2}", u"sitting"_s, none, 0, 0);
        row("levenshtein default 5", "{type: levenshtein, value: abcdefgh}", u"xyz"_s, none, 0, 0);
        row("ratio metric", "{type: ratio, value: kitten}", u"sitting"_s, none, -1, 0.6153846153846154);
        row("ratio threshold", "{type: ratio, value: kitten, threshold: 0.7}", u"sitting"_s, none, 0, 0.6153846153846154);
        row("bleu default threshold", "{type: bleu, value: 'The dog bit the man.'}", u"The dog bit the man."_s, none, 1, 1);
        row("bleu below", "{type: bleu}", u"completely different"_s, {u"The dog bit the man."_s}, 0, 0);
        row("not-bleu", "{type: not-bleu, threshold: 0.5}", u"completely different"_s, {u"The dog bit the man."_s}, 1, 1);
        row("chrf metric", "{type: chrf, value: ab}", u"aa"_s, none, -1, 0.25);
        row("chrf++ metric", "{type: chrf++, value: ab}", u"aa"_s, none, -1, 0.16666666666666664);
        row("rouge-1", "{type: rouge-1, value: testing}", u"testing one two"_s, none, -1, 0.5);
        row("rouge-2", "{type: rouge-2, value: testing one}", u"testing one two"_s, none, -1, 2.0 / 3.0);
        row("rouge-l", "{type: rouge-l, value: testing two}", u"testing one two"_s, none, -1, 0.8);
        row("rouge-lsum", "{type: rouge-lsum, value: \"w1 w2 w6 w7 w8\\nw1 w3 w8 w9 w5\"}", u"w1 w2 w3 w4 w5"_s,
            none, -1, 0.5333333333333333);
        row("rouge-1 threshold", "{type: rouge-1, value: testing, threshold: 0.6}", u"testing one two"_s, none, 0, 0.5);
        row("rouge-n precision", "{type: rouge-n, value: testing one two}", u"testing"_s, none, 1, 1);
        row("squad-em", "{type: squad-em, value: 'The Broncos'}", u"broncos!"_s, none, 1, 1);
        row("squad-em miss", "{type: squad-em}", u"Denver Broncos"_s, {u"Broncos"_s}, 0, 0);
        row("squad-f1", "{type: squad-f1}", u"Denver Broncos"_s, {u"Broncos"_s}, -1, 2.0 / 3.0);
        row("classification", "{type: classification}", u"  Positive\n"_s, {u"positive"_s}, 1, 1);
        row("classification miss", "{type: classification, value: negative}", u"positive"_s, none, 0, 0);
        row("not-classification", "{type: not-classification, value: spam}", u"ham"_s, none, 1, 1);
    }

    void verdicts()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, output);
        QFETCH(QStringList, expected);
        QFETCH(int, pass);
        QFETCH(double, value);
        QString error;
        const std::unique_ptr<Scorer> s = makeScorer(spec, &error);
        QVERIFY2(s, qPrintable(error));
        const ScoreResult r = s->score(outputOnly(output, expected));
        QCOMPARE(int(r.status), int(ScoreResult::Status::Scored));
        if (pass < 0)
            QVERIFY2(!r.pass.has_value(), "a metric without a threshold has no verdict");
        else
            QCOMPARE(r.pass, std::optional<bool>(pass == 1));
        if (!std::isnan(value))
            LATHE_COMPARE_NEAR(r.value, value, 1e-12);
        if (r.pass && !*r.pass)
            QVERIFY2(!r.reason.isEmpty(), "a failure says why");
    }

    void negationInvertsMetricScores()
    {
        // promptfoo: "not-" on a thresholded metric reports 1 - score.
        QString error;
        const auto s = makeScorer("{type: not-rouge-1, value: testing, threshold: 0.6}", &error);
        QVERIFY2(s, qPrintable(error));
        const ScoreResult r = s->score(outputOnly(u"testing one two"_s));
        QCOMPARE(r.pass, std::optional<bool>(true));
        LATHE_COMPARE_NEAR(r.value, 0.5, 1e-12);
    }

    void bleuDetailsCarryStatistics()
    {
        QString error;
        const auto s = makeScorer("{type: bleu, config: {tokenize: none, smooth: floor, smooth_value: 0.01}}", &error);
        QVERIFY2(s, qPrintable(error));
        const ScoreResult r = s->score(outputOnly(u"this is a fest"_s, {u"this is a test"_s}));
        LATHE_COMPARE_NEAR(r.details.value(u"bleu"_s).toDouble(), 22.3606797749979, 1e-9);
        QCOMPARE(r.details.value(u"corpus"_s).toString(), u"bleu"_s);
        QCOMPARE(r.details.value(u"statistics"_s).toArray().size(), 2 + 2 * 4);
        QCOMPARE(r.details.value(u"options"_s).toObject().value(u"tokenize"_s).toString(), u"none"_s);
    }

    void performanceLimits()
    {
        QString error;
        ScoringInput in = outputOnly(u"x"_s);
        in.latencyMs = 850;
        in.cost = 0.002;
        in.promptTokens = 100;
        in.completionTokens = 30;
        QCOMPARE(makeScorer("{type: latency, threshold: 1000}", &error)->score(in).pass, std::optional<bool>(true));
        QCOMPARE(makeScorer("{type: latency, threshold: 500}", &error)->score(in).pass, std::optional<bool>(false));
        QCOMPARE(makeScorer("{type: not-latency, threshold: 500}", &error)->score(in).pass, std::optional<bool>(true));
        QCOMPARE(makeScorer("{type: cost, threshold: 0.001}", &error)->score(in).pass, std::optional<bool>(false));
        QCOMPARE(makeScorer("{type: tokens, threshold: 130}", &error)->score(in).pass, std::optional<bool>(true));
        QCOMPARE(makeScorer("{type: tokens, threshold: 20, config: {kind: completion}}", &error)->score(in).pass,
                 std::optional<bool>(false));
        // Not measured, or answered from the cache: skipped, not failed.
        const ScoreResult ttft = makeScorer("{type: ttft, threshold: 100}", &error)->score(in);
        QCOMPARE(int(ttft.status), int(ScoreResult::Status::Skipped));
        QVERIFY(!ttft.pass);
        in.cached = true;
        QCOMPARE(int(makeScorer("{type: latency, threshold: 1000}", &error)->score(in).status),
                 int(ScoreResult::Status::Skipped));
    }

    void missingReferenceIsAnError()
    {
        QString error;
        const ScoreResult r = makeScorer("type: bleu", &error)->score(outputOnly(u"hello"_s));
        QCOMPARE(int(r.status), int(ScoreResult::Status::Error));
        QCOMPARE(r.pass, std::optional<bool>(false));
        QVERIFY(r.reason.contains(u"expected column"_s));
    }

    void unusableSpecs_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad regex") << QByteArray("{type: regex, value: '(a'}") << u"invalid regular expression"_s;
        QTest::newRow("bad schema") << QByteArray("{type: is-json, value: {type: thing}}") << u"invalid JSON schema"_s;
        QTest::newRow("schema missing") << QByteArray("type: json-schema") << u"needs a schema"_s;
        QTest::newRow("latency no threshold") << QByteArray("type: latency") << u"needs a threshold"_s;
        QTest::newRow("not metric") << QByteArray("type: not-chrf") << u"needs a threshold"_s;
        QTest::newRow("bleu option") << QByteArray("{type: bleu, config: {tokenize: intl}}") << u"tokenize"_s;
        QTest::newRow("length min>max") << QByteArray("{type: length, value: {min: 5, max: 2}}") << u"min is above max"_s;
        QTest::newRow("judge") << QByteArray("{type: answer-relevance, value: polite}") << u"LLM judge"_s;
        QTest::newRow("rubric missing") << QByteArray("type: llm-rubric") << u"needs a rubric"_s;
        QTest::newRow("python") << QByteArray("{type: python, value: 'x'}") << u"does not run"_s;
        QTest::newRow("typo") << QByteArray("{type: contians, value: x}") << u"unknown scorer type"_s;
    }

    void unusableSpecs()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!makeScorer(spec, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void registryCheckLetsTemplatesThrough()
    {
        QString error;
        const auto spec = ScorerSpec::fromJson(*YamlJson::parse("{type: regex, value: '{{ pattern }}'}", &error), &error);
        QVERIFY(spec);
        QVERIFY(ScorerRegistry::check(*spec).isEmpty());
        QCOMPARE(ScorerRegistry::support(u"answer-relevance"_s), ScorerRegistry::Support::NeedsJudge);
        QCOMPARE(ScorerRegistry::support(u"llm-rubric"_s), ScorerRegistry::Support::Available);
        QCOMPARE(ScorerRegistry::support(u"contains"_s), ScorerRegistry::Support::Available);
        QCOMPARE(ScorerRegistry::support(u"nonsense"_s), ScorerRegistry::Support::Unknown);
    }
};

QTEST_APPLESS_MAIN(TestScorers)
#include "tst_scorers.moc"
