// The cleaning tools' previews: exact duplicates with and without normalisation, near
// duplicates against a brute-force join, length outliers with their histogram.
#include "cleaningfixture.h"

#include "cleaning/cleaningdata.h"
#include "cleaning/duplicatefinder.h"
#include "cleaning/nearduplicatefinder.h"
#include "cleaning/outlierdetector.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace lathe;
using namespace Qt::StringLiterals;

class TestCleaningTools : public QObject
{
    Q_OBJECT

    static CleaningData table(const QList<QStringList> &rows, const QStringList &columns = {u"prompt"_s, u"answer"_s})
    {
        CleaningData d;
        d.datasetId = 1;
        d.versionId = 1;
        for (qsizetype c = 0; c < columns.size(); ++c)
            d.columns.append({u'c' + QString::number(c + 1), columns.at(c), ColumnRole::Variable, ColumnType::Text});
        for (qsizetype r = 0; r < rows.size(); ++r) {
            DatasetRow row;
            row.id = 100 + r;
            row.position = r + 1;
            for (qsizetype c = 0; c < rows.at(r).size(); ++c)
                row.data.insert(u'c' + QString::number(c + 1), rows.at(r).at(c));
            d.rows.append(row);
        }
        return d;
    }

private Q_SLOTS:
    void exactDuplicatesOnChosenColumns()
    {
        const CleaningData d = table({{u"Hello world"_s, u"a"_s}, {u"hello  world "_s, u"b"_s},
                                      {u"Hello world"_s, u"c"_s}, {u"안녕하세요"_s, u"d"_s}, {u"안녕하세요"_s, u"d"_s}});
        // All columns: only rows 4 and 5 are equal.
        DuplicateReport r = DuplicateFinder::find(d, {});
        QCOMPARE(r.groups.size(), 1);
        QCOMPARE(r.groups.at(0).rows, (QList<qsizetype>{3, 4}));
        QCOMPARE(r.defaultRemovals(d), (QList<qint64>{104}));
        // The prompt column only: rows 1 and 3, and 4 and 5.
        r = DuplicateFinder::find(d, {{u"c1"_s}, {}});
        QCOMPARE(r.groups.size(), 2);
        QCOMPARE(r.groups.at(0).rows, (QList<qsizetype>{0, 2}));
        QCOMPARE(r.duplicateRowCount(), 2);
        // Normalised: row 2 joins the first group.
        r = DuplicateFinder::find(d, {{u"c1"_s}, {true, true}});
        QCOMPARE(r.groups.at(0).rows, (QList<qsizetype>{0, 1, 2}));
        QCOMPARE(r.defaultRemovals(d), (QList<qint64>{101, 102, 104}));
    }

    void composedAndDecomposedKoreanAreEqual()
    {
        const QString composed = u"한글"_s;
        const QString decomposed = composed.normalized(QString::NormalizationForm_D);
        QVERIFY(composed != decomposed);
        const DuplicateReport r = DuplicateFinder::find(table({{composed}, {decomposed}}, {u"t"_s}), {});
        QCOMPARE(r.groups.size(), 1);
    }

    void nearDuplicatesSmallCase()
    {
        const CleaningData d = table({{u"The quick brown fox jumps over the lazy dog"_s},
                                      {u"Completely unrelated sentence about tea"_s},
                                      {u"The quick brown fox jumped over the lazy dog"_s},
                                      {u"the quick brown fox jumps over the lazy dog"_s},
                                      {u""_s}, {u""_s}},
                                     {u"t"_s});
        NearDuplicateOptions o;
        o.threshold = 0.9;
        const NearDuplicateReport r = NearDuplicateFinder::find(d, o);
        // Rows 1 and 4 are equal after normalisation (score 1); row 3 is near both: one pair
        // with the group's first row. Empty rows never pair.
        QCOMPARE(r.pairs.size(), 2);
        QCOMPARE(r.pairs.at(0).first, 0);
        QCOMPARE(r.pairs.at(0).second, 3);
        QCOMPARE(r.pairs.at(0).score, 1.0);
        QCOMPARE(r.pairs.at(1).first, 0);
        QCOMPARE(r.pairs.at(1).second, 2);
        QVERIFY(r.pairs.at(1).score >= 0.9 && r.pairs.at(1).score < 1.0);
        // Without normalisation the case difference counts too (1 edit in 43).
        o.normalization = {};
        const NearDuplicateReport raw = NearDuplicateFinder::find(d, o);
        QCOMPARE(raw.pairs.size(), 3);
    }

