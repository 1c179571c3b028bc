// JudgementSummary: win rates per column pair and per column on hand-computed votes (ties and
// both-bad excluded from the rate, Wilson 95% bounds from the closed form), votes stored in
// either orientation, mean ratings, and the summary of a stored run.
#include "reviewfixture.h"

#include "review/judgementmetrics.h"
#include "review/judgementsummary.h"
#include "workspace/judgementstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lathe;
using namespace Qt::StringLiterals;

namespace {

Judgement preference(qint64 columnA, qint64 columnB, PreferenceChoice choice)
{
    Judgement j;
    j.kind = JudgementKind::Preference;
    j.columnA = columnA;
    j.columnB = columnB;
    j.choice = choice;
    return j;
}

Judgement rating(qint64 column, std::optional<int> value, const QString &comment = {})
{
    Judgement j;
    j.kind = JudgementKind::Rating;
    j.columnA = column;
    j.rating = value;
    j.comment = comment;
    return j;
}

constexpr double kTolerance = 1e-6;

} // namespace

class TestJudgementSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairwiseWinRates()
    {
        using C = PreferenceChoice;
        // Columns 10, 20, 30. Between 10 and 20: 10 wins three times (once stored from 20's side
        // as "b"), loses once, one tie, one both-bad. Between 30 and 10 (stored from 30's side):
        // 30 wins once.
        const QList<Judgement> votes{
            preference(10, 20, C::A), preference(10, 20, C::A), preference(20, 10, C::B),
            preference(10, 20, C::B), preference(10, 20, C::Tie), preference(20, 10, C::BothBad),
            preference(30, 10, C::A),
            preference(10, 99, C::A),   // a column outside the order: ignored
        };
        const JudgementSummary s = JudgementSummary::compute(votes, {10, 20, 30});
        QCOMPARE(s.preferenceCount(), 7);
        QCOMPARE(s.pairs().size(), 2);

        const PairwiseWinRate ab = s.pairs().at(0);
        QCOMPARE(ab.columnA, 10);
        QCOMPARE(ab.columnB, 20);
        QCOMPARE(ab.wins, 3);
        QCOMPARE(ab.losses, 1);
        QCOMPARE(ab.ties, 1);
        QCOMPARE(ab.bothBad, 1);
        QCOMPARE(ab.votes(), 6);
        QCOMPARE(ab.decisive(), 4);
        // Ties excluded: 3 of 4 decisive votes. Wilson 95% of 3/4 (z = 1.959964):
        // center (0.75 + z^2/8) / (1 + z^2/4) = 0.627527, half 0.326885.
        QVERIFY(ab.winRate);
        QCOMPARE(*ab.winRate, 0.75);
        QVERIFY(std::abs(ab.interval.low - 0.300642) < kTolerance);
        QVERIFY(std::abs(ab.interval.high - 0.954413) < kTolerance);

        // Oriented by column order: 10 is A, and it lost the one vote.
        const PairwiseWinRate ac = s.pairs().at(1);
        QCOMPARE(ac.columnA, 10);
        QCOMPARE(ac.columnB, 30);
        QCOMPARE(ac.wins, 0);
        QCOMPARE(ac.losses, 1);
        QCOMPARE(*ac.winRate, 0.0);
        // Wilson of 0/1: [0, 0.793451].
        QCOMPARE(ac.interval.low, 0.0);
        QVERIFY(std::abs(ac.interval.high - 0.793451) < kTolerance);
        QCOMPARE(s.pair(30, 10)->columnA, 10);
        QCOMPARE(s.pair(20, 30), std::nullopt);

        // Per column, over all its pairs: 10 won 3 and lost 2 -> 3/5, Wilson [0.230724, 0.882379].
        const ColumnJudgements c10 = *s.column(10);
        QCOMPARE(c10.wins, 3);
        QCOMPARE(c10.losses, 2);
        QCOMPARE(c10.ties, 1);
        QCOMPARE(c10.bothBad, 1);
        QCOMPARE(*c10.winRate, 0.6);
        QVERIFY(std::abs(c10.interval.low - 0.230724) < kTolerance);
        QVERIFY(std::abs(c10.interval.high - 0.882379) < kTolerance);
        const ColumnJudgements c20 = *s.column(20);
        QCOMPARE(c20.wins, 1);
        QCOMPARE(c20.losses, 3);
        QCOMPARE(*c20.winRate, 0.25);
        const ColumnJudgements c30 = *s.column(30);
        QCOMPARE(c30.wins, 1);
        QCOMPARE(c30.losses, 0);
        QCOMPARE(*c30.winRate, 1.0);
        QVERIFY(std::abs(c30.interval.low - 0.206549) < kTolerance);
        QCOMPARE(c30.interval.high, 1.0);
    }

    void onlyTiesGiveNoRate()
    {
        const JudgementSummary s = JudgementSummary::compute(
            {preference(1, 2, PreferenceChoice::Tie), preference(2, 1, PreferenceChoice::BothBad)}, {1, 2});
        QCOMPARE(s.pairs().size(), 1);
        QCOMPARE(s.pairs()[0].votes(), 2);
        QCOMPARE(s.pairs()[0].winRate, std::nullopt);
        QVERIFY(!s.pairs()[0].interval.isValid());
        QCOMPARE(s.column(1)->winRate, std::nullopt);
    }

    void meanRatings()
    {
        const JudgementSummary s = JudgementSummary::compute(
            {rating(1, 4), rating(1, 5, u"great"_s), rating(2, 2), rating(2, std::nullopt, u"comment only"_s)}, {1, 2, 3});
        QCOMPARE(s.ratingCount(), 3);
        QCOMPARE(s.column(1)->ratings, 2);
        QCOMPARE(*s.column(1)->meanRating, 4.5);
        QCOMPARE(s.column(1)->comments, 1);
        QCOMPARE(s.column(2)->ratings, 1);
        QCOMPARE(*s.column(2)->meanRating, 2.0);
        QCOMPARE(s.column(2)->comments, 1);
        QCOMPARE(s.column(3)->ratings, 0);
        QCOMPARE(s.column(3)->meanRating, std::nullopt);
        QVERIFY(s.pairs().isEmpty());
    }

    void summaryTableColumns()
    {
        using C = PreferenceChoice;
        const JudgementSummary s = JudgementSummary::compute(
            {preference(1, 2, C::A), preference(1, 2, C::A), preference(2, 1, C::A), preference(1, 2, C::Tie),
             rating(2, 3), rating(2, 4)},
            {1, 2, 3});
        const QList<SummaryMetric> metrics = JudgementMetrics::summaryMetrics(s);
        QCOMPARE(metrics.size(), 3);
        QCOMPARE(metrics[0].title, u"Human win rate"_s);
        QCOMPARE(metrics[0].better, SummaryBetter::Higher);
        // Column 1 won 2 of 3 decisive votes: Wilson 95% [0.2077, 0.9385]; column 2 1 of 3: [0.0615, 0.7923].
        QCOMPARE(metrics[0].values.value(1).text, u"0.67 [0.21, 0.94]"_s);
        QVERIFY(std::abs(*metrics[0].values.value(1).value - 2.0 / 3.0) < kTolerance);
        QCOMPARE(metrics[0].values.value(2).text, u"0.33 [0.06, 0.79]"_s);
        QVERIFY(!metrics[0].values.contains(3));
        QCOMPARE(metrics[1].title, u"Human votes"_s);
        QCOMPARE(metrics[1].values.value(1).text, u"2-1-1-0"_s);
        QCOMPARE(metrics[1].values.value(2).text, u"1-2-1-0"_s);
        QCOMPARE(metrics[2].title, u"Mean rating"_s);
        QCOMPARE(metrics[2].values.value(2).text, u"3.50 (2)"_s);
        QVERIFY(!metrics[2].values.contains(1));
        QVERIFY(JudgementMetrics::summaryMetrics(JudgementSummary::compute({}, {1, 2})).isEmpty());
    }

    void storedRun()
    {
        QTemporaryDir dir;
        const auto run = reviewfixture::create(dir.filePath(u"r.lathe"_s), 5);
        QVERIFY(run.ws);
        JudgementStore store(run.ws->database());
        StoreError error;
        // B beats A on rows 0 and 1 (stored both ways round), A beats B on row 2, tie on row 3.
        QVERIFY(store.recordPreference(run.caseAt(0, 1), run.caseAt(0, 0), PreferenceChoice::A, {}, &error));
        QVERIFY(store.recordPreference(run.caseAt(1, 0), run.caseAt(1, 1), PreferenceChoice::B, {}, &error));
        QVERIFY(store.recordPreference(run.caseAt(2, 0), run.caseAt(2, 1), PreferenceChoice::A, {}, &error));
        QVERIFY(store.recordPreference(run.caseAt(3, 0), run.caseAt(3, 1), PreferenceChoice::Tie, {}, &error));
        QVERIFY(store.recordRating(run.caseAt(0, 2), 3, &error));
        const JudgementSummary s = JudgementSummary::forRun(run.ws->database(), run.runId);
        QCOMPARE(s.pairs().size(), 1);
        const PairwiseWinRate p = s.pairs()[0];
        QCOMPARE(p.columnA, run.columns[0]);
        QCOMPARE(p.wins, 1);
        QCOMPARE(p.losses, 2);
        QCOMPARE(p.ties, 1);
        QVERIFY(std::abs(*p.winRate - 1.0 / 3.0) < kTolerance);
        QCOMPARE(*s.column(run.columns[2])->meanRating, 3.0);
    }
};

QTEST_GUILESS_MAIN(TestJudgementSummary)
#include "tst_judgementsummary.moc"
