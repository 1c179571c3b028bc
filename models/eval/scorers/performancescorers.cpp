#include "performancescorers.h"

#include "scorer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceScorers)
};

class LimitScorer final : public Scorer
{
public:
    enum class Kind { Latency, Ttft, Tokens, Cost };
    enum class Tokens { Total, Prompt, Completion };

    LimitScorer(const ScorerSpec &spec, Kind kind, Tokens tokens) : Scorer(spec), m_kind(kind), m_tokens(tokens) {}

    ScoreResult score(const ScoringInput &in) const override
    {
        double measured = -1;
        QString unit;
        switch (m_kind) {
        case Kind::Latency:
            if (in.cached)
                return ScoreResult::skipped(Tr::tr("answered from the cache: no latency to judge"));
            measured = in.latencyMs;
            unit = u" ms"_s;
            break;
        case Kind::Ttft:
            if (in.cached)
                return ScoreResult::skipped(Tr::tr("answered from the cache: no time to first token to judge"));
            measured = in.ttftMs;
            unit = u" ms"_s;
            break;
        case Kind::Tokens:
            if (m_tokens == Tokens::Prompt)
                measured = double(in.promptTokens);
            else if (m_tokens == Tokens::Completion)
                measured = double(in.completionTokens);
            else if (in.promptTokens >= 0 && in.completionTokens >= 0)
                measured = double(in.promptTokens + in.completionTokens);
            break;
        case Kind::Cost:
            measured = in.cost;
            break;
        }
        if (measured < 0)
            return ScoreResult::skipped(Tr::tr("the result has no %1 measurement").arg(m_spec.type));
        const double limit = *m_spec.threshold;
        ScoreResult r = check(measured <= limit,
                              Tr::tr("%1 %2%3 is above the limit %4%3").arg(m_spec.type).arg(measured).arg(unit).arg(limit),
                              Tr::tr("%1 %2%3 is within the limit %4%3").arg(m_spec.type).arg(measured).arg(unit).arg(limit));
        r.details.insert(u"measured"_s, measured);
        return r;
    }

private:
    Kind m_kind;
    Tokens m_tokens;
};

} // namespace

QStringList PerformanceScorers::types()
{
    return {u"latency"_s, u"ttft"_s, u"time-to-first-token"_s, u"tokens"_s, u"cost"_s};
}

std::unique_ptr<Scorer> PerformanceScorers::create(const ScorerSpec &spec, QString *error)
{
    using Kind = LimitScorer::Kind;
    const QString &t = spec.type;
    Kind kind{};
    if (t == u"latency")
        kind = Kind::Latency;
    else if (t == u"ttft" || t == u"time-to-first-token")
        kind = Kind::Ttft;
    else if (t == u"tokens")
        kind = Kind::Tokens;
    else if (t == u"cost")
        kind = Kind::Cost;
    else {
        *error = Tr::tr("unknown scorer type \"%1\"").arg(spec.fullType());
        return nullptr;
    }
    if (!spec.threshold || *spec.threshold < 0) {
        *error = Tr::tr("%1 needs a threshold >= 0 (the limit)").arg(spec.fullType());
        return nullptr;
    }
    LimitScorer::Tokens tokens = LimitScorer::Tokens::Total;
    if (kind == Kind::Tokens) {
        const QString k = spec.config.value(u"kind"_s).toString(u"total"_s);
        if (k == u"prompt")
            tokens = LimitScorer::Tokens::Prompt;
        else if (k == u"completion")
            tokens = LimitScorer::Tokens::Completion;
        else if (k != u"total") {
            *error = Tr::tr("tokens: \"kind\" must be total, prompt or completion");
            return nullptr;
        }
    }
    return std::make_unique<LimitScorer>(spec, kind, tokens);
}

} // namespace lathe
