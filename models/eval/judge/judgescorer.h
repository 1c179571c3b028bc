#pragma once

#include "judgeclient.h"
#include "judgeprompt.h"

#include "eval/scorers/scorer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace lathe {

struct JudgeVerdict;

// promptfoo's model-graded scorers, asynchronous (an LLM call per case):
//  - llm-rubric: value = the rubric. The judge answers {"reason", "score", "pass"}; a missing
//    pass counts as true and a missing score as pass ? 1 : 0 (promptfoo's defaults).
//  - model-graded-closedqa: value = the criterion; pass from the judge, score pass ? 1 : 0.
//  - factuality (model-graded-factuality): value = the reference answer, else the row's
//    expected values. The judge picks a category A-E; the score is config.factuality's
//    {subset, superset, agree, disagree, differButFactual} for it (promptfoo's defaults
//    1, 1, 1, 0, 1), and it passes when that score is above 0.
// With a `threshold` the case passes only when the judge's verdict passes and score >= threshold
// (promptfoo's rule). "not-" inverts pass and gives 1 - score. A score outside 0..1 (after
// dividing by config.score_scale, default 1) is an error.
//
// Options (on the assert, or inside its config): provider (a stored provider name, "NAME:MODEL",
// or {id: ...}), model, rubricPrompt (see JudgePrompt), and in config: temperature, max_tokens,
// top_p, seed (the request's parameters; temperature defaults to 0 and JSON output is asked
// for where the protocol can), score_scale, factuality.
//
// Every verdict records in details.judge the provider and model that answered, whether the
// response cache answered, the cache key, HTTP status, attempts, latency, tokens, the request
// body and the judge's raw reply (never a key); reason is the judge's reasoning. A failed call
// or an unreadable reply is an Error verdict whose reason quotes it.
class JudgeScorer final : public Scorer
{
    Q_DECLARE_TR_FUNCTIONS(JudgeScorer)
public:
    static QStringList types();
    // Null with *error when the value or an option cannot be used. With a null context.client,
    // or no provider named on the scorer or in context.fallback, the scorer is created (lists
    // stay valid) and every verdict is Skipped saying how to set up a judge.
    static std::unique_ptr<Scorer> create(const ScorerSpec &spec, const JudgeContext &context, QString *error);
    // The target the assert names itself (fields may be empty).
    static std::optional<JudgeTarget> ownTarget(const ScorerSpec &spec, QString *error);

    bool isAsync() const override { return true; }
    ScoreResult score(const ScoringInput &input) const override;
    void scoreAsync(const ScoringInput &input, const Callback &done) const override;

    const JudgeTarget &target() const { return m_target; }
    // The request a case would send (model still unset), or nothing with *error.
    std::optional<JudgeCall> buildCall(const ScoringInput &input, QString *error) const;
    // The verdict on a judge's reply.
    ScoreResult verdict(const JudgeReply &reply) const;

private:
    JudgeScorer(ScorerSpec spec, JudgePrompt prompt, JudgeTarget target, JudgeContext context);
    ScoreResult fromVerdict(const JudgeVerdict &v) const;

    JudgePrompt m_prompt;
    JudgeTarget m_target;      // own target, then the context's fallback
    JudgeContext m_context;
    QJsonObject m_params;      // request parameters without the model
    double m_scoreScale = 1.0;
    QHash<QString, double> m_categoryScores;   // factuality
};

} // namespace lathe
