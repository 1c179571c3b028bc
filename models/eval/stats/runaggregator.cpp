#include "runaggregator.h"

#include "agreement.h"
#include "percentile.h"
#include "wilson.h"

#include "eval/scorers/corpusmetric.h"
#include "eval/scorers/scorersuite.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

// `name`: a QString or QLatin1StringView.
template <typename Name>
const StoredScore *find(const CaseFacts &c, const Name &name)
{
    for (const StoredScore &s : c.scores) {
        if (s.scorer == name)
            return &s;
    }
    return nullptr;
}

bool isSkipped(const StoredScore &s)
{
    return s.details.value(u"status"_s).toString() == u"skipped";
}

bool isError(const StoredScore &s)
{
    return s.details.value(u"status"_s).toString() == u"error";
}

Measurements measure(std::vector<double> values)
{
    Measurements m;
    m.count = qint64(values.size());
    if (values.empty())
        return m;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (const double v : values)
        sum += v;
    m.mean = sum / double(values.size());
    m.p50 = Percentile::ofSorted(values, 50);
    m.p90 = Percentile::ofSorted(values, 90);
    m.p99 = Percentile::ofSorted(values, 99);
    return m;
}

double mean(const std::vector<double> &v)
{
    double sum = 0;
    for (const double x : v)
        sum += x;
    return v.empty() ? 0.0 : sum / double(v.size());
}

// A case's verdict for comparisons: an error result is a fail worth 0.
struct Verdict
{
    bool pass = false;
    double value = 0.0;
};

std::optional<Verdict> verdict(const CaseFacts &c)
{
    if (c.state == CaseFacts::State::Error)
        return Verdict{};
    if (c.state != CaseFacts::State::Ok)
        return std::nullopt;
    const StoredScore *t = find(c, ScorerSuite::kTotalName);
    if (!t || !t->pass || !t->value)
        return std::nullopt;
    return Verdict{*t->pass, *t->value};
}

QStringList scorerNames(const QList<CaseFacts> &cases)
{
    QStringList names;
    for (const CaseFacts &c : cases) {
        for (const StoredScore &s : c.scores) {
            if (s.scorer != ScorerSuite::kTotalName && !names.contains(s.scorer))
                names.append(s.scorer);
        }
    }
    return names;
}

} // namespace

QList<ColumnSummary> RunAggregator::summarize(const QList<RunColumnInfo> &columns, const QList<CaseFacts> &cases) const
{
    QList<ColumnSummary> out;
    for (const RunColumnInfo &column : columns) {
        QList<CaseFacts> mine;
        for (const CaseFacts &c : cases) {
            if (c.columnId == column.id)
                mine.append(c);
        }
        out.append(summarize(column, mine));
    }
    return out;
}

ColumnSummary RunAggregator::summarize(const RunColumnInfo &column, const QList<CaseFacts> &cases) const
{
    const Bootstrap bootstrap(m_options);
    ColumnSummary s;
    s.columnId = column.id;
    s.promptName = column.promptName;
    s.promptVersion = column.promptVersion;
    s.model = column.model;

    std::vector<double> totals;
    std::vector<double> latency;
    std::vector<double> ttft;
    std::map<qint64, QStringList> repeats;   // row -> outputs, ordered by row id
    for (const CaseFacts &c : cases) {
        if (c.columnId != column.id)
            continue;
        ++s.cases;
        if (c.state == CaseFacts::State::Pending) {
            ++s.pending;
            continue;
        }
        if (c.promptTokens >= 0)
            s.promptTokens += c.promptTokens;
        if (c.completionTokens >= 0)
            s.completionTokens += c.completionTokens;
        if (c.cost >= 0) {
            s.cost += c.cost;
            ++s.priced;
        }
        if (c.state == CaseFacts::State::Error) {
            ++s.errors;
            continue;
        }
        ++s.ok;
        if (!c.cached && c.latencyMs >= 0)
            latency.push_back(c.latencyMs);
        if (!c.cached && c.ttftMs >= 0)
            ttft.push_back(c.ttftMs);
        repeats[c.rowId].append(c.output);
        if (const StoredScore *t = find(c, ScorerSuite::kTotalName); t && t->pass && t->value) {
            ++s.judged;
            s.passed += *t->pass ? 1 : 0;
            totals.push_back(*t->value);
        }
    }
    if (s.judged + s.errors > 0 && s.judged > 0) {
        s.passRate = double(s.passed) / double(s.judged + s.errors);
        s.passInterval = Wilson::interval(s.passed, s.judged + s.errors, m_options.confidence);
    }
    if (!totals.empty()) {
        s.meanScore = mean(totals);
        s.meanScoreInterval = bootstrap.meanInterval(totals);
    }
    s.latencyMs = measure(latency);
    s.ttftMs = measure(ttft);
    if (s.priced > 0)
        s.costPer1000 = s.cost / double(s.priced) * 1000.0;

    for (const auto &[row, outputs] : repeats) {
        if (outputs.size() < 2)
            continue;
        const RepeatAgreement a = Agreement::of(outputs);
        ++s.repeatGroups;
        s.identicalShare += a.identicalShare;
        s.meanPairwiseRatio += a.meanPairwiseRatio;
    }
    if (s.repeatGroups > 0) {
        s.identicalShare /= double(s.repeatGroups);
        s.meanPairwiseRatio /= double(s.repeatGroups);
    }

    for (const QString &name : scorerNames(cases)) {
        ScorerSummary sc;
        sc.name = name;
        std::vector<double> values;
        QList<QJsonObject> details;
        QStringList truth;
        QStringList predicted;
        bool labelled = true;
        for (const CaseFacts &c : cases) {
            if (c.columnId != column.id || c.state != CaseFacts::State::Ok)
                continue;
            const StoredScore *r = find(c, name);
            if (!r)
                continue;
            if (isSkipped(*r)) {
                ++sc.skipped;
                continue;
            }
            ++sc.count;
            values.push_back(r->value.value_or(0.0));
            if (isError(*r))
                ++sc.errors;
            if (r->pass) {
                ++sc.judged;
                sc.passed += *r->pass ? 1 : 0;
            }
            details.append(r->details);
            if (r->details.contains(u"label"_s) && r->details.contains(u"predicted"_s)) {
                truth.append(r->details.value(u"label"_s).toString());
                predicted.append(r->details.value(u"predicted"_s).toString());
            } else {
                labelled = false;
            }
        }
        sc.mean = mean(values);
        sc.meanInterval = bootstrap.meanInterval(values);
        if (const std::optional<CorpusMetric> corpus = CorpusMetric::fromDetails(details)) {
            CorpusSummary cs;
            cs.name = corpus->name();
            cs.score = corpus->score();
            cs.interval = bootstrap.interval(corpus->size(), [&](const std::vector<qsizetype> &idx) {
                return corpus->score(idx);
            });
            sc.corpus = cs;
        }
        if (labelled && !truth.isEmpty())
            sc.classification = Classification::evaluate(truth, predicted);
        s.scorers.append(sc);
    }
    return s;
}

