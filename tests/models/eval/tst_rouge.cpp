// ROUGE against rouge_score 0.1.2 (the reference vectors and its own unit tests), and the
// Porter stemmer against NLTK's PorterStemmer() as rouge_score uses it.
#include "evaltest.h"

#include "eval/porterstemmer.h"
#include "eval/rouge.h"

#include <QTest>

#include <string>
#include <utility>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

Rouge::Type type(QStringView name)
{
    return *Rouge::Type::fromName(name);
}

} // namespace

class TestRouge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void types()
    {
        for (const QString &name : {u"rouge1"_s, u"rouge9"_s, u"rougeL"_s, u"rougeLsum"_s})
            QCOMPARE(Rouge::Type::fromName(name)->name(), name);
        for (const QString &name : {u"rougen"_s, u"rouge0"_s, u"rouge10"_s, u"rougel"_s, QString()})
            QVERIFY(!Rouge::Type::fromName(name));
    }

    void rouge1()
    {
        const RougeScore s = Rouge().score(u"testing one two", u"testing", type(u"rouge1"));
        LATHE_COMPARE_NEAR(s.precision, 1.0, 1e-12);
        LATHE_COMPARE_NEAR(s.recall, 1.0 / 3, 1e-12);
        LATHE_COMPARE_NEAR(s.fmeasure, 0.5, 1e-12);
    }

    void rouge2()
    {
        const RougeScore s = Rouge().score(u"testing one two", u"testing one", type(u"rouge2"));
        LATHE_COMPARE_NEAR(s.precision, 1.0, 1e-12);
        LATHE_COMPARE_NEAR(s.recall, 0.5, 1e-12);
        LATHE_COMPARE_NEAR(s.fmeasure, 2.0 / 3, 1e-12);
    }

    void rougeL_data()
    {
        QTest::addColumn<QString>("prediction");
        QTest::newRow("consecutive") << u"testing one"_s;
        QTest::newRow("non-consecutive") << u"testing two"_s;
    }

    void rougeL()
    {
        QFETCH(QString, prediction);
        const RougeScore s = Rouge().score(u"testing one two", prediction, type(u"rougeL"));
        LATHE_COMPARE_NEAR(s.precision, 1.0, 1e-12);
        LATHE_COMPARE_NEAR(s.recall, 2.0 / 3, 1e-12);
        LATHE_COMPARE_NEAR(s.fmeasure, 0.8, 1e-12);
    }

    void emptyPrediction_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"rouge1", "rouge2", "rougeL", "rougeLsum"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }

    void emptyPrediction()
    {
        QFETCH(QString, name);
        const Rouge rouge;
        QCOMPARE(rouge.score(u"testing one two", u"", type(name)), RougeScore());
        QCOMPARE(rouge.score(u"", u"testing one two", type(name)), RougeScore());
        QCOMPARE(rouge.score(u"", u"", type(name)), RougeScore());
        QCOMPARE(rouge.score(u"w1 w2", u"/ -- !", type(name)), RougeScore());  // no token at all
    }

    void rougeLsum()
    {
        const RougeScore s = Rouge().score(u"w1 w2 w3 w4 w5", u"w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", type(u"rougeLsum"));
        LATHE_COMPARE_NEAR(s.recall, 0.8, 1e-12);
        LATHE_COMPARE_NEAR(s.precision, 0.4, 1e-12);
        LATHE_COMPARE_NEAR(s.fmeasure, 0.5333333333333333, 1e-12);
        // Without newlines it is plain rougeL over one sentence.
        QCOMPARE(Rouge().score(u"a b c d", u"a c d b", type(u"rougeLsum")),
                 Rouge().score(u"a b c d", u"a c d b", type(u"rougeL")));
        // Empty lines are dropped; a sentence without tokens stays and contributes nothing.
        QCOMPARE(Rouge().score(u"w1 w2\n\n", u"w1 w2\n!!", type(u"rougeLsum")).fmeasure, 1.0);
    }

    void rougeLsumCountsEachTokenOnce()
    {
        // Both candidate sentences cover "a": it counts once, as often as it occurs on both sides.
        const RougeScore s = Rouge().score(u"a b", u"a\na", type(u"rougeLsum"));
        LATHE_COMPARE_NEAR(s.recall, 0.5, 1e-12);
        LATHE_COMPARE_NEAR(s.precision, 0.5, 1e-12);
    }

    void clippedNgrams()
    {
        // "the" occurs three times in the prediction but once in the target.
        const RougeScore s = Rouge().score(u"the cat", u"the the the", type(u"rouge1"));
        LATHE_COMPARE_NEAR(s.precision, 1.0 / 3, 1e-12);
        LATHE_COMPARE_NEAR(s.recall, 0.5, 1e-12);
    }

    void tokenizer()
    {
        const Rouge rouge;
        const std::vector<std::string> expected = {"hello", "world", "it", "s", "3", "14", "caf"};
        QCOMPARE(rouge.tokenize(u"Hello, WORLD! It's 3.14 café"), expected);
        // Everything outside [a-z0-9] after lowercasing separates tokens: Korean, emoji, and
        // Unicode whitespace produce no token.
        QCOMPARE(rouge.tokenize(u"안녕 😀\u3000ok"), std::vector<std::string>{"ok"});
        // Lowercasing can produce ASCII: the Kelvin sign, and "İ" (to "i" plus a combining dot).
        QCOMPARE(rouge.tokenize(u"\u212Aelvin İs"), (std::vector<std::string>{"kelvin", "i", "s"}));
    }

    void stemmerOnlyForLongTokens()
    {
        const Rouge stemmed(true);
        // "cats" (4 letters) is stemmed; "was" (3 letters) is not (Porter would give "wa").
        QCOMPARE(stemmed.tokenize(u"Cats was running"), (std::vector<std::string>{"cat", "was", "run"}));
        const RougeScore plain = Rouge().score(u"the cats are running", u"a cat runs", type(u"rouge1"));
        const RougeScore withStems = stemmed.score(u"the cats are running", u"a cat runs", type(u"rouge1"));
        QCOMPARE(plain.fmeasure, 0.0);
        LATHE_COMPARE_NEAR(withStems.precision, 2.0 / 3, 1e-12);
        LATHE_COMPARE_NEAR(withStems.recall, 0.5, 1e-12);
    }

    void porterStems()
    {
        // Expected stems produced by NLTK's PorterStemmer() (NLTK_EXTENSIONS mode).
        static const std::pair<const char *, const char *> stems[] = {
        {"caresses", "caress"}, {"ponies", "poni"}, {"ties", "tie"}, {"flies", "fli"}, {"dies", "die"},
        {"died", "die"}, {"spied", "spi"}, {"agreed", "agre"}, {"feed", "feed"}, {"plastered", "plaster"},
        {"motoring", "motor"}, {"sing", "sing"}, {"conflated", "conflat"}, {"troubled", "troubl"},
        {"sized", "size"}, {"hopping", "hop"}, {"falling", "fall"}, {"hissing", "hiss"}, {"fizzed", "fizz"},
        {"failing", "fail"}, {"filing", "file"}, {"happy", "happi"}, {"enjoy", "enjoy"}, {"sky", "sky"},
        {"skies", "sky"}, {"dying", "die"}, {"lying", "lie"}, {"news", "news"}, {"innings", "inning"},
        {"proceed", "proceed"}, {"succeeded", "succeed"}, {"relational", "relat"}, {"conditional", "condit"},
        {"rational", "ration"}, {"digitizer", "digit"}, {"operator", "oper"}, {"feudalism", "feudal"},
        {"decisiveness", "decis"}, {"hopefulness", "hope"}, {"callousness", "callous"},
        {"formality", "formal"}, {"sensitivity", "sensit"}, {"sensibility", "sensibl"},
        {"triplicate", "triplic"}, {"formative", "form"}, {"formalize", "formal"}, {"electricity", "electr"},
        {"electrical", "electr"}, {"hopeful", "hope"}, {"goodness", "good"}, {"revival", "reviv"},
        {"allowance", "allow"}, {"inference", "infer"}, {"airliner", "airlin"}, {"gyroscopic", "gyroscop"},
        {"adjustable", "adjust"}, {"defensible", "defens"}, {"irritant", "irrit"}, {"replacement", "replac"},
        {"adjustment", "adjust"}, {"dependent", "depend"}, {"adoption", "adopt"}, {"homologous", "homolog"},
        {"communism", "commun"}, {"activate", "activ"}, {"angularity", "angular"}, {"effective", "effect"},
        {"bowdlerize", "bowdler"}, {"probate", "probat"}, {"rate", "rate"}, {"cease", "ceas"},
        {"controlling", "control"}, {"rolling", "roll"}, {"geology", "geolog"}, {"analogously", "analog"},
        {"generously", "gener"}, {"running", "run"}, {"testing", "test"}, {"summaries", "summari"},
        {"summarization", "summar"},
        };
        for (const auto &[word, stem] : stems)
            QCOMPARE(PorterStemmer::stem(word), std::string(stem));
    }

    void multipleTargets()
    {
        const Rouge rouge;
        const RougeScore best = rouge.scoreMulti({u"x y z"_s, u"testing one two"_s, u"testing"_s}, u"testing", type(u"rouge1"));
        QCOMPARE(best.fmeasure, 1.0);
        // The first target wins a tie: both give F = 0.5, with different P and R.
        const RougeScore first = rouge.score(u"a c", u"a b", type(u"rouge1"));
        const RougeScore second = rouge.score(u"a b c d e f", u"a b", type(u"rouge1"));
        QCOMPARE(first.fmeasure, second.fmeasure);
        QVERIFY(first.precision != second.precision);
        QCOMPARE(rouge.scoreMulti({u"a c"_s, u"a b c d e f"_s}, u"a b", type(u"rouge1")), first);
        QCOMPARE(rouge.scoreMulti({u"a b c d e f"_s, u"a c"_s}, u"a b", type(u"rouge1")), second);
        QCOMPARE(rouge.scoreMulti({}, u"a", type(u"rouge1")), RougeScore());
    }

    void mean()
    {
        const RougeScore m = Rouge::mean({RougeScore{1.0, 0.5, 2.0 / 3}, RougeScore{0.0, 0.0, 0.0}});
        LATHE_COMPARE_NEAR(m.precision, 0.5, 1e-12);
        LATHE_COMPARE_NEAR(m.recall, 0.25, 1e-12);
        LATHE_COMPARE_NEAR(m.fmeasure, 1.0 / 3, 1e-12);
        QCOMPARE(Rouge::mean({}), RougeScore());
    }
};

QTEST_APPLESS_MAIN(TestRouge)
#include "tst_rouge.moc"
