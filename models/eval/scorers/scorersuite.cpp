#include "scorersuite.h"

#include "scorerregistry.h"

#include "prompt/template.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <mutex>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScorerSuite)
};

bool templated(const QString &s)
{
    return s.contains(u"{{"_s) || s.contains(u"{%"_s);
}

bool templated(const QJsonValue &v)
{
    if (v.isString())
        return templated(v.toString());
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (item.isString() && templated(item.toString()))
                return true;
        }
    }
    return false;
}

// Renders the strings of a value (a string, or a list's strings); the first failure wins.
QJsonValue render(const QJsonValue &v, const QJsonObject &vars, QString *error)
{
    const auto one = [&](const QString &s) -> QJsonValue {
        if (!templated(s))
            return s;
        TemplateError te;
        const std::shared_ptr<const Template> t = Template::parse(s, &te);
        const QString out = t ? t->render(vars, &te) : QString();
        if (te && error->isEmpty())
            *error = Tr::tr("the value's template: %1").arg(te.toString());
        return out;
    };
    if (v.isString())
        return one(v.toString());
    QJsonArray a;
    for (const QJsonValue &item : v.toArray())
        a.append(item.isString() ? one(item.toString()) : item);
    return a;
}

} // namespace

ScorerSuite::ScorerSuite(const ScorerSet &set, const JudgeContext &judge)
    : m_set(set)
    , m_judge(judge)
{
    QHash<QString, int> typeCount;
    for (const ScorerSpec &spec : set.specs) {
        Entry e;
        e.spec = spec;
        if (!spec.metric.isEmpty()) {
            e.name = spec.metric;
        } else {
            const int n = ++typeCount[spec.fullType()];
            e.name = n == 1 ? spec.fullType() : u"%1#%2"_s.arg(spec.fullType()).arg(n);
        }
        if (ScorerRegistry::support(spec.type) != ScorerRegistry::Support::Available) {
            e.failure = ScoreResult::skipped(ScorerRegistry::unavailableReason(spec));
        } else if (!templated(spec.value)) {
            QString error;
            std::unique_ptr<Scorer> s = ScorerRegistry::create(spec, &error, &m_judge);
            if (s) {
                m_async = m_async || s->isAsync();
                e.scorer = std::move(s);
            } else {
                e.failure = ScoreResult::error(error);
            }
        } else {
            m_async = m_async || ScorerRegistry::isAsyncType(spec.type);
        }
        m_entries.push_back(std::move(e));
    }
}

ScorerSuite::~ScorerSuite() = default;

QStringList ScorerSuite::names() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (!out.contains(e.name))
            out.append(e.name);
    }
    return out;
}

std::shared_ptr<const Scorer> ScorerSuite::scorerFor(const Entry &e, const ScoringInput &input,
                                                     ScoreResult *failure) const
{
    if (e.scorer)
        return e.scorer;
    if (!templated(e.spec.value) || e.failure.status == ScoreResult::Status::Skipped) {
        *failure = e.failure;
        return nullptr;
    }
    QString error;
    ScorerSpec spec = e.spec;
    spec.value = render(e.spec.value, input.vars, &error);
    std::shared_ptr<const Scorer> s;
    if (error.isEmpty())
        s = ScorerRegistry::create(spec, &error, &m_judge);
    if (!s)
        *failure = ScoreResult::error(error);
    return s;
}

CaseScores ScorerSuite::score(const ScoringInput &input) const
{
    QList<ScoreResult> results;
    results.reserve(qsizetype(m_entries.size()));
    for (const Entry &e : m_entries) {
        ScoreResult failure;
        const std::shared_ptr<const Scorer> s = scorerFor(e, input, &failure);
        if (!s)
            results.append(failure);
        else if (s->isAsync())
            results.append(ScoreResult::error(Tr::tr("%1 scores asynchronously").arg(e.spec.fullType())));
        else
            results.append(s->score(input));
    }
    return collect(results);
}

