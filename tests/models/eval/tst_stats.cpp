// Statistics against hand-computed values (and statsmodels / numpy where they define the
// method): Wilson intervals, McNemar (exact and chi-square), percentiles, the normal
// quantile, bootstrap reproducibility, paired bootstrap, repeat agreement, corpus BLEU from
// stored segment statistics.
#include "evaltest.h"
#include "scorertest.h"

#include "eval/scorers/corpusmetric.h"
#include "eval/stats/agreement.h"
#include "eval/stats/bootstrap.h"
#include "eval/stats/distributions.h"
#include "eval/stats/mcnemar.h"
#include "eval/stats/pairedbootstrap.h"
#include "eval/stats/percentile.h"
#include "eval/stats/wilson.h"

#include <QJsonArray>

#include <random>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wilson_data()
    {
        QTest::addColumn<qint64>("k");
        QTest::addColumn<qint64>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // p = k/n, z = 1.959963984540054: (p + z²/2n ∓ z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)
        QTest::newRow("8/10") << qint64(8) << qint64(10) << 0.49016247153664183 << 0.9433178485456247;
        QTest::newRow("0/10") << qint64(0) << qint64(10) << 0.0 << 0.2775327998628892;
        QTest::newRow("10/10") << qint64(10) << qint64(10) << 0.7224672001371107 << 1.0;
        QTest::newRow("45/50") << qint64(45) << qint64(50) << 0.7863976856252035 << 0.9565242350681096;
    }

    void wilson()
    {
        QFETCH(qint64, k);
        QFETCH(qint64, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const Interval i = Wilson::interval(k, n);
        LATHE_COMPARE_NEAR(i.low, low, 1e-12);
        LATHE_COMPARE_NEAR(i.high, high, 1e-12);
        // The brief's rounding: 8/10 at 95% is [0.490, 0.943].
        if (k == 8) {
            QCOMPARE(QString::number(i.low, 'f', 3), u"0.490"_s);
            QCOMPARE(QString::number(i.high, 'f', 3), u"0.943"_s);
        }
    }

    void wilsonEdges()
    {
        QVERIFY(!Wilson::interval(0, 0).isValid());
        const Interval i99 = Wilson::interval(8, 10, 0.99);
        const Interval i95 = Wilson::interval(8, 10, 0.95);
        QVERIFY(i99.low < i95.low && i99.high > i95.high);
    }

    void normalQuantile()
    {
        LATHE_COMPARE_NEAR(Distributions::normalQuantile(0.975), 1.959963984540054, 1e-13);
        LATHE_COMPARE_NEAR(Distributions::normalQuantile(0.5), 0.0, 1e-15);
        LATHE_COMPARE_NEAR(Distributions::normalQuantile(0.995), 2.5758293035489004, 1e-12);
        LATHE_COMPARE_NEAR(Distributions::normalQuantile(0.001), -3.090232306167813, 1e-12);
        LATHE_COMPARE_NEAR(Distributions::binomialCdf(2, 12, 0.5), 79.0 / 4096.0, 1e-15);
        LATHE_COMPARE_NEAR(Distributions::chiSquare1Survival(3.841458820694124), 0.05, 1e-12);
    }

    void mcnemar_data()
    {
        QTest::addColumn<qint64>("b");
        QTest::addColumn<qint64>("c");
        QTest::addColumn<qint64>("exactBelow");
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("statistic");
        QTest::addColumn<double>("p");
        const int exact = int(McNemarResult::Method::Exact);
        const int chi = int(McNemarResult::Method::ChiSquare);
        // Exact: 2 * P(X <= 2), X ~ Bin(12, 1/2) = 2 * (1 + 12 + 66) / 4096.
        QTest::newRow("10/2 exact") << qint64(10) << qint64(2) << qint64(25) << exact << 2.0 << 158.0 / 4096.0;
        QTest::newRow("2/10 symmetric") << qint64(2) << qint64(10) << qint64(25) << exact << 2.0 << 158.0 / 4096.0;
        // Chi-square with continuity correction: (|10 - 2| - 1)^2 / 12 = 49/12.
        QTest::newRow("10/2 chi-square") << qint64(10) << qint64(2) << qint64(0) << chi << 49.0 / 12.0 << 0.04330814281079198;
        QTest::newRow("30/15 large") << qint64(30) << qint64(15) << qint64(25) << chi << 196.0 / 45.0 << 0.03688842570704985;
        QTest::newRow("equal") << qint64(5) << qint64(5) << qint64(25) << exact << 5.0 << 1.0;
        QTest::newRow("none") << qint64(0) << qint64(0) << qint64(25) << exact << 0.0 << 1.0;
        QTest::newRow("6/0") << qint64(6) << qint64(0) << qint64(25) << exact << 0.0 << 2.0 / 64.0;
    }

    void mcnemar()
    {
        QFETCH(qint64, b);
        QFETCH(qint64, c);
        QFETCH(qint64, exactBelow);
        QFETCH(int, method);
        QFETCH(double, statistic);
        QFETCH(double, p);
        const McNemarResult r = McNemar::test(b, c, exactBelow);
        QCOMPARE(int(r.method), method);
        LATHE_COMPARE_NEAR(r.statistic, statistic, 1e-12);
        LATHE_COMPARE_NEAR(r.pValue, p, 1e-12);
        QVERIFY(!r.methodName().isEmpty());
    }

    void percentiles()
    {
        // numpy.percentile with the default (linear) method.
        LATHE_COMPARE_NEAR(Percentile::of(QList<double>{4, 1, 3, 2}, 50), 2.5, 1e-15);
        LATHE_COMPARE_NEAR(Percentile::of(QList<double>{1, 2, 3, 4}, 90), 3.7, 1e-15);
        LATHE_COMPARE_NEAR(Percentile::of(QList<double>{15, 20, 35, 40, 50}, 40), 29.0, 1e-12);
        LATHE_COMPARE_NEAR(Percentile::of(QList<double>{15, 20, 35, 40, 50}, 0), 15.0, 0);
        LATHE_COMPARE_NEAR(Percentile::of(QList<double>{15, 20, 35, 40, 50}, 100), 50.0, 0);
        LATHE_COMPARE_NEAR(Percentile::of(QList<double>{7}, 99), 7.0, 0);
        QList<double> hundred;
        for (int i = 1; i <= 100; ++i)
            hundred.append(i);
        LATHE_COMPARE_NEAR(Percentile::of(hundred, 99), 99.01, 1e-12);
        LATHE_COMPARE_NEAR(Percentile::of(hundred, 50), 50.5, 1e-12);
        QVERIFY(std::isnan(Percentile::of(QList<double>{}, 50)));
    }

    void bootstrapIsSeededAndReproducible()
    {
        std::mt19937_64 rng(7);
        std::vector<double> values;
        for (int i = 0; i < 200; ++i)
            values.push_back(double(rng() % 1000) / 1000.0);
        const Bootstrap a({1000, 42, 0.95});
        const Interval x = a.meanInterval(values);
        const Interval y = Bootstrap({1000, 42, 0.95}).meanInterval(values);
        QCOMPARE(x.low, y.low);
        QCOMPARE(x.high, y.high);
        const Interval z = Bootstrap({1000, 43, 0.95}).meanInterval(values);
        QVERIFY(z.low != x.low || z.high != x.high);
        double mean = 0;
        for (const double v : values)
            mean += v / double(values.size());
        QVERIFY(x.low < mean && mean < x.high);
        // Roughly the normal interval: mean ± 1.96 sd/sqrt(n) (sd of U(0,1) ~ 0.289).
        QVERIFY2(x.high - x.low > 0.06 && x.high - x.low < 0.10, qPrintable(QString::number(x.high - x.low)));
        const Interval constant = a.meanInterval(std::vector<double>(30, 0.5));
        QCOMPARE(constant.low, 0.5);
        QCOMPARE(constant.high, 0.5);
        QVERIFY(!a.meanInterval({}).isValid());
    }

    void pairedBootstrap()
    {
        std::vector<double> a;
        std::vector<double> b;
        for (int i = 0; i < 100; ++i) {
            a.push_back(i % 2 ? 0.6 : 0.4);
            b.push_back(i % 2 ? 0.8 : 0.6);  // better on every case by 0.2
        }
        const PairedComparison better = PairedBootstrap::compareMeans(a, b);
        LATHE_COMPARE_NEAR(better.difference, 0.2, 1e-12);
        QVERIFY(better.interval.low > 0);
        LATHE_COMPARE_NEAR(better.pValue, 2.0 / 1001.0, 1e-15);   // no resample at or below 0
        const PairedComparison same = PairedBootstrap::compareMeans(a, a);
        LATHE_COMPARE_NEAR(same.difference, 0.0, 0);
        LATHE_COMPARE_NEAR(same.pValue, 1.0, 0);
        // Reproducible: the same seed gives the same figures.
        const PairedComparison again = PairedBootstrap::compareMeans(a, b);
        QCOMPARE(again.interval.low, better.interval.low);
        QCOMPARE(again.pValue, better.pValue);
    }

    void agreement()
    {
        const RepeatAgreement r = Agreement::of({u"a"_s, u"a"_s, u"b"_s});
        QCOMPARE(r.repeats, 3);
        QCOMPARE(r.distinct, 2);
        LATHE_COMPARE_NEAR(r.identicalShare, 2.0 / 3.0, 1e-15);
        LATHE_COMPARE_NEAR(r.meanPairwiseRatio, 1.0 / 3.0, 1e-15);   // (100 + 0 + 0) / 3 / 100
        const RepeatAgreement same = Agreement::of({u"x"_s, u"x"_s});
        LATHE_COMPARE_NEAR(same.identicalShare, 1.0, 0);
        LATHE_COMPARE_NEAR(same.meanPairwiseRatio, 1.0, 0);
        const RepeatAgreement close = Agreement::of({u"kitten"_s, u"sitting"_s});
        LATHE_COMPARE_NEAR(close.identicalShare, 0.5, 0);
        LATHE_COMPARE_NEAR(close.meanPairwiseRatio, 0.6153846153846154, 1e-12);
    }

    void corpusBleuFromStoredStatistics()
    {
        // sacreBLEU's README corpus: sentence scores averaged would differ; summed statistics
        // give exactly the corpus BLEU 48.530827009929865 and chrF 59.72751782684763.
        const QStringList hyps{u"The dog bit the man."_s, u"It wasn't surprising."_s, u"The man had just bitten him."_s};
        const QList<QStringList> refs{{u"The dog bit the man."_s, u"The dog had bit the man."_s},
                                      {u"It was not unexpected."_s, u"No one was surprised."_s},
                                      {u"The man bit him first."_s, u"The man had bitten the dog."_s}};
        for (const char *type : {"bleu", "chrf"}) {
            QString error;
            const auto s = makeScorer(QByteArray("{type: ") + type + "}", &error);
            QVERIFY2(s, qPrintable(error));
            QList<QJsonObject> details;
            double sentenceMean = 0;
            for (int i = 0; i < 3; ++i) {
                const ScoreResult r = s->score(outputOnly(hyps[i], refs[i]));
                details.append(r.details);
                sentenceMean += r.value * 100 / 3;
            }
            const std::optional<CorpusMetric> corpus = CorpusMetric::fromDetails(details);
            QVERIFY(corpus);
            QCOMPARE(corpus->size(), 3);
            const double expected = QByteArray(type) == "bleu" ? 48.530827009929865 : 59.72751782684763;
            LATHE_COMPARE_NEAR(corpus->score(), expected, 1e-9);
            QVERIFY(std::abs(sentenceMean - expected) > 0.5);
            QCOMPARE(corpus->name(), QByteArray(type) == "bleu" ? u"corpus BLEU"_s : u"corpus chrF2"_s);
            // A resample with repeats sums the chosen segments.
            LATHE_COMPARE_NEAR(corpus->score({0, 0}), 100.0, 1e-9);
        }
        QVERIFY(!CorpusMetric::fromDetails({QJsonObject{{u"distance"_s, 3}}}));
    }
};

QTEST_APPLESS_MAIN(TestStats)
#include "tst_stats.moc"
