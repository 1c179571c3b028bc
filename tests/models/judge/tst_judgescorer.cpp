// The judge scorers against a scripted JudgeClient: what they ask (messages, parameters,
// target), how verdicts become scores (promptfoo's defaults, threshold, negation, factuality
// categories, score scale), and errors (failed calls, unreadable replies, bad options, no
// judge) as Error verdicts; a templated rubric through ScorerSuite.
#include "eval/judge/judgeprompt.h"
#include "eval/judge/judgescorer.h"
#include "eval/scorers/scorerregistry.h"
#include "eval/scorers/scorerset.h"
#include "eval/scorers/scorersuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <mutex>

using namespace lathe;
using namespace Qt::StringLiterals;

static QString j(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

namespace {

// Answers every call at once with `output` (or with `error` when set) and keeps the calls.
class ScriptedJudge final : public JudgeClient
{
public:
    QString output;
    ErrorKind error = ErrorKind::None;
    QList<JudgeCall> calls;

    void call(const JudgeCall &call, const Callback &done) override
    {
        calls.append(call);
        JudgeReply r;
        r.provider = call.target.provider;
        r.model = call.target.model;
        r.response.output = output;
        r.response.errorKind = error;
        r.response.httpStatus = error == ErrorKind::Http ? 500 : 200;
        if (error != ErrorKind::None)
            r.response.errorMessage = u"HTTP 500: the judge is down"_s;
        r.response.rawRequest = R"({"model":"m"})";
        r.cacheKey = u"abc"_s;
        done(r);
    }
    void cancelAll() override {}
};

ScorerSpec spec(const char *yaml)
{
    QString error;
    const std::optional<ScorerSet> set = ScorerSet::parse(QByteArray("- ") + yaml, &error);
    if (!set || set->specs.size() != 1)
        qFatal("bad spec %s: %s", yaml, qPrintable(error));
    return set->specs.first();
}

ScoringInput input(const QString &output)
{
    ScoringInput in;
    in.output = output;
    in.expected = {u"Paris"_s};
    in.vars = {{u"country"_s, u"France"_s}};
    return in;
}

ScoreResult scoreWith(ScriptedJudge &judge, const char *yaml, const QString &output = u"Paris"_s)
{
    QString error;
    const JudgeContext context{&judge, {u"fallback"_s, u"fb-model"_s}};
    const std::unique_ptr<Scorer> s = ScorerRegistry::create(spec(yaml), &error, &context);
    if (!s)
        return ScoreResult::error(u"create: "_s + error);
    ScoreResult out;
    s->scoreAsync(input(output), [&out](ScoreResult r) { out = std::move(r); });
    return out;
}

} // namespace

class TestJudgeScorer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestShape()
    {
        ScriptedJudge judge;
        judge.output = j(R"({"reason": "ok", "score": 1, "pass": true})");
        const ScoreResult r = scoreWith(judge, R"({type: llm-rubric, value: 'Names the capital', provider: grader, model: judge-1})");
        QCOMPARE(int(r.status), int(ScoreResult::Status::Scored));
        QCOMPARE(judge.calls.size(), 1);
        const JudgeCall &c = judge.calls.first();
        QCOMPARE(c.target.provider, u"grader"_s);
        QCOMPARE(c.target.model, u"judge-1"_s);
        QCOMPARE(c.request.params.value(u"temperature"_s).toDouble(), 0.0);
        QCOMPARE(c.request.params.value(u"response_format"_s).toString(), u"json_object"_s);
        QCOMPARE(c.request.messages.size(), 2);
        QCOMPARE(c.request.messages[0].role, u"system"_s);
        QVERIFY(c.request.messages[0].content.contains(u"JSON"_s));
        QVERIFY(c.request.messages[0].content.contains(u"\"score\""_s));
        QCOMPARE(c.request.messages[1].role, u"user"_s);
        const QString user = c.request.messages[1].content;
        QVERIFY2(user.contains(u"<rubric>\nNames the capital\n</rubric>"_s), qPrintable(user));
        QVERIFY(user.contains(u"<output>\nParis\n</output>"_s));
        QVERIFY(user.contains(u"<expected>\nParis\n</expected>"_s));
        QVERIFY(user.contains(u"\"country\": \"France\""_s));
        // The stored details keep the judge's exchange and the verdict.
        QCOMPARE(r.details.value(u"judge"_s).toObject().value(u"provider"_s).toString(), u"grader"_s);
        QCOMPARE(r.details.value(u"judge"_s).toObject().value(u"reply"_s).toString(), judge.output);
        QCOMPARE(r.details.value(u"judge"_s).toObject().value(u"request"_s).toObject().value(u"model"_s).toString(), u"m"_s);
    }

    void targetFallsBack()
    {
        ScriptedJudge judge;
        judge.output = j(R"({"pass": true})");
        scoreWith(judge, "{type: llm-rubric, value: x}");
        scoreWith(judge, "{type: llm-rubric, value: x, provider: 'other:gpt-x'}");
        scoreWith(judge, "{type: llm-rubric, value: x, config: {model: own}}");
        QCOMPARE(judge.calls.size(), 3);
        QCOMPARE(judge.calls[0].target.provider, u"fallback"_s);
        QCOMPARE(judge.calls[0].target.model, u"fb-model"_s);
        QCOMPARE(judge.calls[1].target.provider, u"other:gpt-x"_s);   // split by the service
        QCOMPARE(judge.calls[2].target.provider, u"fallback"_s);
        QCOMPARE(judge.calls[2].target.model, u"own"_s);
    }

    void verdictToScore_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("pass");

        QTest::newRow("judge passes") << QByteArray("{type: llm-rubric, value: x}") << j(R"({"score": 0.7, "pass": true})") << 0.7 << true;
        QTest::newRow("pass missing = true") << QByteArray("{type: llm-rubric, value: x}") << j(R"({"score": 0})") << 0.0 << true;
        QTest::newRow("score missing = pass") << QByteArray("{type: llm-rubric, value: x}") << j(R"({"pass": false})") << 0.0 << false;
        QTest::newRow("threshold met") << QByteArray("{type: llm-rubric, value: x, threshold: 0.6}") << j(R"({"score": 0.7, "pass": true})") << 0.7 << true;
        QTest::newRow("threshold missed") << QByteArray("{type: llm-rubric, value: x, threshold: 0.8}") << j(R"({"score": 0.7, "pass": true})") << 0.7 << false;
        QTest::newRow("threshold needs pass") << QByteArray("{type: llm-rubric, value: x, threshold: 0.5}") << j(R"({"score": 0.9, "pass": false})") << 0.9 << false;
        QTest::newRow("threshold equal") << QByteArray("{type: llm-rubric, value: x, threshold: 0.7}") << j(R"({"score": 0.7})") << 0.7 << true;
        QTest::newRow("negated") << QByteArray("{type: not-llm-rubric, value: x}") << j(R"({"score": 0.25, "pass": true})") << 0.75 << false;
        QTest::newRow("score scale") << QByteArray("{type: llm-rubric, value: x, config: {score_scale: 10}}") << j(R"({"score": 8})") << 0.8 << true;
        QTest::newRow("closedqa yes") << QByteArray("{type: model-graded-closedqa, value: x}") << u"Meets it.\nY"_s << 1.0 << true;
        QTest::newRow("closedqa no") << QByteArray("{type: model-graded-closedqa, value: x}") << j(R"({"pass": false, "score": 0.9})") << 0.0 << false;
        QTest::newRow("factuality C") << QByteArray("{type: factuality}") << j(R"({"category": "C"})") << 1.0 << true;
        QTest::newRow("factuality D") << QByteArray("{type: factuality, value: Paris}") << j(R"({"category": "D"})") << 0.0 << false;
        QTest::newRow("factuality weights") << QByteArray("{type: factuality, config: {factuality: {superset: 0.5, differButFactual: 0}}}")
                                            << u"The answer is (B)."_s << 0.5 << true;
        QTest::newRow("factuality E off") << QByteArray("{type: factuality, config: {factuality: {differButFactual: 0}}}")
                                          << j(R"({"category": "E"})") << 0.0 << false;
    }

    void verdictToScore()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, reply);
        QFETCH(double, value);
        QFETCH(bool, pass);
        ScriptedJudge judge;
        judge.output = reply;
        const ScoreResult r = scoreWith(judge, yaml.constData());
        QVERIFY2(r.status == ScoreResult::Status::Scored, qPrintable(r.reason));
        QVERIFY2(qAbs(r.value - value) < 1e-12, qPrintable(QString::number(r.value)));
        QCOMPARE(r.pass, std::optional<bool>(pass));
    }

    void errorsAreVerdicts()
    {
        ScriptedJudge judge;
        judge.error = ErrorKind::Http;
        ScoreResult r = scoreWith(judge, "{type: llm-rubric, value: x}");
        QCOMPARE(int(r.status), int(ScoreResult::Status::Error));
        QVERIFY2(r.reason.contains(u"HTTP 500: the judge is down"_s), qPrintable(r.reason));
        QCOMPARE(r.details.value(u"judge"_s).toObject().value(u"http_status"_s).toInt(), 500);

        judge.error = ErrorKind::None;
        judge.output = j("{\"reason\": \"The output is");
        r = scoreWith(judge, "{type: llm-rubric, value: x}");
        QCOMPARE(int(r.status), int(ScoreResult::Status::Error));
        QVERIFY2(r.reason.contains(j("{\"reason\": \"The output is")), qPrintable(r.reason));
        QCOMPARE(r.pass, std::optional<bool>(false));

        judge.output = j(R"({"score": 7, "pass": true})");
        r = scoreWith(judge, "{type: llm-rubric, value: x}");
        QCOMPARE(int(r.status), int(ScoreResult::Status::Error));
        QVERIFY2(r.reason.contains(u"outside 0 to 1"_s), qPrintable(r.reason));

        // Factuality without a reference is an error before any call.
        const qsizetype before = judge.calls.size();
        ScoringInput in = input(u"x"_s);
        in.expected.clear();
        QString error;
        const JudgeContext context{&judge, {u"p"_s, u"m"_s}};
        const std::unique_ptr<Scorer> f = ScorerRegistry::create(spec("{type: factuality}"), &error, &context);
        f->scoreAsync(in, [&r](ScoreResult s) { r = std::move(s); });
        QCOMPARE(int(r.status), int(ScoreResult::Status::Error));
        QVERIFY(r.reason.contains(u"reference"_s));
        QCOMPARE(judge.calls.size(), before);
    }

    void noJudgeSetUp()
    {
        QString error;
        const std::unique_ptr<Scorer> s = ScorerRegistry::create(spec("{type: llm-rubric, value: polite}"), &error);
        QVERIFY(s);
        QVERIFY(s->isAsync());
        ScoreResult r;
        s->scoreAsync(input(u"hi"_s), [&r](ScoreResult out) { r = std::move(out); });
        QCOMPARE(int(r.status), int(ScoreResult::Status::Skipped));
        QVERIFY2(r.reason.contains(u"--judge-provider"_s), qPrintable(r.reason));

        // A client but no provider anywhere: skipped too, nothing sent.
        ScriptedJudge judge;
        const JudgeContext context{&judge, {QString(), u"m"_s}};
        const std::unique_ptr<Scorer> open = ScorerRegistry::create(spec("{type: llm-rubric, value: polite}"), &error, &context);
        open->scoreAsync(input(u"hi"_s), [&r](ScoreResult out) { r = std::move(out); });
        QCOMPARE(int(r.status), int(ScoreResult::Status::Skipped));
        QVERIFY(judge.calls.isEmpty());
    }

    void badOptions_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("no rubric") << QByteArray("{type: llm-rubric}") << u"needs a rubric"_s;
        QTest::newRow("no criterion") << QByteArray("{type: model-graded-closedqa, value: ''}") << u"needs a criterion"_s;
        QTest::newRow("provider list") << QByteArray("{type: llm-rubric, value: x, provider: [a]}") << u"provider"_s;
        QTest::newRow("prompt syntax") << QByteArray("{type: llm-rubric, value: x, rubricPrompt: '{{ output '}") << u"template"_s;
        QTest::newRow("prompt roles") << QByteArray("{type: llm-rubric, value: x, rubricPrompt: [{role: judge, content: x}]}") << u"role"_s;
        QTest::newRow("temperature") << QByteArray("{type: llm-rubric, value: x, config: {temperature: hot}}") << u"temperature"_s;
        QTest::newRow("scale") << QByteArray("{type: llm-rubric, value: x, config: {score_scale: 0}}") << u"score_scale"_s;
        QTest::newRow("factuality score") << QByteArray("{type: factuality, config: {factuality: {agree: 2}}}") << u"agree"_s;
        QTest::newRow("templated rubric, bad prompt") << QByteArray("{type: llm-rubric, value: 'Mentions {{ x }}', rubricPrompt: '{% if %}'}")
                                                      << u"template"_s;
    }

    void badOptions()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        const QString why = ScorerRegistry::check(spec(yaml.constData()));
        QVERIFY2(why.contains(message), qPrintable(why));
    }

    void templatedRubricPassesCheck()
    {
        QVERIFY(ScorerRegistry::check(spec("{type: llm-rubric, value: 'Mentions {{ x }}', provider: p}")).isEmpty());
    }

    void customPrompt()
    {
        ScriptedJudge judge;
        judge.output = j(R"({"pass": true})");
        scoreWith(judge, R"({type: llm-rubric, value: tone, rubricPrompt: '[{"role": "system", "content": "Grade {{ rubric }}."}, {"role": "user", "content": "{{ output }} for {{ country }}"}]'})");
        scoreWith(judge, "{type: llm-rubric, value: tone, rubricPrompt: 'Is {{ completion }} ok per {{ criteria }}?'}");
        QCOMPARE(judge.calls.size(), 2);
        QCOMPARE(judge.calls[0].request.messages, (QList<ChatMessage>{{u"system"_s, u"Grade tone."_s}, {u"user"_s, u"Paris for France"_s}}));
        QCOMPARE(judge.calls[1].request.messages, (QList<ChatMessage>{{u"user"_s, u"Is Paris ok per tone?"_s}}));
        QCOMPARE(JudgePrompt::defaultMessages(JudgePrompt::Kind::Factuality).size(), 2);
    }

    void templatedRubricThroughSuite()
    {
        ScriptedJudge judge;
        judge.output = j(R"({"reason": "fine", "score": 1, "pass": true})");
        QString error;
        const std::optional<ScorerSet> set = ScorerSet::parse(
            "- {type: llm-rubric, value: 'Names the capital of {{ country }}'}\n- {type: contains, value: Par}\n", &error);
        QVERIFY(set);
        const ScorerSuite suite(*set, JudgeContext{&judge, {u"p"_s, u"m"_s}});
        QVERIFY(suite.hasAsync());
        CaseScores scores;
        suite.scoreAsync(input(u"Paris"_s), [&scores](CaseScores s) { scores = std::move(s); });
        QCOMPARE(scores.scores.size(), 2);
        QCOMPARE(scores.scores[0].result.reason, u"fine"_s);
        QCOMPARE(scores.total->pass, std::optional<bool>(true));
        QVERIFY(judge.calls.first().request.messages[1].content.contains(u"Names the capital of France"_s));
    }
};

QTEST_APPLESS_MAIN(TestJudgeScorer)
#include "tst_judgescorer.moc"
