// Classification metrics against scikit-learn's semantics.
#include "evaltest.h"

#include "eval/classification.h"

#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

QStringList labels(std::initializer_list<int> values)
{
    QStringList out;
    for (const int v : values)
        out.append(QString::number(v));
    return out;
}

} // namespace

class TestClassification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceVector()
    {
        const ClassificationReport r = Classification::evaluate(labels({0, 1, 2, 0, 1, 2}), labels({0, 2, 1, 0, 0, 1}));
        QCOMPARE(r.labels.size(), 3);
        QCOMPARE(r.labels[0].label, u"0"_s);
        LATHE_COMPARE_NEAR(r.macroPrecision, 2.0 / 9, 1e-12);
        LATHE_COMPARE_NEAR(r.macroRecall, 1.0 / 3, 1e-12);
        LATHE_COMPARE_NEAR(r.macroF1, 0.26666666666666666, 1e-12);
        LATHE_COMPARE_NEAR(r.labels[0].f1, 0.8, 1e-12);
        QCOMPARE(r.labels[1].f1, 0.0);
        QCOMPARE(r.labels[2].f1, 0.0);
        LATHE_COMPARE_NEAR(r.labels[0].precision, 2.0 / 3, 1e-12);
        QCOMPARE(r.labels[0].recall, 1.0);
        LATHE_COMPARE_NEAR(r.accuracy, 1.0 / 3, 1e-12);
        LATHE_COMPARE_NEAR(r.microF1, r.accuracy, 1e-12);
        QCOMPARE(r.confusion, (QList<QList<qint64>>{{2, 0, 0}, {1, 0, 1}, {0, 2, 0}}));
        QCOMPARE(r.labels[1].support, 2);
        QCOMPARE(r.count, 6);
        QCOMPARE(r.correct, 2);
    }

    void weightedAndMicro()
    {
        // scikit-learn: weighted (0.875, 0.75, 0.7666666666666667), macro (0.75, 0.8333333333333333,
        // 0.7333333333333334), micro (0.75, 0.75, 0.75).
        const ClassificationReport r = Classification::evaluate({u"a"_s, u"a"_s, u"a"_s, u"b"_s},
                                                                {u"a"_s, u"a"_s, u"b"_s, u"b"_s});
        LATHE_COMPARE_NEAR(r.weightedPrecision, 0.875, 1e-12);
        LATHE_COMPARE_NEAR(r.weightedRecall, 0.75, 1e-12);
        LATHE_COMPARE_NEAR(r.weightedF1, 0.7666666666666667, 1e-12);
        LATHE_COMPARE_NEAR(r.macroPrecision, 0.75, 1e-12);
        LATHE_COMPARE_NEAR(r.macroRecall, 0.8333333333333333, 1e-12);
        LATHE_COMPARE_NEAR(r.macroF1, 0.7333333333333334, 1e-12);
        QCOMPARE(r.microPrecision, 0.75);
        QCOMPARE(r.microRecall, 0.75);
        QCOMPARE(r.microF1, 0.75);
    }

    void invalidAnswerIsItsOwnLabel()
    {
        const ClassificationReport r = Classification::evaluate({u"yes"_s, u"no"_s}, {u"yes"_s, u"maybe"_s});
        QCOMPARE(r.labels.size(), 3);
        QCOMPARE(r.labels[0].label, u"maybe"_s);
        QCOMPARE(r.labels[0].support, 0);
        QCOMPARE(r.labels[0].precision, 0.0);  // zero denominators give 0
        QCOMPARE(r.labels[1].precision, 0.0);
        LATHE_COMPARE_NEAR(r.macroF1, 1.0 / 3, 1e-12);
        QCOMPARE(r.accuracy, 0.5);
    }

    void normalization()
    {
        const QStringList truth = {u"Positive"_s, u"NEGATIVE"_s, u"straße"_s};
        const QStringList answers = {u" positive\n"_s, u"negative."_s, u"STRASSE"_s};
        QCOMPARE(Classification::evaluate(truth, answers).accuracy, 0.0);
        const ClassificationReport r = Classification::evaluate(truth, answers, true);
        LATHE_COMPARE_NEAR(r.accuracy, 2.0 / 3, 1e-12);  // "negative." stays an invalid answer
        QCOMPARE(Classification::normalizeLabel(u"  Ｙes "), u"ｙes"_s);
    }

    void labelsSortByCodePoint()
    {
        // U+FF5E sorts before U+1F600 by code point (UTF-16 units would say the opposite).
        const ClassificationReport r = Classification::evaluate({u"😀"_s, u"～"_s, u"b"_s}, {u"😀"_s, u"～"_s, u"한"_s});
        QCOMPARE(r.labels.size(), 4);
        QCOMPARE(r.labels[0].label, u"b"_s);
        QCOMPARE(r.labels[1].label, u"한"_s);
        QCOMPARE(r.labels[2].label, u"～"_s);
        QCOMPARE(r.labels[3].label, u"😀"_s);
    }

    void empty()
    {
        const ClassificationReport r = Classification::evaluate({}, {});
        QCOMPARE(r.count, 0);
        QCOMPARE(r.accuracy, 0.0);
        QCOMPARE(r.macroF1, 0.0);
        QVERIFY(r.labels.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestClassification)
#include "tst_classification.moc"
