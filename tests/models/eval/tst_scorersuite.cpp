// A case scored by an effective scorer list: promptfoo's weighted mean and pass rule, test
// thresholds, metric-only scorers, skipped and failing scorers, names, templated values.
#include "evaltest.h"

#include "eval/scorers/scorersuite.h"

#include <QJsonArray>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

ScorerSet parse(const char *yaml)
{
    QString error;
    const std::optional<ScorerSet> set = ScorerSet::parse(QByteArray(yaml), &error);
    if (!set)
        qFatal("bad test scorers: %s", qPrintable(error));
    return *set;
}

const ScoreResult *named(const CaseScores &s, const QString &name)
{
    for (const NamedScore &n : s.scores) {
        if (n.name == name)
            return &n.result;
    }
    return nullptr;
}

ScoringInput input(const QString &output, const QJsonObject &vars = {}, const QStringList &expected = {})
{
    ScoringInput in;
    in.output = output;
    in.vars = vars;
    in.expected = expected;
    return in;
}

} // namespace

class TestScorerSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weightedMeanAndAllMustPass()
    {
        const ScorerSuite suite(parse(R"(
- {type: contains, value: a, weight: 3}
- {type: contains, value: z, weight: 1}
)"));
        const CaseScores s = suite.score(input(u"abc"_s));
        QVERIFY(s.total);
        LATHE_COMPARE_NEAR(s.total->value, 0.75, 1e-12);      // (3*1 + 1*0) / 4
        QCOMPARE(s.total->pass, std::optional<bool>(false));  // one failed, no threshold
        QVERIFY2(s.total->reason.startsWith(u"contains#2: "_s), qPrintable(s.total->reason));
    }

    void testThresholdOverridesFailures()
    {
        const ScorerSuite suite(parse(R"(
assert:
  - {type: contains, value: a, weight: 3}
  - {type: contains, value: z, weight: 1}
threshold: 0.7
)"));
        const CaseScores s = suite.score(input(u"abc"_s));
        QCOMPARE(s.total->pass, std::optional<bool>(true));   // 0.75 >= 0.7
        QCOMPARE(suite.score(input(u"xyz"_s)).total->pass, std::optional<bool>(false));
        const ScorerSuite strict(parse("assert: [{type: contains, value: a}]\nthreshold: 1\n"));
        QCOMPARE(strict.score(input(u"b"_s)).total->reason, u"mean score 0.00 is below the threshold 1"_s);
    }

    void weightZeroStillDecidesPass()
    {
        // promptfoo: weight only affects the mean; a failing zero-weight assert fails the case.
        const ScorerSuite suite(parse("- {type: contains, value: a}\n- {type: contains, value: z, weight: 0}\n"));
        const CaseScores s = suite.score(input(u"a"_s));
        LATHE_COMPARE_NEAR(s.total->value, 1.0, 1e-12);
        QCOMPARE(s.total->pass, std::optional<bool>(false));
    }

    void metricsAndSkipsStayOutOfTheTotal()
    {
        const ScorerSuite suite(parse(R"(
- {type: contains, value: a}
- {type: chrf, value: ab}
- {type: ttft, threshold: 10}
- {type: answer-relevance, value: polite}
)"));
        const CaseScores s = suite.score(input(u"aa"_s));
        QCOMPARE(s.scores.size(), 4);
        LATHE_COMPARE_NEAR(named(s, u"chrf"_s)->value, 0.25, 1e-12);
        QVERIFY(!named(s, u"chrf"_s)->pass);
        QCOMPARE(int(named(s, u"ttft"_s)->status), int(ScoreResult::Status::Skipped));
        QCOMPARE(int(named(s, u"answer-relevance"_s)->status), int(ScoreResult::Status::Skipped));
        QVERIFY(named(s, u"answer-relevance"_s)->reason.contains(u"LLM judge"_s));
        QCOMPARE(s.total->details.value(u"scorers"_s).toInt(), 1);
        LATHE_COMPARE_NEAR(s.total->value, 1.0, 1e-12);
        QCOMPARE(s.total->pass, std::optional<bool>(true));
    }

    void onlyMetricsMeansNoTotal()
    {
        const ScorerSuite suite(parse("- {type: ratio, value: abc}\n"));
        QVERIFY(!suite.score(input(u"abd"_s)).total);
        QVERIFY(!ScorerSuite(ScorerSet{}).score(input(u"x"_s)).total);
    }

    void errorsFailTheCase()
    {
        const ScorerSuite suite(parse("- {type: contains, value: a}\n- {type: regex, value: '(unclosed'}\n"));
        const CaseScores s = suite.score(input(u"a"_s));
        const ScoreResult *bad = named(s, u"regex"_s);
        QCOMPARE(int(bad->status), int(ScoreResult::Status::Error));
        QVERIFY(bad->reason.contains(u"invalid regular expression"_s));
        QCOMPARE(s.total->pass, std::optional<bool>(false));
        LATHE_COMPARE_NEAR(s.total->value, 0.5, 1e-12);
    }

    void namesAreUnique()
    {
        const ScorerSuite suite(parse(R"(
- {type: contains, value: a}
- {type: contains, value: b}
- {type: not-contains, value: c}
- {type: regex, value: x, metric: format}
- {type: is-json, metric: format, weight: 3}
)"));
        QCOMPARE(suite.names(), (QStringList{u"contains"_s, u"contains#2"_s, u"not-contains"_s, u"format"_s}));
        // A shared metric is one row: weighted mean of its scorers, pass when all pass.
        const CaseScores s = suite.score(input(u"{\"x\": 1}"_s));
        const ScoreResult *format = named(s, u"format"_s);
        QVERIFY(format);
        LATHE_COMPARE_NEAR(format->value, 1.0, 1e-12);
        QCOMPARE(format->pass, std::optional<bool>(true));
        QCOMPARE(format->details.value(u"parts"_s).toArray().size(), 2);
        const CaseScores t = suite.score(input(u"x"_s));
        LATHE_COMPARE_NEAR(named(t, u"format"_s)->value, 0.25, 1e-12);   // (1*1 + 3*0) / 4
        QCOMPARE(named(t, u"format"_s)->pass, std::optional<bool>(false));
        // The total still counts every scorer on its own: 2 + 1 + 1 + 1*1 + 3*0 over 7.
        LATHE_COMPARE_NEAR(t.total->value, 0.0 + (0 + 0 + 1 + 1) / 7.0, 1e-12);
    }

    void templatedValuesRenderPerCase()
    {
        const ScorerSuite suite(parse(R"(
- {type: contains, value: '{{ city | upper }}'}
- {type: contains-any, value: ['{{ a }}', 'fixed']}
- {type: regex, value: '^{{ prefix }}\d+$'}
)"));
        const CaseScores s = suite.score(input(u"PARIS id-42"_s, {{u"city"_s, u"paris"_s}, {u"a"_s, u"id"_s},
                                                                {u"prefix"_s, u"PARIS id-"_s}}));
        QCOMPARE(named(s, u"contains"_s)->pass, std::optional<bool>(true));
        QCOMPARE(named(s, u"contains-any"_s)->pass, std::optional<bool>(true));
        QCOMPARE(named(s, u"regex"_s)->pass, std::optional<bool>(true));
        // A variable the row lacks is an error for that case only.
        const CaseScores missing = suite.score(input(u"PARIS"_s, {{u"a"_s, u"x"_s}, {u"prefix"_s, u"P"_s}}));
        QCOMPARE(int(named(missing, u"contains"_s)->status), int(ScoreResult::Status::Error));
        QVERIFY2(named(missing, u"contains"_s)->reason.contains(u"city"_s), qPrintable(named(missing, u"contains"_s)->reason));
    }

    void expectedColumnFeedsReferenceScorers()
    {
        const ScorerSuite suite(parse("- type: equals\n- type: squad-f1\n"));
        const CaseScores s = suite.score(input(u"Denver Broncos"_s, {}, {u"Broncos"_s}));
        QCOMPARE(named(s, u"equals"_s)->pass, std::optional<bool>(false));
        LATHE_COMPARE_NEAR(named(s, u"squad-f1"_s)->value, 2.0 / 3.0, 1e-12);
    }

    void asyncPathGivesTheSameVerdicts()
    {
        const ScorerSuite suite(parse("- {type: contains, value: a, weight: 3}\n- {type: contains, value: z}\n- {type: chrf, value: ab}\n"));
        QVERIFY(!suite.hasAsync());
        CaseScores viaAsync;
        int calls = 0;
        suite.scoreAsync(input(u"aa"_s), [&](CaseScores s) {
            viaAsync = std::move(s);
            ++calls;
        });
        QCOMPARE(calls, 1);
        const CaseScores direct = suite.score(input(u"aa"_s));
        QCOMPARE(viaAsync.scores.size(), direct.scores.size());
        LATHE_COMPARE_NEAR(viaAsync.total->value, direct.total->value, 0);
        QCOMPARE(viaAsync.total->pass, direct.total->pass);
    }
};

QTEST_APPLESS_MAIN(TestScorerSuite)
#include "tst_scorersuite.moc"
