// chrF and chrF++ against sacreBLEU 2.x: the reference vectors (metrics-reference.md and
// sacreBLEU's test suite) and edge cases.
#include "evaltest.h"

#include "eval/chrf.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

Chrf::Options withBeta(double beta, bool eps = false)
{
    Chrf::Options o;
    o.beta = beta;
    o.epsSmoothing = eps;
    return o;
}

} // namespace

class TestChrf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // sacreBLEU's test_chrf_eff_order: beta 3, default (effective order) F.
    void effectiveOrder_data()
    {
        QTest::addColumn<QStringList>("hyps");
        QTest::addColumn<QStringList>("refs");
        QTest::addColumn<double>("expected");
        QTest::newRow("a/a") << QStringList{u"a"_s} << QStringList{u"a"_s} << 100.0;
        QTest::newRow("empty/reference") << QStringList{QString()} << QStringList{u"reference"_s} << 0.0;
        QTest::newRow("a b c/a b c") << QStringList{u"a b c"_s} << QStringList{u"a b c"_s} << 100.0;
        QTest::newRow("a b c/abc") << QStringList{u"a b c"_s} << QStringList{u"abc"_s} << 100.0;
        QTest::newRow("empty/c") << QStringList{QString()} << QStringList{u"c"_s} << 0.0;
        QTest::newRow("a,b/a,c") << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s, u"c"_s} << 50.0;
        QTest::newRow("aa/ab") << QStringList{u"aa"_s} << QStringList{u"ab"_s} << 25.0;
    }

    void effectiveOrder()
    {
        QFETCH(QStringList, hyps);
        QFETCH(QStringList, refs);
        QFETCH(double, expected);
        LATHE_COMPARE_NEAR(Chrf(withBeta(3)).corpusScore(hyps, {refs}).score, expected, 1e-4);
    }

    // sacreBLEU's test_chrf: beta 3 with epsilon smoothing.
    void epsSmoothing_data()
    {
        QTest::addColumn<QString>("hyp");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<double>("expected");
        QTest::newRow("disjoint") << u"abcdefg"_s << u"hijklmnop"_s << 0.0;
        QTest::newRow("a/b") << u"a"_s << u"b"_s << 0.0;
        QTest::newRow("empty/b") << QString() << u"b"_s << 0.0;
        QTest::newRow("empty/ref") << QString() << u"ref"_s << 0.0;
        QTest::newRow("aa/ab") << u"aa"_s << u"ab"_s << 8.3333;
        QTest::newRow("a/a") << u"a"_s << u"a"_s << 16.6667;
        QTest::newRow("a b c/a b c") << u"a b c"_s << u"a b c"_s << 50.0;
        QTest::newRow("a b c/abc") << u"a b c"_s << u"abc"_s << 50.0;
        QTest::newRow("risk") << u" risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists ."_s
                              << u"risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ."_s
                              << 63.361730;
        QTest::newRow("obama") << u" Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. "_s
                               << u"Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."_s << 64.1302698;
        QTest::newRow("identical") << u"Niemand hat die Absicht, eine Mauer zu errichten"_s
                                   << u"Niemand hat die Absicht, eine Mauer zu errichten"_s << 100.0;
    }

    void epsSmoothing()
    {
        QFETCH(QString, hyp);
        QFETCH(QString, ref);
        QFETCH(double, expected);
        LATHE_COMPARE_NEAR(Chrf(withBeta(3, true)).corpusScore({hyp}, {{ref}}).score, expected, 1e-4);
    }

    void epsSmoothingTwoSegments()
    {
        LATHE_COMPARE_NEAR(Chrf(withBeta(3, true)).corpusScore({u"a"_s, u"b"_s}, {{u"a"_s, u"c"_s}}).score, 8.3333, 1e-4);
    }

    // sacreBLEU's test_chrf_keep_whitespace: beta 3, whitespace kept in character n-grams.
    void keepWhitespace_data()
    {
        QTest::addColumn<QString>("hyp");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<double>("expected");
        QTest::newRow("obama") << u"Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich."_s
                               << u"Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."_s << 67.3481606;
        QTest::newRow("risk") << u"risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists ."_s
                              << u"risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ."_s
                              << 65.2414427;
    }

    void keepWhitespace()
    {
        QFETCH(QString, hyp);
        QFETCH(QString, ref);
        QFETCH(double, expected);
        Chrf::Options o = withBeta(3);
        o.whitespace = true;
        LATHE_COMPARE_NEAR(Chrf(o).corpusScore({hyp}, {{ref}}).score, expected, 1e-4);
    }

    // sacreBLEU's test_chrf_sentence_level: default beta 2 with epsilon smoothing.
    void sentenceLevel_data()
    {
        QTest::addColumn<QString>("hyp");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<double>("expected");
        QTest::newRow("1") << u"Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře."_s
                           << u"Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře."_s << 39.14078509;
        QTest::newRow("2") << u"Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři."_s
                           << u"A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři."_s << 31.22557079;
        QTest::newRow("3") << u"Lapali po dechu, jejich životy skončily dřív, než skutečně začaly."_s
                           << u"Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli."_s << 57.15704367;
    }

    void sentenceLevel()
    {
        QFETCH(QString, hyp);
        QFETCH(QString, ref);
        QFETCH(double, expected);
        LATHE_COMPARE_NEAR(Chrf(withBeta(2, true)).sentenceScore(hyp, {ref}).score, expected, 1e-4);
    }

    void defaults()
    {
        LATHE_COMPARE_NEAR(Chrf().corpusScore({u"aa"_s}, {{u"ab"_s}}).score, 25.0, 1e-12);
        const ChrfScore plus = Chrf(Chrf::chrfPlusPlus()).corpusScore({u"aa"_s}, {{u"ab"_s}});
        LATHE_COMPARE_NEAR(plus.score, 16.666666666666664, 1e-12);
        QCOMPARE(plus.name, u"chrF2++"_s);
        QCOMPARE(plus.statistics.orders(), 8);
        QCOMPARE(Chrf().corpusScore({u"a"_s}, {{u"a"_s}}).format(), u"chrF2 = 100.00"_s);
    }

    void readmeCorpusMultipleReferences()
    {
        const QStringList hyps = {u"The dog bit the man."_s, u"It wasn't surprising."_s, u"The man had just bitten him."_s};
        const QList<QStringList> refs = {
            {u"The dog bit the man."_s, u"It was not unexpected."_s, u"The man bit him first."_s},
            {u"The dog had bit the man."_s, u"No one was surprised."_s, u"The man had bitten the dog."_s},
        };
        const Chrf chrf;
        const ChrfScore s = chrf.corpusScore(hyps, refs);
        LATHE_COMPARE_NEAR(s.score, 59.72751782684763, 1e-9);
        // The corpus statistics are the per-segment statistics of the best reference, summed.
        ChrfStatistics sum(6);
        for (qsizetype i = 0; i < hyps.size(); ++i)
            sum += chrf.segmentStatistics(hyps[i], {refs[0][i], refs[1][i]});
        QCOMPARE(sum, s.statistics);
        QCOMPARE(chrf.score(sum).score, s.score);
    }

    void bestReferenceFirstOnTies()
    {
        const Chrf chrf;
        // "abc" and "abd" give the same F against "abx"; the first is kept.
        const ChrfStatistics first = chrf.segmentStatistics(u"abx", {u"abc"_s});
        QCOMPARE(chrf.segmentStatistics(u"abx", {u"abc"_s, u"abd"_s}), first);
        // A better later reference wins.
        QCOMPARE(chrf.segmentStatistics(u"abx", {u"zzz"_s, u"abc"_s}), first);
    }

    void hypothesisCountNeedsReferenceNgrams()
    {
        // The reference has no n-gram of orders 2..6: those hypothesis counts are recorded as 0.
        const ChrfStatistics s = Chrf().segmentStatistics(u"abc", {u"a"_s});
        QCOMPARE(s.hypothesis(0), 3);
        QCOMPARE(s.reference(0), 1);
        QCOMPARE(s.matches(0), 1);
        QCOMPARE(s.hypothesis(1), 0);
        QCOMPARE(s.reference(1), 0);
    }

    void plusPlusWordSplit()
    {
        // "(hi)" splits into "(hi" and ")" (only one character comes off), "a." into "a" and ".".
        const Chrf chrf(Chrf::chrfPlusPlus());
        const ChrfStatistics s = chrf.segmentStatistics(u"(hi) a.", {u"(hi) a."_s});
        QCOMPARE(s.hypothesis(6), 4);  // word unigrams: "(hi" ")" "a" "."
        QCOMPARE(s.matches(6), 4);
        QCOMPARE(s.hypothesis(7), 3);
        QCOMPARE(s.matches(7), 3);
        // "(hi )" gives "(" "hi" ")": only ")" matches "(hi" ")".
        const ChrfStatistics t = chrf.segmentStatistics(u"(hi)", {u"(hi )"_s});
        QCOMPARE(t.reference(6), 3);
        QCOMPARE(t.matches(6), 1);
    }

    void emptySides()
    {
        const Chrf chrf;
        QCOMPARE(chrf.sentenceScore(QString(), {u"abc"_s}).score, 0.0);
        QCOMPARE(chrf.sentenceScore(u"abc"_s, {QString()}).score, 0.0);
        QCOMPARE(chrf.sentenceScore(QString(), {QString()}).score, 0.0);
        QCOMPARE(chrf.sentenceScore(u"abc"_s, {QString(), u"abc"_s}).score, 100.0);
        QCOMPARE(chrf.sentenceScore(u"abc"_s, {}).score, 0.0);
    }

    void unicode()
    {
        const Chrf chrf;
        // Ideographic and no-break spaces are whitespace and vanish from character n-grams.
        QCOMPARE(chrf.sentenceScore(u"안녕\u3000하세요"_s, {u"안녕 하세요"_s}).score, 100.0);
        QCOMPARE(chrf.sentenceScore(u"a\u00A0b"_s, {u"ab"_s}).score, 100.0);
        // Code points: an emoji is one character.
        const ChrfStatistics s = chrf.segmentStatistics(u"😀😀"_s, {u"😀"_s});
        QCOMPARE(s.hypothesis(0), 2);
        QCOMPARE(s.reference(0), 1);
        QCOMPARE(s.matches(0), 1);
        // Korean syllables: "학교에" vs "학교가": 2 of 3 unigrams, 1 of 2 bigrams.
        const ChrfStatistics k = chrf.segmentStatistics(u"학교에"_s, {u"학교가"_s});
        QCOMPARE(k.matches(0), 2);
        QCOMPARE(k.matches(1), 1);
    }

    void lowercaseOption()
    {
        Chrf::Options o;
        o.lowercase = true;
        QCOMPARE(Chrf(o).sentenceScore(u"ÉCOLE"_s, {u"école"_s}).score, 100.0);
        QVERIFY(Chrf().sentenceScore(u"ÉCOLE"_s, {u"école"_s}).score < 100.0);
    }
};

QTEST_APPLESS_MAIN(TestChrf)
#include "tst_chrf.moc"
