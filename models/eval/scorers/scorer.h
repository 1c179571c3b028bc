#pragma once

#include "scorerspec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lathe {

// What a scorer sees of one case: the stored output and measurements of a result plus the
// dataset row it answered. Measurements below zero were not recorded.
struct ScoringInput
{
    QString output;
    QStringList expected;       // the row's expected column values (several: several references)
    QJsonObject vars;           // the row's values by column name
    double latencyMs = -1;
    double ttftMs = -1;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    double cost = -1;
    bool cached = false;        // answered from the response cache: latency is not the model's
};

// One scorer's verdict on one case.
struct ScoreResult
{
    enum class Status : unsigned char {
        Scored,   // value and pass hold the verdict
        Error,    // the scorer could not judge (bad value, script error): counts as a failure
        Skipped,  // nothing to judge (measurement missing, type not available): left out
    };

    Status status = Status::Scored;
    double value = 0.0;          // built-in scorers: 0..1 (1 is best); scripts may return any finite number
    std::optional<bool> pass;    // nullopt: a metric only, left out of the case's pass and mean
    QString reason;
    QJsonObject details;         // scorer-specific figures (distance, BLEU statistics, labels, ...)

    static ScoreResult error(const QString &reason)
    {
        ScoreResult r;
        r.status = Status::Error;
        r.pass = false;
        r.reason = reason;
        return r;
    }
    static ScoreResult skipped(const QString &reason)
    {
        ScoreResult r;
        r.status = Status::Skipped;
        r.reason = reason;
        return r;
    }
};

// A configured scorer. Created by ScorerRegistry from a ScorerSpec whose value is final (any
// template in it already rendered); it validates and compiles its value once (regex, JSON
// schema, script) at creation.
//
// Synchronous scorers implement score(): const and safe to call from several threads at once.
// An asynchronous scorer (an LLM judge) returns true from isAsync() and implements
// scoreAsync(), which must call `done` exactly once, from any thread, without blocking the
// caller; its score() is not called. The default scoreAsync() calls score().
class Scorer
{
public:
    using Callback = std::function<void(ScoreResult)>;

    explicit Scorer(ScorerSpec spec) : m_spec(std::move(spec)) {}
    virtual ~Scorer() = default;
    Q_DISABLE_COPY_MOVE(Scorer)

    const ScorerSpec &spec() const { return m_spec; }

    virtual bool isAsync() const { return false; }
    virtual ScoreResult score(const ScoringInput &input) const = 0;
    virtual void scoreAsync(const ScoringInput &input, const Callback &done) const { done(score(input)); }

protected:
    // A yes/no check: pass = condition, inverted by "not-"; value 1 or 0.
    ScoreResult check(bool condition, const QString &failReason, const QString &negatedFailReason) const
    {
        ScoreResult r;
        const bool pass = condition != m_spec.negated;
        r.pass = pass;
        r.value = pass ? 1.0 : 0.0;
        if (!pass)
            r.reason = m_spec.negated ? negatedFailReason : failReason;
        return r;
    }

    ScorerSpec m_spec;
};

} // namespace lathe
