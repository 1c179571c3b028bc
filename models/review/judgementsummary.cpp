#include "judgementsummary.h"

#include "eval/stats/wilson.h"
#include "workspace/runstore.h"
#include "workspace/sqlerror.h"

#include <QHash>

#include <algorithm>

namespace lathe {
namespace {

template<typename T>
void finishRate(T &t)
{
    const qint64 decisive = t.wins + t.losses;
    if (decisive > 0) {
        t.winRate = double(t.wins) / double(decisive);
        t.interval = Wilson::interval(t.wins, decisive);
    }
}

template<typename T>
void addVote(T &t, PreferenceChoice choice)
{
    switch (choice) {
    case PreferenceChoice::A: ++t.wins; break;
    case PreferenceChoice::B: ++t.losses; break;
    case PreferenceChoice::Tie: ++t.ties; break;
    case PreferenceChoice::BothBad: ++t.bothBad; break;
    }
}

} // namespace

JudgementSummary JudgementSummary::compute(const QList<Judgement> &judgements, const QList<qint64> &columnOrder)
{
    JudgementSummary s;
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < columnOrder.size(); ++i) {
        position.insert(columnOrder.at(i), i);
        ColumnJudgements c;
        c.columnId = columnOrder.at(i);
        s.m_columns.append(c);
    }
    QHash<std::pair<qsizetype, qsizetype>, PairwiseWinRate> pairs;
    QList<double> ratingSums(columnOrder.size(), 0.0);

    for (const Judgement &j : judgements) {
        const auto a = position.constFind(j.columnA);
        if (a == position.constEnd())
            continue;
        if (j.kind == JudgementKind::Rating) {
            ColumnJudgements &c = s.m_columns[*a];
            if (j.rating) {
                ++c.ratings;
                ++s.m_ratings;
                ratingSums[*a] += *j.rating;
            }
            if (!j.comment.isEmpty())
                ++c.comments;
            continue;
        }
        const auto b = position.constFind(j.columnB);
        if (b == position.constEnd() || *a == *b)
            continue;
        ++s.m_preferences;
        // Orient the vote so that the earlier column is A.
        const bool flip = *a > *b;
        const qsizetype first = flip ? *b : *a;
        const qsizetype second = flip ? *a : *b;
        const PreferenceChoice choice = flip ? Judgement::swapped(j.choice) : j.choice;
        PairwiseWinRate &p = pairs[{first, second}];
        p.columnA = columnOrder.at(first);
        p.columnB = columnOrder.at(second);
        addVote(p, choice);
        addVote(s.m_columns[first], choice);
        addVote(s.m_columns[second], Judgement::swapped(choice));
    }

    QList<std::pair<qsizetype, qsizetype>> keys = pairs.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &key : std::as_const(keys)) {
        PairwiseWinRate p = pairs.value(key);
        finishRate(p);
        s.m_pairs.append(p);
    }
    for (qsizetype i = 0; i < s.m_columns.size(); ++i) {
        ColumnJudgements &c = s.m_columns[i];
        finishRate(c);
        if (c.ratings > 0)
            c.meanRating = ratingSums.at(i) / double(c.ratings);
    }
    return s;
}

JudgementSummary JudgementSummary::forRun(Database &db, qint64 runId, QString *error)
{
    try {
        QList<qint64> order;
        for (const RunColumnInfo &c : RunStore(db).columns(runId))
            order.append(c.id);
        return compute(JudgementStore(db).list(runId), order);
    } catch (const SqlError &e) {
        if (error)
            *error = e.message();
        return {};
    }
}

std::optional<PairwiseWinRate> JudgementSummary::pair(qint64 columnA, qint64 columnB) const
{
    for (const PairwiseWinRate &p : m_pairs) {
        if ((p.columnA == columnA && p.columnB == columnB) || (p.columnA == columnB && p.columnB == columnA))
            return p;
    }
    return std::nullopt;
}

std::optional<ColumnJudgements> JudgementSummary::column(qint64 columnId) const
{
    for (const ColumnJudgements &c : m_columns) {
        if (c.columnId == columnId)
            return c;
    }
    return std::nullopt;
}

} // namespace lathe
