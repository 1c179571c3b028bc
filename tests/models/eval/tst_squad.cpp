// SQuAD exact match and F1 against the official evaluation scripts (v2.0 rules).
#include "evaltest.h"

#include "eval/squad.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestSquad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case and punctuation") << u"The Quick, Brown fox!"_s << u"quick brown fox"_s;
        QTest::newRow("articles") << u"an apple a day, the end"_s << u"apple day end"_s;
        QTest::newRow("article inside a word stays") << u"theater another"_s << u"theater another"_s;
        QTest::newRow("punctuation goes before articles") << u"a-b the_end"_s << u"ab theend"_s;
        QTest::newRow("unicode word boundary") << u"ça a"_s << u"ça"_s;
        QTest::newRow("article next to non-ASCII punctuation") << u"the—end"_s << u"—end"_s;
        QTest::newRow("unicode whitespace") << u"new\u3000york\u00A0city"_s << u"new york city"_s;
        QTest::newRow("final sigma") << u"ΟΔΟΣ"_s << u"οδος"_s.replace(3, 1, QChar(0x3C2));
        QTest::newRow("korean keeps non-ASCII punctuation") << u"서울。"_s << u"서울。"_s;
        QTest::newRow("only articles") << u"The a AN"_s << QString();
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Squad::normalize(input), expected);
    }

    void referenceVectors()
    {
        QCOMPARE(Squad::exactMatch(u"1976", {u"1976"_s}), 1.0);
        QCOMPARE(Squad::f1(u"1976", {u"1976"_s}), 1.0);
        const Squad::Score one = Squad::corpus({u"1976"_s}, {{u"1976"_s}});
        QCOMPARE(one.exactMatch, 100.0);
        QCOMPARE(one.f1, 100.0);

        const Squad::Score three = Squad::corpus({u"1976"_s, u"Beyonce"_s, u"climate change"_s},
                                                 {{u"1976"_s, u"Beyoncé and Bruno Mars"_s, u"climate change"_s}});
        LATHE_COMPARE_NEAR(three.exactMatch, 66.66666666666667, 1e-9);
        LATHE_COMPARE_NEAR(three.f1, 66.66666666666667, 1e-9);
        QCOMPARE(three.count, 3);

        LATHE_COMPARE_NEAR(Squad::f1(u"Denver Broncos", {u"Broncos"_s}), 2.0 / 3, 1e-12);
        LATHE_COMPARE_NEAR(Squad::f1(u"Broncos", {u"Denver Broncos"_s}), 2.0 / 3, 1e-12);
        LATHE_COMPARE_NEAR(Squad::f1(u"Santa Clara, California", {u"Santa Clara"_s}), 0.8, 1e-12);
        QCOMPARE(Squad::exactMatch(u"Santa Clara, California", {u"Santa Clara"_s}), 0.0);
    }

    void maximumOverGolds()
    {
        QCOMPARE(Squad::exactMatch(u"Denver Broncos", {u"Broncos"_s, u"the Denver Broncos"_s}), 1.0);
        QCOMPARE(Squad::f1(u"Denver Broncos", {u"Broncos"_s, u"Denver Broncos!"_s}), 1.0);
        const Squad::Score s = Squad::corpus({u"Broncos"_s}, {{u"Carolina"_s}, {u"Denver Broncos"_s}});
        QCOMPARE(s.exactMatch, 0.0);
        LATHE_COMPARE_NEAR(s.f1, 100.0 * 2 / 3, 1e-9);
    }

    void multisetOverlap()
    {
        // Counts clip: "york york" shares one "york" with "new york".
        const double f = Squad::f1(u"york york", {u"new york"_s});
        LATHE_COMPARE_NEAR(f, 0.5, 1e-12);
    }

    void v2EmptyRule()
    {
        QCOMPARE(Squad::f1(QString(), {QString()}), 1.0);
        QCOMPARE(Squad::exactMatch(QString(), {QString()}), 1.0);
        QCOMPARE(Squad::f1(u"the", {QString()}), 1.0);  // normalizes to nothing
        QCOMPARE(Squad::f1(QString(), {u"Paris"_s}), 0.0);
        QCOMPARE(Squad::f1(u"Paris", {QString()}), 0.0);
        QCOMPARE(Squad::exactMatch(u"Paris", {QString()}), 0.0);
        // Gold answers that normalize to nothing are dropped when another one is left.
        QCOMPARE(Squad::exactMatch(QString(), {QString(), u"Paris"_s}), 0.0);
        QCOMPARE(Squad::exactMatch(u"paris", {QString(), u"Paris"_s}), 1.0);
        QCOMPARE(Squad::exactMatch(u"", {u"the"_s, u"a"_s}), 1.0);
        QCOMPARE(Squad::f1(u"x", {}), 0.0);
    }

    void unicode()
    {
        QCOMPARE(Squad::exactMatch(u"서울", {u"서울"_s}), 1.0);
        QCOMPARE(Squad::exactMatch(u"ΟΔΟΣ", {u"οδος"_s.replace(3, 1, QChar(0x3C2))}), 1.0);
        LATHE_COMPARE_NEAR(Squad::f1(u"서울 특별시 😀", {u"서울 특별시"_s}), 0.8, 1e-12);
    }

    void emptyCorpus()
    {
        const Squad::Score s = Squad::corpus({}, {});
        QCOMPARE(s.count, 0);
        QCOMPARE(s.exactMatch, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestSquad)
#include "tst_squad.moc"