    void nearDuplicateJoinMatchesBruteForce_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<int>("alphabet");
        // Short texts over a tiny alphabet: mostly compared by length band.
        QTest::newRow("short levenshtein 0.9") << 0.9 << int(SimilarityMetric::Levenshtein) << 24 << 4;
        QTest::newRow("short levenshtein 0.6") << 0.6 << int(SimilarityMetric::Levenshtein) << 24 << 4;
        QTest::newRow("short indel 0.75") << 0.75 << int(SimilarityMetric::Indel) << 24 << 4;
        // Longer texts over a larger alphabet: the prefix index does the work.
        QTest::newRow("long levenshtein 0.95") << 0.95 << int(SimilarityMetric::Levenshtein) << 160 << 12;
        QTest::newRow("long levenshtein 0.9") << 0.9 << int(SimilarityMetric::Levenshtein) << 160 << 12;
        QTest::newRow("long levenshtein 0.8") << 0.8 << int(SimilarityMetric::Levenshtein) << 160 << 12;
        QTest::newRow("long levenshtein 0.7") << 0.7 << int(SimilarityMetric::Levenshtein) << 160 << 12;
        QTest::newRow("long indel 0.9") << 0.9 << int(SimilarityMetric::Indel) << 160 << 12;
        QTest::newRow("long indel 0.8") << 0.8 << int(SimilarityMetric::Indel) << 160 << 12;
    }

    void nearDuplicateJoinMatchesBruteForce()
    {
        QFETCH(double, threshold);
        QFETCH(int, metric);
        QFETCH(int, maxLength);
        QFETCH(int, alphabet);
        const auto m = SimilarityMetric(metric);
        // Random texts with many near copies (substitutions, insertions, deletions, and copies
        // of very different length): the filter must not miss any pair.
        QRandomGenerator rng(7);
        QStringList texts;
        for (int i = 0; i < 300; ++i) {
            QString s;
            if (i > 10 && rng.bounded(3) == 0) {
                s = texts.at(int(rng.bounded(i)));
                const int edits = 1 + int(rng.bounded(std::max(2, int(s.size()) / 8)));
                for (int e = 0; e < edits && !s.isEmpty(); ++e) {
                    const int at = int(rng.bounded(qint32(s.size())));
                    const QChar c(u'a' + char16_t(rng.bounded(alphabet)));
                    switch (rng.bounded(3)) {
                    case 0: s[at] = c; break;
                    case 1: s.insert(at, c); break;
                    default: s.remove(at, 1);
                    }
                }
            } else {
                const int len = 1 + int(rng.bounded(maxLength));
                for (int c = 0; c < len; ++c)
                    s += i % 7 == 0 ? QChar(u'가' + char16_t(rng.bounded(alphabet))) : QChar(u'a' + char16_t(rng.bounded(alphabet)));
            }
            texts.append(s);
        }
        std::vector<std::u32string> points;
        for (const QString &t : std::as_const(texts)) {
            const QList<uint> ucs = t.toUcs4();
            points.emplace_back(ucs.cbegin(), ucs.cend());
        }
        std::set<std::pair<int, int>> expected;
        for (int a = 0; a < texts.size(); ++a) {
            for (int b = a + 1; b < texts.size(); ++b) {
                if (!texts.at(a).isEmpty() && !texts.at(b).isEmpty()
                    && NearDuplicateFinder::similarity(texts.at(a), texts.at(b), m) >= threshold - 1e-12)
                    expected.insert({a, b});
            }
        }
        std::set<std::pair<int, int>> actual;
        QGramPrefixFilter::Stats stats;
        for (const auto &p : NearDuplicateFinder::join(points, threshold, m, &stats))
            QVERIFY(actual.insert({p.a, p.b}).second);   // each pair once
        QVERIFY(!expected.empty());
        QCOMPARE(actual, expected);
        if (maxLength > 100 && threshold >= 0.9)
            QVERIFY2(stats.unfilterable < stats.texts / 2, "the prefix index was hardly used");
    }

    void outliersByIqrAndZScore()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 40; ++i)
            rows.append({QString(50 + i % 5, u'x')});
        rows.append({QString(400, u'y')});
        rows.append({u"z"_s});
        rows.append({u""_s});   // not measured
        const CleaningData d = table(rows, {u"t"_s});
        OutlierOptions o;
        OutlierReport r = OutlierDetector::find(d, o);
        QCOMPARE(r.columns.size(), 1);
        const ColumnOutliers &c = r.columns.first();
        QCOMPARE(c.high, (QList<qsizetype>{40}));
        QCOMPARE(c.low, (QList<qsizetype>{41}));
        QCOMPARE(r.rows, (QList<qsizetype>{40, 41}));
        QCOMPARE(c.q1, 51.0);
        QCOMPARE(c.q3, 53.0);
        // The histogram covers every length once.
        int total = 0;
        for (const HistogramBin &b : c.histogram) {
            QVERIFY(b.from < b.to);
            total += b.count;
        }
        QCOMPARE(total, d.rows.size() - 1);
        QVERIFY(c.histogram.size() <= o.bins);
        QCOMPARE(c.histogram.first().from, 1);
        QVERIFY(c.histogram.last().to > 400);

        // z-score with factor 3: the long row is out, the short one is within 3 sd.
        o.method = OutlierMethod::ZScore;
        o.factor = 3.0;
        r = OutlierDetector::find(d, o);
        QCOMPARE(r.rows, (QList<qsizetype>{40}));
    }

    void emptyCellsAreNotMeasured()
    {
        // An optional column: mostly empty, a few notes of ordinary length, one huge one.
        QList<QStringList> rows(40, QStringList{u""_s});
        for (int i = 0; i < 12; ++i)
            rows[i * 3] = {u"a short note here"_s};
        rows[39] = {QString(900, u'n')};
        const OutlierReport r = OutlierDetector::find(table(rows, {u"notes"_s}), {});
        QCOMPARE(r.rows, (QList<qsizetype>{39}));
        int measured = 0;
        for (const HistogramBin &b : r.columns.first().histogram)
            measured += b.count;
        QCOMPARE(measured, 13);
        QCOMPARE(r.columns.first().lengths.at(1), -1);
    }

    void lengthsCountCodePoints()
    {
        const ColumnOutliers c = OutlierDetector::analyse({}, OutlierMethod::Iqr, 1.5, 10);
        QVERIFY(c.histogram.isEmpty());
        const CleaningData d = table({{u"😀😀"_s}, {u"한국"_s}}, {u"t"_s});
        const OutlierReport r = OutlierDetector::find(d, {});
        QCOMPARE(r.columns.first().lengths, (QList<int>{2, 2}));
    }
};

QTEST_APPLESS_MAIN(TestCleaningTools)
#include "tst_cleaningtools.moc"
