#include "reportstats.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lathe {

QString ReportStats::winRateText(const ReportColumnStats &s)
{
    if (s.wins + s.losses == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1 [%2, %3]").arg(s.winRate(), 0, 'f', 2).arg(s.winLow, 0, 'f', 2).arg(s.winHigh, 0, 'f', 2);
}

std::pair<double, double> ReportStats::wilson(qint64 successes, qint64 trials)
{
    if (trials <= 0) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan};
    }
    constexpr double z = 1.959963984540054;   // normal quantile at 0.975
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double center = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return {std::max(0.0, center - half), std::min(1.0, center + half)};
}

double ReportStats::percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0.0;
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(sorted.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const auto high = qsizetype(std::ceil(rank));
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - double(low));
}

ReportMeasure ReportStats::measure(QList<double> values)
{
    ReportMeasure m;
    if (values.isEmpty())
        return m;
    std::sort(values.begin(), values.end());
    double sum = 0.0;
    for (double v : values)
        sum += v;
    m.count = values.size();
    m.mean = sum / double(values.size());
    m.p50 = percentile(values, 50);
    m.p90 = percentile(values, 90);
    m.min = values.constFirst();
    m.max = values.constLast();
    return m;
}

std::optional<bool> ReportStats::verdict(ReportCaseState state, const QList<ReportScoreRecord> &scores)
{
    if (state == ReportCaseState::Error)
        return false;
    if (state == ReportCaseState::Pending)
        return std::nullopt;
    std::optional<bool> out;
    for (const ReportScoreRecord &s : scores) {
        if (s.pass)
            out = out.value_or(true) && *s.pass;
    }
    return out;
}

namespace {

struct ScorerSums
{
    qint64 count = 0;
    double sum = 0.0;
    qint64 judged = 0;
    qint64 passed = 0;
};

void addJudgements(ReportData &data)
{
    QList<double> ratingSums(data.columns.size(), 0.0);
    for (const ReportJudgement &j : data.judgements) {
        const ReportJudgementRecord &r = j.record;
        if (r.kind == QLatin1StringView("rating") && j.columnA >= 0 && r.rating > 0) {
            ReportColumnStats &s = data.columns[j.columnA].stats;
            ++s.ratings;
            ratingSums[j.columnA] += r.rating;
        } else if (r.kind == QLatin1StringView("preference") && j.columnA >= 0 && j.columnB >= 0) {
            ReportColumnStats &a = data.columns[j.columnA].stats;
            ReportColumnStats &b = data.columns[j.columnB].stats;
            if (r.choice == QLatin1StringView("a")) {
                ++a.wins;
                ++b.losses;
            } else if (r.choice == QLatin1StringView("b")) {
                ++b.wins;
                ++a.losses;
            } else {
                ++a.ties;
                ++b.ties;
            }
        }
    }
    for (qsizetype c = 0; c < data.columns.size(); ++c) {
        ReportColumnStats &s = data.columns[c].stats;
        s.meanRating = s.ratings > 0 ? ratingSums[c] / double(s.ratings) : 0.0;
        // Ties and both-bad votes say nothing about which side is better: left out of the rate,
        // as the application's summary table does (JudgementSummary).
        if (s.wins + s.losses > 0)
            std::tie(s.winLow, s.winHigh) = ReportStats::wilson(s.wins, s.wins + s.losses);
    }
}

} // namespace

void ReportStats::compute(ReportData &data)
{
    for (qsizetype c = 0; c < data.columns.size(); ++c) {
        ReportColumnStats s;
        QHash<QString, ScorerSums> scorers;
        QList<double> latencies;
        for (const ReportRow &row : data.rows) {
            const ReportCase &k = row.cases.at(c);
            if (k.caseId == 0)
                continue;
            ++s.cases;
            switch (k.state) {
            case ReportCaseState::Pending: ++s.pending; break;
            case ReportCaseState::Ok: ++s.ok; break;
            case ReportCaseState::Error: ++s.errors; break;
            }
            if (k.pass) {
                ++s.judged;
                s.passed += *k.pass ? 1 : 0;
            }
            if (k.state == ReportCaseState::Pending)
                continue;
            const CaseResult &r = k.result;
            s.cached += r.cached ? 1 : 0;
            if (k.state == ReportCaseState::Ok && !r.cached)
                latencies.append(r.latencyMs);
            s.promptTokens += std::max<qint64>(0, r.promptTokens);
            s.completionTokens += std::max<qint64>(0, r.completionTokens);
            if (r.cost >= 0) {
                s.cost += r.cost;
                ++s.priced;
            }
            for (const ReportScoreRecord &score : k.scores) {
                ScorerSums &sum = scorers[score.scorer];
                if (score.value) {
                    ++sum.count;
                    sum.sum += *score.value;
                }
                if (score.pass) {
                    ++sum.judged;
                    sum.passed += *score.pass ? 1 : 0;
                }
            }
        }
        if (s.judged > 0) {
            s.passRate = double(s.passed) / double(s.judged);
            std::tie(s.passLow, s.passHigh) = wilson(s.passed, s.judged);
        }
        for (const QString &name : std::as_const(data.scorerNames)) {
            const auto it = scorers.constFind(name);
            if (it == scorers.constEnd())
                continue;
            s.scorers.append({name, it->count, it->count > 0 ? it->sum / double(it->count) : 0.0, it->judged,
                              it->passed});
        }
        std::sort(latencies.begin(), latencies.end());
        s.latencyMs = measure(latencies);
        s.latencies = latencies;
        data.columns[c].stats = s;
    }
    addJudgements(data);
}

} // namespace lathe
