#pragma once

#include "eval/stats/interval.h"
#include "workspace/judgementstore.h"

#include <QList>
#include <QString>

#include <optional>

namespace lathe {

class Database;

// Preferences between two columns of a run, seen from column A (the earlier of the two in the
// run's column order).
//
// Ties and "both bad" are EXCLUDED from the win rate: winRate = wins / (wins + losses), with a
// Wilson 95% interval over those decisive votes. A tie says nothing about which side is
// better, the Wilson interval needs whole successes (half a win per tie has no binomial
// reading), and the decisive-only rate is what a sign test on the same votes examines. Ties
// and both-bad votes are still counted and shown, so a rate built on 3 decisive votes out of
// 40 is visibly weak.
struct PairwiseWinRate
{
    qint64 columnA = 0;               // run_columns ids
    qint64 columnB = 0;
    qint64 wins = 0;                  // A preferred
    qint64 losses = 0;                // B preferred
    qint64 ties = 0;
    qint64 bothBad = 0;

    qint64 votes() const { return wins + losses + ties + bothBad; }
    qint64 decisive() const { return wins + losses; }
    std::optional<double> winRate;    // of A, over decisive votes; empty without any
    Interval interval;                // Wilson 95%; invalid without decisive votes
};

// Everything one column earned, for the summary table: its preferences against every other
// column added up (win rate as above) and its 1-5 ratings.
struct ColumnJudgements
{
    qint64 columnId = 0;
    qint64 wins = 0;
    qint64 losses = 0;
    qint64 ties = 0;
    qint64 bothBad = 0;
    std::optional<double> winRate;
    Interval interval;
    qint64 ratings = 0;               // outputs rated
    std::optional<double> meanRating; // empty without ratings
    qint64 comments = 0;              // outputs with a comment
};

// Aggregates a run's human judgements into win rates per column pair and per column.
class JudgementSummary final
{
public:
    // `columnOrder` is the run's column ids in position order: it orients each pair (the earlier
    // column is A) and orders the results. Judgements on columns not listed are ignored.
    static JudgementSummary compute(const QList<Judgement> &judgements, const QList<qint64> &columnOrder);
    // The summary of a stored run (its judgements and column order); empty with *error set
    // (when given) if the workspace cannot be read.
    static JudgementSummary forRun(Database &db, qint64 runId, QString *error = nullptr);

    // Every pair with at least one vote, in column order ((0,1), (0,2), (1,2), ...).
    const QList<PairwiseWinRate> &pairs() const { return m_pairs; }
    // One entry per column of columnOrder, in that order.
    const QList<ColumnJudgements> &columns() const { return m_columns; }
    // The pair of these two columns (in either order, oriented as stored), if it has votes.
    std::optional<PairwiseWinRate> pair(qint64 columnA, qint64 columnB) const;
    std::optional<ColumnJudgements> column(qint64 columnId) const;

    qint64 preferenceCount() const { return m_preferences; }
    qint64 ratingCount() const { return m_ratings; }

private:
    QList<PairwiseWinRate> m_pairs;
    QList<ColumnJudgements> m_columns;
    qint64 m_preferences = 0;
    qint64 m_ratings = 0;
};

} // namespace lathe
