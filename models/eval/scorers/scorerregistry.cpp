#include "scorerregistry.h"

#include "classificationscorer.h"
#include "jsonscorers.h"
#include "jsscorer.h"
#include "performancescorers.h"
#include "referencescorers.h"
#include "scorer.h"
#include "textscorers.h"

#include "eval/judge/judgescorer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScorerRegistry)
};

const QStringList &judgeTypes()
{
    static const QStringList t{u"answer-relevance"_s, u"context-faithfulness"_s,
                               u"context-recall"_s, u"context-relevance"_s, u"conversation-relevance"_s,
                               u"g-eval"_s, u"select-best"_s, u"similar"_s, u"classifier"_s, u"moderation"_s,
                               u"pi"_s, u"guardrails"_s, u"search-rubric"_s};
    return t;
}

const QStringList &unsupportedTypes()
{
    static const QStringList t{u"python"_s, u"ruby"_s, u"webhook"_s, u"is-sql"_s, u"contains-sql"_s,
                               u"is-xml"_s, u"contains-xml"_s, u"is-html"_s, u"contains-html"_s,
                               u"perplexity"_s, u"perplexity-score"_s, u"is-refusal"_s, u"gleu"_s,
                               u"meteor"_s, u"finish-reason"_s, u"is-valid-function-call"_s,
                               u"is-valid-openai-function-call"_s, u"is-valid-openai-tools-call"_s,
                               u"assert-set"_s, u"trace-span-count"_s, u"trace-span-duration"_s};
    return t;
}

bool templated(const QJsonValue &v)
{
    return v.isString() && (v.toString().contains(u"{{"_s) || v.toString().contains(u"{%"_s));
}

} // namespace

ScorerRegistry::Support ScorerRegistry::support(const QString &type)
{
    if (types().contains(type))
        return Support::Available;
    if (judgeTypes().contains(type))
        return Support::NeedsJudge;
    if (unsupportedTypes().contains(type))
        return Support::Unsupported;
    return Support::Unknown;
}

bool ScorerRegistry::isAsyncType(const QString &type)
{
    return JudgeScorer::types().contains(type);
}

QStringList ScorerRegistry::types()
{
    static const QStringList t = TextScorers::types() + JsonScorers::types() + ReferenceScorers::types()
        + QStringList{u"classification"_s, u"javascript"_s} + PerformanceScorers::types() + JudgeScorer::types();
    return t;
}

std::unique_ptr<Scorer> ScorerRegistry::create(const ScorerSpec &spec, QString *error, const JudgeContext *judge)
{
    const QString &t = spec.type;
    if (TextScorers::types().contains(t))
        return TextScorers::create(spec, error);
    if (JsonScorers::types().contains(t))
        return JsonScorers::create(spec, error);
    if (ReferenceScorers::types().contains(t))
        return ReferenceScorers::create(spec, error);
    if (PerformanceScorers::types().contains(t))
        return PerformanceScorers::create(spec, error);
    if (t == u"classification")
        return ClassificationScorer::create(spec, error);
    if (t == u"javascript")
        return JsScorer::create(spec, error);
    if (JudgeScorer::types().contains(t))
        return JudgeScorer::create(spec, judge ? *judge : JudgeContext{}, error);
    *error = unavailableReason(spec);
    return nullptr;
}

QString ScorerRegistry::check(const ScorerSpec &spec)
{
    if (support(spec.type) != Support::Available)
        return unavailableReason(spec);
    QString error;
    if (templated(spec.value)) {
        if (!isAsyncType(spec.type))
            return {};
        // A judge's value is text sent as is: check its options with the template as the value.
        ScorerSpec probe = spec;
        probe.value = u"template"_s;
        return create(probe, &error) ? QString() : error;
    }
    return create(spec, &error) ? QString() : error;
}

QString ScorerRegistry::unavailableReason(const ScorerSpec &spec)
{
    switch (support(spec.type)) {
    case Support::Available:
        return {};
    case Support::NeedsJudge:
        return Tr::tr("%1 is a model-graded promptfoo scorer that Lathe does not run yet (its LLM judges: %2)")
            .arg(spec.fullType(), JudgeScorer::types().join(u", "_s));
    case Support::Unsupported:
        return Tr::tr("%1 is a promptfoo scorer that Lathe does not run").arg(spec.fullType());
    case Support::Unknown:
        break;
    }
    return Tr::tr("unknown scorer type \"%1\" (known types: %2)").arg(spec.fullType(), types().join(u", "_s));
}

} // namespace lathe
