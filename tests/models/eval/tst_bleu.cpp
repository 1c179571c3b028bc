// BLEU against sacreBLEU 2.x: the reference vectors (docs: metrics-reference.md, sacreBLEU's
// own test suite) and edge cases (empty sides, several references, Unicode).
#include "evaltest.h"

#include "eval/bleu.h"
#include "eval/unicodetext.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

const QStringList kHyps = {QStringLiteral("The dog bit the man."), QStringLiteral("It wasn't surprising."),
                           QStringLiteral("The man had just bitten him.")};
const QList<QStringList> kRefs = {
    {QStringLiteral("The dog bit the man."), QStringLiteral("It was not unexpected."),
     QStringLiteral("The man bit him first.")},
    {QStringLiteral("The dog had bit the man."), QStringLiteral("No one was surprised."),
     QStringLiteral("The man had bitten the dog.")},
};

QString tokenized(const QString &text, BleuTokenizer::Kind kind = BleuTokenizer::Kind::Tok13a)
{
    return UnicodeText::toQString(BleuTokenizer::tokenized(UnicodeText::codePoints(text), kind));
}

Bleu makeBleu(BleuTokenizer::Kind tokenizer, Bleu::Smoothing smoothing, std::optional<double> value = {})
{
    Bleu::Options o;
    o.tokenizer = tokenizer;
    o.smoothing = smoothing;
    o.smoothValue = value;
    return Bleu(o);
}

} // namespace

