// Levenshtein and fuzzy ratio against RapidFuzz 3, over code points.
#include "evaltest.h"

#include "eval/fuzzy.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestFuzzy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceVectors()
    {
        QCOMPARE(Fuzzy::levenshteinDistance(u"lewenstein", u"levenshtein"), 2);
        LATHE_COMPARE_NEAR(Fuzzy::levenshteinSimilarity(u"lewenstein", u"levenshtein"), 0.8181818181818181, 1e-12);
        QCOMPARE(Fuzzy::levenshteinDistance(u"kitten", u"sitting"), 3);
        LATHE_COMPARE_NEAR(Fuzzy::ratio(u"kitten", u"sitting"), 61.53846153846154, 1e-9);
        LATHE_COMPARE_NEAR(Fuzzy::ratio(u"new york mets", u"the wonderful new york mets"), 65.0, 1e-9);
        QCOMPARE(Fuzzy::indelDistance(u"kitten", u"sitting"), 5);
    }

    void empty()
    {
        QCOMPARE(Fuzzy::levenshteinDistance(u"", u""), 0);
        QCOMPARE(Fuzzy::levenshteinSimilarity(u"", u""), 1.0);
        QCOMPARE(Fuzzy::ratio(u"", u""), 100.0);
        QCOMPARE(Fuzzy::levenshteinDistance(u"", u"abc"), 3);
        QCOMPARE(Fuzzy::levenshteinSimilarity(u"abc", u""), 0.0);
        QCOMPARE(Fuzzy::ratio(u"abc", u""), 0.0);
    }

    void codePoints()
    {
        // An emoji is one code point (two UTF-16 units): one substitution.
        QCOMPARE(Fuzzy::levenshteinDistance(u"😀", u"😃"), 1);
        QCOMPARE(Fuzzy::levenshteinDistance(u"a😀b", u"ab"), 1);
        LATHE_COMPARE_NEAR(Fuzzy::levenshteinSimilarity(u"😀😀", u"😀😃"), 0.5, 1e-12);
        QCOMPARE(Fuzzy::levenshteinDistance(u"한국어", u"한국말"), 1);
        LATHE_COMPARE_NEAR(Fuzzy::ratio(u"한국어", u"한국말"), 100.0 * (1.0 - 2.0 / 6.0), 1e-9);
        QCOMPARE(Fuzzy::levenshteinDistance(u"a\u3000b", u"a b"), 1);
        LATHE_COMPARE_NEAR(Fuzzy::ratio(u"ab", u"ba"), 50.0, 1e-12);
    }

    void symmetric()
    {
        QCOMPARE(Fuzzy::levenshteinDistance(u"flaw", u"lawn"), Fuzzy::levenshteinDistance(u"lawn", u"flaw"));
        QCOMPARE(Fuzzy::ratio(u"flaw", u"lawn"), Fuzzy::ratio(u"lawn", u"flaw"));
    }
};

QTEST_APPLESS_MAIN(TestFuzzy)
#include "tst_fuzzy.moc"