void ScorerSuite::scoreAsync(const ScoringInput &input, const std::function<void(CaseScores)> &done) const
{
    struct State
    {
        std::mutex mutex;
        QList<ScoreResult> results;
        qsizetype remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->results.resize(qsizetype(m_entries.size()));
    state->remaining = qsizetype(m_entries.size()) + 1;   // +1 until every call is issued
    const auto deliver = [this, state, done](qsizetype index, ScoreResult r) {
        bool last = false;
        {
            std::lock_guard lock(state->mutex);
            if (index >= 0)
                state->results[index] = std::move(r);
            last = --state->remaining == 0;
        }
        if (last)
            done(collect(state->results));
    };
    for (qsizetype i = 0; i < qsizetype(m_entries.size()); ++i) {
        ScoreResult failure;
        const std::shared_ptr<const Scorer> s = scorerFor(m_entries[std::size_t(i)], input, &failure);
        if (!s)
            deliver(i, failure);
        else
            s->scoreAsync(input, [deliver, i, s](ScoreResult r) { deliver(i, std::move(r)); });
    }
    deliver(-1, {});
}

CaseScores ScorerSuite::collect(const QList<ScoreResult> &results) const
{
    CaseScores out;
    // Rows by name, in order of first appearance.
    QHash<QString, qsizetype> rowOf;
    QList<QList<qsizetype>> members;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString &name = m_entries[std::size_t(i)].name;
        const auto it = rowOf.constFind(name);
        if (it == rowOf.cend()) {
            rowOf.insert(name, out.scores.size());
            out.scores.append({name, results[i]});
            members.append(QList<qsizetype>{i});
        } else {
            members[*it].append(i);
        }
    }
    // Rows shared by several scorers (one metric): weighted mean, pass when all pass.
    for (qsizetype row = 0; row < out.scores.size(); ++row) {
        if (members[row].size() < 2)
            continue;
        ScoreResult merged;
        double sum = 0;
        double weights = 0;
        bool anyJudged = false;
        QJsonArray parts;
        for (const qsizetype i : std::as_const(members[row])) {
            const ScoreResult &r = results[i];
            const double w = m_entries[std::size_t(i)].spec.weight;
            parts.append(QJsonObject{{u"type"_s, m_entries[std::size_t(i)].spec.fullType()}, {u"value"_s, r.value},
                                     {u"pass"_s, r.pass ? QJsonValue(*r.pass) : QJsonValue()}, {u"reason"_s, r.reason}});
            if (r.status == ScoreResult::Status::Skipped)
                continue;
            anyJudged = true;
            sum += r.value * w;
            weights += w;
            if (r.pass) {
                merged.pass = merged.pass.value_or(true) && *r.pass;
                if (!*r.pass && merged.reason.isEmpty())
                    merged.reason = r.reason;
            }
            if (r.status == ScoreResult::Status::Error)
                merged.status = ScoreResult::Status::Error;
        }
        if (!anyJudged)
            merged.status = ScoreResult::Status::Skipped;
        merged.value = weights > 0 ? sum / weights : 0.0;
        merged.details.insert(u"parts"_s, parts);
        out.scores[row].result = merged;
    }

    // The case total, promptfoo's way, over the individual scorers.
    double sum = 0;
    double weights = 0;
    int judged = 0;
    bool pass = true;
    QString reason;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const ScoreResult &r = results[i];
        if (r.status == ScoreResult::Status::Skipped || !r.pass)
            continue;
        const Entry &e = m_entries[std::size_t(i)];
        ++judged;
        sum += r.value * e.spec.weight;
        weights += e.spec.weight;
        if (!*r.pass && pass) {
            pass = false;
            reason = e.name + u": "_s + r.reason;
        }
    }
    if (judged == 0)
        return out;
    ScoreResult total;
    total.value = weights > 0 ? sum / weights : 0.0;
    total.details.insert(u"scorers"_s, judged);
    if (m_set.threshold) {
        pass = total.value >= *m_set.threshold;
        reason = pass ? QString()
                      : Tr::tr("mean score %1 is below the threshold %2")
                            .arg(QString::number(total.value, 'f', 2)).arg(*m_set.threshold);
        total.details.insert(u"threshold"_s, *m_set.threshold);
    }
    total.pass = pass;
    total.reason = reason;
    out.total = total;
    return out;
}

} // namespace lathe