class TestBleu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusDefaults()
    {
        const BleuScore s = Bleu().corpusScore(kHyps, kRefs);
        LATHE_COMPARE_NEAR(s.score, 48.530827009929865, 1e-9);
        QCOMPARE(s.statistics.correct, (QList<qint64>{14, 7, 5, 3}));
        QCOMPARE(s.statistics.total, (QList<qint64>{17, 14, 11, 8}));
        QCOMPARE(s.statistics.hypLength, 17);
        QCOMPARE(s.statistics.refLength, 18);
        LATHE_COMPARE_NEAR(s.brevityPenalty, 0.9428731438548749, 1e-12);
        QCOMPARE(s.format(), QStringLiteral("BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 "
                                            "hyp_len = 17 ref_len = 18)"));
    }

    void corpusOptions_data()
    {
        QTest::addColumn<int>("tokenizer");
        QTest::addColumn<int>("smoothing");
        QTest::addColumn<int>("maxOrder");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        const int t13a = int(BleuTokenizer::Kind::Tok13a);
        const int exp = int(Bleu::Smoothing::Exp);
        QTest::newRow("tokenize none") << int(BleuTokenizer::Kind::None) << exp << 4 << 49.19195660047277 << 1e-9;
        QTest::newRow("smooth none") << t13a << int(Bleu::Smoothing::None) << 4 << 48.530827009929865 << 1e-9;
        QTest::newRow("max order 1") << t13a << exp << 1 << 77.6484 << 1e-4;
        QTest::newRow("max order 2") << t13a << exp << 2 << 60.5031 << 1e-4;
        QTest::newRow("max order 3") << t13a << exp << 3 << 53.9339 << 1e-4;
        QTest::newRow("max order 4") << t13a << exp << 4 << 48.5308 << 1e-4;
        QTest::newRow("max order 5") << t13a << exp << 5 << 46.1442 << 1e-4;
        QTest::newRow("max order 6") << t13a << exp << 6 << 43.2832 << 1e-4;
    }

    void corpusOptions()
    {
        QFETCH(int, tokenizer);
        QFETCH(int, smoothing);
        QFETCH(int, maxOrder);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        Bleu::Options o;
        o.tokenizer = BleuTokenizer::Kind(tokenizer);
        o.smoothing = Bleu::Smoothing(smoothing);
        o.maxOrder = maxOrder;
        const BleuScore s = Bleu(o).corpusScore(kHyps, kRefs);
        LATHE_COMPARE_NEAR(s.score, expected, tolerance);
        QCOMPARE(s.precisions.size(), maxOrder);
    }

    void emptyHypotheses()
    {
        const BleuScore s = Bleu().corpusScore({QString(), QString(), QString()}, kRefs);
        QCOMPARE(s.score, 0.0);
        QCOMPARE(s.brevityPenalty, 0.0);
        QCOMPARE(s.statistics.hypLength, 0);
        QCOMPARE(s.statistics.refLength, 17);  // the shortest reference of each segment
    }

    // sacreBLEU's test_effective_order vectors (its raw_corpus_bleu: tokenize none, floor
    // smoothing with value 0.01, effective order).
    void effectiveOrder_data()
    {
        QTest::addColumn<QString>("hyp");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<double>("expected");
        QTest::newRow("fest") << u"this is a fest"_s << u"this is a test"_s << 22.3606797749979;
        QTest::newRow("short") << u"test"_s << u"a test"_s << 36.78794411714425;
        QTest::newRow("same") << u"a test"_s << u"a test"_s << 100.0;
        QTest::newRow("little") << u"a little test"_s << u"a test"_s << 3.218297948685433;
    }

    void effectiveOrder()
    {
        QFETCH(QString, hyp);
        QFETCH(QString, ref);
        QFETCH(double, expected);
        Bleu::Options o;
        o.tokenizer = BleuTokenizer::Kind::None;
        o.smoothing = Bleu::Smoothing::Floor;
        o.smoothValue = 0.01;
        o.effectiveOrder = true;
        LATHE_COMPARE_NEAR(Bleu(o).corpusScore({hyp}, {{ref}}).score, expected, 1e-8);
        // sentenceScore always uses the effective order.
        o.effectiveOrder = false;
        LATHE_COMPARE_NEAR(Bleu(o).sentenceScore(hyp, {ref}).score, expected, 1e-8);
    }

    void floorDefaultValue()
    {
        // Floor's default value is 0.1: the fourth precision of "this is a fest" is 100 * 0.1 / 1.
        const BleuScore s = makeBleu(BleuTokenizer::Kind::None, Bleu::Smoothing::Floor)
                                .sentenceScore(u"this is a fest", {u"this is a test"_s});
        LATHE_COMPARE_NEAR(s.precisions[3], 10.0, 1e-12);
        LATHE_COMPARE_NEAR(s.score, std::pow(75.0 * (200.0 / 3.0) * 50.0 * 10.0, 0.25), 1e-9);
    }

    void computeFromStatistics()
    {
        BleuStatistics st(4);
        st.correct = {9, 7, 5, 3};
        st.total = {10, 8, 6, 4};
        st.hypLength = 11;
        st.refLength = 11;
        LATHE_COMPARE_NEAR(Bleu::compute(st, Bleu::Smoothing::None, 0, false).score, 83.75922397, 1e-6);
    }

    void degenerateStatistics_data()
    {
        QTest::addColumn<QList<qint64>>("correct");
        QTest::addColumn<QList<qint64>>("total");
        QTest::addColumn<qint64>("hypLen");
        QTest::addColumn<qint64>("refLen");
        QTest::addColumn<double>("floor");
        QTest::newRow("no matches") << QList<qint64>{0, 0, 0, 0} << QList<qint64>{4, 4, 2, 1} << qint64(0) << qint64(1) << 0.0;
        QTest::newRow("no 4-gram total") << QList<qint64>{0, 0, 0, 0} << QList<qint64>{10, 11, 12, 0} << qint64(14) << qint64(10) << 0.0;
        QTest::newRow("all zero") << QList<qint64>{0, 0, 0, 0} << QList<qint64>{0, 0, 0, 0} << qint64(0) << qint64(0) << 0.0;
        QTest::newRow("floor zero") << QList<qint64>{6, 5, 4, 0} << QList<qint64>{6, 5, 4, 3} << qint64(6) << qint64(6) << 0.0;
        QTest::newRow("floor 0.1") << QList<qint64>{0, 0, 0, 0} << QList<qint64>{0, 0, 0, 0} << qint64(0) << qint64(0) << 0.1;
        QTest::newRow("floor 0.01") << QList<qint64>{0, 0, 0, 0} << QList<qint64>{0, 0, 0, 0} << qint64(1) << qint64(5) << 0.01;
    }

    void degenerateStatistics()
    {
        QFETCH(QList<qint64>, correct);
        QFETCH(QList<qint64>, total);
        QFETCH(qint64, hypLen);
        QFETCH(qint64, refLen);
        QFETCH(double, floor);
        BleuStatistics st(4);
        st.correct = correct;
        st.total = total;
        st.hypLength = hypLen;
        st.refLength = refLen;
        QCOMPARE(Bleu::compute(st, Bleu::Smoothing::Floor, floor, false).score, 0.0);
    }

    void addK()
    {
        // add-k adds k to the counts of orders 2..4: "a b c" vs "a b d": 2/3, 2/3, 1/2, 1/1.
        const BleuScore s = makeBleu(BleuTokenizer::Kind::None, Bleu::Smoothing::AddK)
                                .sentenceScore(u"a b c", {u"a b d"_s});
        LATHE_COMPARE_NEAR(s.precisions[0], 100.0 * 2 / 3, 1e-12);
        LATHE_COMPARE_NEAR(s.precisions[1], 100.0 * 2 / 3, 1e-12);
        LATHE_COMPARE_NEAR(s.precisions[2], 50.0, 1e-12);
        LATHE_COMPARE_NEAR(s.precisions[3], 100.0, 1e-12);
        QCOMPARE(s.effectiveOrder, 4);
        QCOMPARE(s.statistics.correct, (QList<qint64>{2, 1, 0, 0}));  // the statistics stay raw
    }

    void tokenizer13a_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reference") << u"Hello, world! It's 3.14 and 1,000 -- ok."_s
                                   << u"Hello , world ! It's 3.14 and 1,000 -- ok ."_s;
        QTest::newRow("digit dash") << u"a-b 3-4"_s << u"a-b 3 - 4"_s;
        QTest::newRow("skipped") << u"x<skipped>y"_s << u"xy"_s;
        QTest::newRow("entities") << u"&lt;tag&gt; &quot;q&quot; &amp;"_s << u"< tag > \" q \" &"_s;
        QTest::newRow("entity order") << u"&amp;lt;"_s << u"<"_s;
        QTest::newRow("brackets") << u"(hi) [x] {y}"_s << u"( hi ) [ x ] { y }"_s;
        QTest::newRow("trailing period after number") << u"1.5."_s << u"1.5 ."_s;
        QTest::newRow("hyphen newline") << u"co-\noperate\nnow"_s << u"cooperate now"_s;
        QTest::newRow("unicode whitespace") << u"a\u3000b\u00A0c\u2009d\u0085e"_s << u"a b c d e"_s;
        QTest::newRow("zero width space is no whitespace") << u"a\u200Bb"_s << u"a\u200Bb"_s;
        QTest::newRow("korean") << u"안녕하세요, 세계!"_s << u"안녕하세요 , 세계 !"_s;
        QTest::newRow("emoji") << u"좋아요👍🏽!"_s << u"좋아요👍🏽 !"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void tokenizer13a()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(tokenized(input), expected);
    }

    void charTokenizer()
    {
        QCOMPARE(tokenized(u"안녕 하세요"_s, BleuTokenizer::Kind::Char), u"안 녕 하 세 요"_s);
        // Code points, not UTF-16 units: the thumbs-up and its skin tone are one token each.
        QCOMPARE(tokenized(u"👍🏽 ok"_s, BleuTokenizer::Kind::Char), u"👍 🏽 o k"_s);
        QCOMPARE(tokenized(u"a\u3000b"_s, BleuTokenizer::Kind::Char), u"a b"_s);
        const BleuStatistics st = makeBleu(BleuTokenizer::Kind::Char, Bleu::Smoothing::Exp)
                                      .segmentStatistics(u"👍🏽 좋아", {u"👍 좋아"_s});
        QCOMPARE(st.hypLength, 4);
        QCOMPARE(st.refLength, 3);
        QCOMPARE(st.correct, (QList<qint64>{3, 1, 0, 0}));
    }

    void koreanAndEmojiScores()
    {
        const QString ko = u"나는 학교에 갑니다. 오늘은 날씨가 좋아요 😀"_s;
        QCOMPARE(Bleu().sentenceScore(ko, {ko}).score, 100.0);
        const Bleu charBleu = makeBleu(BleuTokenizer::Kind::Char, Bleu::Smoothing::Exp);
        QCOMPARE(charBleu.sentenceScore(ko, {ko}).score, 100.0);
        // One changed syllable of 19 code points: unigram precision 18/19 at character level.
        const BleuScore s = charBleu.sentenceScore(u"나는 학교에 갑니다. 오늘은 날씨가 좋아요 😀", {u"나는 학교에 갑니다. 오늘도 날씨가 좋아요 😀"_s});
        QCOMPARE(s.statistics.total[0], 19);
        QCOMPARE(s.statistics.correct[0], 18);
    }

    void multipleReferences()
    {
        const Bleu bleu = makeBleu(BleuTokenizer::Kind::None, Bleu::Smoothing::Exp);
        // Equally close references: the shorter length wins.
        QCOMPARE(bleu.segmentStatistics(u"a b c", {u"a b"_s, u"a b c d"_s}).refLength, 2);
        QCOMPARE(bleu.segmentStatistics(u"a b c", {u"a b c d"_s, u"a b"_s}).refLength, 2);
        QCOMPARE(bleu.segmentStatistics(u"a b c", {u"a"_s, u"a b c d e"_s}).refLength, 1);
        // Clipping by the largest count in any single reference (not the sum).
        const BleuStatistics st = bleu.segmentStatistics(u"the the the", {u"the cat"_s, u"the the mat"_s});
        QCOMPARE(st.correct[0], 2);
        QCOMPARE(st.correct[1], 1);
        QCOMPARE(st.total, (QList<qint64>{3, 2, 1, 0}));
    }

    void emptyReference()
    {
        const Bleu bleu;
        // An empty reference among others is ignored (a segment may have fewer references).
        QCOMPARE(bleu.sentenceScore(u"a b", {QString(), u"a b"_s}).score, 100.0);
        QCOMPARE(bleu.segmentStatistics(u"a b", {QString(), u"a b"_s}).refLength, 2);
        // Only empty references: scored against an empty reference.
        const BleuStatistics st = bleu.segmentStatistics(u"a b", {QString()});
        QCOMPARE(st.refLength, 0);
        QCOMPARE(st.correct, (QList<qint64>{0, 0, 0, 0}));
        QCOMPARE(bleu.score(st).score, 0.0);
        QCOMPARE(bleu.segmentStatistics(u"a b", QStringList()).refLength, 0);
        QCOMPARE(bleu.sentenceScore(QString(), {QString()}).score, 0.0);
    }

    void emptyHypothesisSentence()
    {
        const BleuScore s = Bleu().sentenceScore(QString(), {u"a reference"_s});
        QCOMPARE(s.score, 0.0);
        QCOMPARE(s.statistics.total, (QList<qint64>{0, 0, 0, 0}));
    }

    void lowercase()
    {
        Bleu::Options o;
        QVERIFY(Bleu(o).sentenceScore(u"THE DOG", {u"the dog"_s}).score < 1.0);
        o.lowercase = true;
        QCOMPARE(Bleu(o).sentenceScore(u"THE DOG", {u"the dog"_s}).score, 100.0);
        QCOMPARE(Bleu(o).sentenceScore(u"ΟΔΟΣ", {u"\u03BF\u03B4\u03BF\u03C2"_s}).score, 100.0);  // final sigma
    }

    void trailingWhitespaceIsStripped()
    {
        // rstrip happens before tokenizing, so a trailing "-\n" is not joined.
        QCOMPARE(Bleu().segmentStatistics(u"well-\n", {u"well-"_s}).correct[0], 1);
    }

    void statisticsAddUp()
    {
        const Bleu bleu;
        BleuStatistics sum(4);
        for (qsizetype i = 0; i < kHyps.size(); ++i)
            sum += bleu.segmentStatistics(kHyps[i], {kRefs[0][i], kRefs[1][i]});
        const BleuScore corpus = bleu.corpusScore(kHyps, kRefs);
        QCOMPARE(sum, corpus.statistics);
        QCOMPARE(bleu.score(sum).score, corpus.score);
        QCOMPARE(BleuStatistics::fromList(sum.toList()), sum);
        QCOMPARE(sum.toList(), (QList<qint64>{17, 18, 14, 7, 5, 3, 17, 14, 11, 8}));
    }

    void sentenceIdentity()
    {
        QCOMPARE(Bleu().sentenceScore(kHyps[0], {kRefs[0][0], kRefs[1][0]}).score, 100.0);
    }
};

QTEST_APPLESS_MAIN(TestBleu)
#include "tst_bleu.moc"