ColumnComparison RunAggregator::compare(const QList<CaseFacts> &baseline, const QList<CaseFacts> &candidate) const
{
    ColumnComparison out;
    if (!baseline.isEmpty())
        out.baselineColumnId = baseline.constFirst().columnId;
    if (!candidate.isEmpty())
        out.candidateColumnId = candidate.constFirst().columnId;

    QHash<std::pair<qint64, int>, qsizetype> byKey;
    for (qsizetype i = 0; i < baseline.size(); ++i)
        byKey.insert({baseline[i].rowId, baseline[i].repeat}, i);
    // Paired cases, in the candidate's order.
    QList<std::pair<const CaseFacts *, const CaseFacts *>> paired;
    for (const CaseFacts &b : candidate) {
        const auto it = byKey.constFind({b.rowId, b.repeat});
        if (it != byKey.cend())
            paired.append(std::pair{&baseline[*it], &b});
    }

    std::vector<double> va;
    std::vector<double> vb;
    qint64 onlyA = 0;
    qint64 onlyB = 0;
    for (const auto &[a, b] : paired) {
        const std::optional<Verdict> x = verdict(*a);
        const std::optional<Verdict> y = verdict(*b);
        if (!x || !y)
            continue;
        ++out.pairs;
        va.push_back(x->value);
        vb.push_back(y->value);
        constexpr double eps = 1e-12;
        if (y->value > x->value + eps)
            ++out.improved;
        else if (y->value < x->value - eps)
            ++out.regressed;
        else
            ++out.unchanged;
        onlyA += x->pass && !y->pass ? 1 : 0;
        onlyB += !x->pass && y->pass ? 1 : 0;
    }
    out.mcnemar = McNemar::test(onlyA, onlyB);
    out.score = PairedBootstrap::compareMeans(va, vb, m_options);

    QList<CaseFacts> both = baseline;
    both.append(candidate);
    for (const QString &name : scorerNames(both)) {
        std::vector<double> sa;
        std::vector<double> sb;
        QList<QJsonObject> da;
        QList<QJsonObject> db;
        for (const auto &[a, b] : paired) {
            if (a->state != CaseFacts::State::Ok || b->state != CaseFacts::State::Ok)
                continue;
            const StoredScore *x = find(*a, name);
            const StoredScore *y = find(*b, name);
            if (!x || !y || isSkipped(*x) || isSkipped(*y))
                continue;
            sa.push_back(x->value.value_or(0.0));
            sb.push_back(y->value.value_or(0.0));
            da.append(x->details);
            db.append(y->details);
        }
        if (sa.empty())
            continue;
        out.scorers.append({name, PairedBootstrap::compareMeans(sa, sb, m_options)});
        const std::optional<CorpusMetric> ca = CorpusMetric::fromDetails(da);
        const std::optional<CorpusMetric> cb = CorpusMetric::fromDetails(db);
        if (ca && cb && ca->size() == cb->size()) {
            out.scorers.append({name + u" ("_s + ca->name() + u')',
                                PairedBootstrap::compare(
                                    ca->size(), [&](const std::vector<qsizetype> &idx) { return ca->score(idx); },
                                    [&](const std::vector<qsizetype> &idx) { return cb->score(idx); }, m_options)});
        }
    }
    return out;
}

} // namespace lathe
