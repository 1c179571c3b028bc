#include "judgescorer.h"

#include "judgeverdict.h"

#include "eval/scorers/scorervalues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

// An option written on the assert itself (promptfoo's style) or inside its config.
QJsonValue option(const ScorerSpec &spec, QLatin1StringView key)
{
    const QJsonValue own = spec.extra.value(key);
    return own.isUndefined() || own.isNull() ? spec.config.value(key) : own;
}

QJsonValue jsonOrText(const QByteArray &bytes)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (e.error == QJsonParseError::NoError && doc.isArray())
        return doc.array();
    return QString::fromUtf8(bytes);
}

QString valueText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return ScorerValues::text(v);
}

JudgeVerdict::Format formatOf(JudgePrompt::Kind kind)
{
    switch (kind) {
    case JudgePrompt::Kind::ClosedQa:
        return JudgeVerdict::Format::ClosedQa;
    case JudgePrompt::Kind::Factuality:
        return JudgeVerdict::Format::Factuality;
    case JudgePrompt::Kind::Rubric:
        break;
    }
    return JudgeVerdict::Format::Rubric;
}

} // namespace

QStringList JudgeScorer::types()
{
    return {u"llm-rubric"_s, u"model-graded-closedqa"_s, u"factuality"_s, u"model-graded-factuality"_s};
}

std::optional<JudgeTarget> JudgeScorer::ownTarget(const ScorerSpec &spec, QString *error)
{
    JudgeTarget t;
    const QJsonValue provider = option(spec, "provider"_L1);
    if (provider.isString()) {
        t.provider = provider.toString().trimmed();
    } else if (provider.isObject() && provider.toObject().value("id"_L1).isString()) {
        t.provider = provider.toObject().value("id"_L1).toString().trimmed();
    } else if (!provider.isUndefined() && !provider.isNull()) {
        *error = tr("%1: \"provider\" must be a provider name (or {id: NAME})").arg(spec.fullType());
        return std::nullopt;
    }
    const QJsonValue model = option(spec, "model"_L1);
    if (model.isString()) {
        t.model = model.toString().trimmed();
    } else if (!model.isUndefined() && !model.isNull()) {
        *error = tr("%1: \"model\" must be text").arg(spec.fullType());
        return std::nullopt;
    }
    return t;
}

std::unique_ptr<Scorer> JudgeScorer::create(const ScorerSpec &spec, const JudgeContext &context, QString *error)
{
    const std::optional<JudgePrompt::Kind> kind = JudgePrompt::kindOf(spec.type);
    if (!kind) {
        *error = tr("%1 is not a judge scorer").arg(spec.fullType());
        return nullptr;
    }
    if (*kind != JudgePrompt::Kind::Factuality && valueText(spec.value).trimmed().isEmpty()) {
        *error = *kind == JudgePrompt::Kind::Rubric
            ? tr("%1 needs a rubric as its value (what the output must do to pass)").arg(spec.fullType())
            : tr("%1 needs a criterion as its value").arg(spec.fullType());
        return nullptr;
    }
    const std::optional<JudgeTarget> own = ownTarget(spec, error);
    if (!own)
        return nullptr;
    QJsonValue custom = option(spec, "rubricPrompt"_L1);
    if (custom.isUndefined() || custom.isNull())
        custom = spec.config.value("rubric_prompt"_L1);
    QString promptError;
    std::optional<JudgePrompt> prompt = JudgePrompt::create(*kind, custom, &promptError);
    if (!prompt) {
        *error = u"%1: %2"_s.arg(spec.fullType(), promptError);
        return nullptr;
    }

    std::unique_ptr<JudgeScorer> s(new JudgeScorer(spec, std::move(*prompt), own->orElse(context.fallback), context));
    s->m_params = {{u"temperature"_s, 0}, {u"response_format"_s, u"json_object"_s}};
    for (const QLatin1StringView key : {"temperature"_L1, "max_tokens"_L1, "top_p"_L1, "seed"_L1}) {
        const QJsonValue v = spec.config.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble()) {
            *error = tr("%1: config.%2 must be a number").arg(spec.fullType(), key);
            return nullptr;
        }
        s->m_params.insert(key, v);
    }
    if (const QJsonValue scale = spec.config.value("score_scale"_L1); !scale.isUndefined()) {
        if (!ScorerValues::number(scale, &s->m_scoreScale) || s->m_scoreScale <= 0) {
            *error = tr("%1: config.score_scale must be a number above 0").arg(spec.fullType());
            return nullptr;
        }
    }
    if (*kind == JudgePrompt::Kind::Factuality) {
        const QJsonObject f = spec.config.value("factuality"_L1).toObject();
        const std::pair<const char *, const char *> names[] = {
            {"A", "subset"}, {"B", "superset"}, {"C", "agree"}, {"D", "disagree"}, {"E", "differButFactual"}};
        for (const auto &[letter, name] : names) {
            double score = qstrcmp(letter, "D") == 0 ? 0.0 : 1.0;
            const QJsonValue v = f.value(QLatin1StringView(name));
            if (!v.isUndefined() && (!ScorerValues::number(v, &score) || score < 0 || score > 1)) {
                *error = tr("%1: config.factuality.%2 must be a number from 0 to 1").arg(spec.fullType(),
                                                                                      QLatin1StringView(name));
                return nullptr;
            }
            s->m_categoryScores.insert(QString::fromLatin1(letter), score);
        }
    }
    return s;
}

JudgeScorer::JudgeScorer(ScorerSpec spec, JudgePrompt prompt, JudgeTarget target, JudgeContext context)
    : Scorer(std::move(spec))
    , m_prompt(std::move(prompt))
    , m_target(std::move(target))
    , m_context(std::move(context))
{
}

ScoreResult JudgeScorer::score(const ScoringInput &) const
{
    return ScoreResult::error(tr("%1 asks an LLM judge and scores asynchronously").arg(m_spec.fullType()));
}

std::optional<JudgeCall> JudgeScorer::buildCall(const ScoringInput &input, QString *error) const
{
    const QString criterion = valueText(m_spec.value);
    const QJsonObject vars = JudgePrompt::variables(m_prompt.kind(), criterion, input);
    if (m_prompt.kind() == JudgePrompt::Kind::Factuality && vars.value("reference"_L1).toString().trimmed().isEmpty()) {
        *error = tr("%1 needs a reference answer: a value, or an expected column in the dataset").arg(m_spec.fullType());
        return std::nullopt;
    }
    JudgeCall call;
    call.target = m_target;
    call.request.params = m_params;
    const JudgeVerdict::Format format = formatOf(m_prompt.kind());
    call.cacheable = [format](const QString &reply) { return JudgeVerdict::parse(reply, format).ok; };
    if (!m_prompt.render(vars, &call.request.messages, error))
        return std::nullopt;
    return call;
}

void JudgeScorer::scoreAsync(const ScoringInput &input, const Callback &done) const
{
    // No judge set up is like a type that is not available: skipped, saying what to set.
    if (!m_context.client || m_target.provider.isEmpty()) {
        done(ScoreResult::skipped(tr("%1 needs an LLM judge: name a stored provider and model on the scorer "
                                     "(provider:, model:) or for the run (lathe-cli score --judge-provider NAME "
                                     "--judge-model M)").arg(m_spec.fullType())));
        return;
    }
    QString error;
    const std::optional<JudgeCall> call = buildCall(input, &error);
    if (!call) {
        done(ScoreResult::error(error));
        return;
    }
    // `done` keeps this scorer alive (ScorerSuite's callback holds it) until it is called.
    m_context.client->call(*call, [this, done](const JudgeReply &reply) { done(verdict(reply)); });
}

ScoreResult JudgeScorer::verdict(const JudgeReply &reply) const
{
    const ChatResponse &r = reply.response;
    QJsonObject judge{{u"provider"_s, reply.provider}, {u"model"_s, reply.model}, {u"cached"_s, reply.cached}};
    if (!reply.cacheKey.isEmpty())
        judge.insert(u"cache_key"_s, reply.cacheKey);
    if (r.httpStatus)
        judge.insert(u"http_status"_s, r.httpStatus);
    judge.insert(u"attempts"_s, r.attempts);
    judge.insert(u"latency_ms"_s, double(r.latencyMs));
    if (r.promptTokens >= 0)
        judge.insert(u"prompt_tokens"_s, r.promptTokens);
    if (r.completionTokens >= 0)
        judge.insert(u"completion_tokens"_s, r.completionTokens);
    if (!r.rawRequest.isEmpty())
        judge.insert(u"request"_s, jsonOrText(r.rawRequest));
    if (!r.rawResponse.isEmpty())
        judge.insert(u"response"_s, jsonOrText(r.rawResponse));

    ScoreResult out;
    if (r.errorKind == ErrorKind::Config) {
        // Nothing was sent (no provider, model or key): no exchange to record.
        return ScoreResult::error(r.errorMessage.isEmpty() ? errorKindName(r.errorKind) : r.errorMessage);
    }
    if (!r.ok()) {
        const QString message = r.errorMessage.isEmpty() ? errorKindName(r.errorKind) : r.errorMessage;
        out = ScoreResult::error(tr("the judge call failed: %1").arg(message));
    } else {
        judge.insert(u"reply"_s, r.output);
        out = fromVerdict(JudgeVerdict::parse(r.output, formatOf(m_prompt.kind())));
    }
    out.details.insert(u"judge"_s, judge);
    return out;
}

ScoreResult JudgeScorer::fromVerdict(const JudgeVerdict &v) const
{
    if (!v.ok)
        return ScoreResult::error(v.error);
    bool pass = true;
    double score = 0;
    QJsonObject verdict{{u"method"_s, v.method}};
    if (m_prompt.kind() == JudgePrompt::Kind::Factuality) {
        score = m_categoryScores.value(v.category, 0.0);
        pass = score > 0;
        verdict.insert(u"category"_s, v.category);
    } else {
        pass = v.pass.value_or(true);
        if (v.score && m_prompt.kind() == JudgePrompt::Kind::Rubric) {
            score = *v.score / m_scoreScale;
            if (!std::isfinite(score) || score < 0 || score > 1) {
                return ScoreResult::error(tr("the judge's score %1 is outside 0 to 1 (set config.score_scale to the "
                                             "judge's maximum): “%2”")
                                              .arg(*v.score).arg(JudgeVerdict::snippet(v.reason)));
            }
        } else {
            score = pass ? 1.0 : 0.0;
        }
        if (v.pass)
            verdict.insert(u"judge_pass"_s, *v.pass);
        if (v.score)
            verdict.insert(u"judge_score"_s, *v.score);
    }
    if (m_spec.threshold) {
        pass = pass && score >= *m_spec.threshold;
        verdict.insert(u"threshold"_s, *m_spec.threshold);
    }
    if (m_spec.negated) {
        pass = !pass;
        score = 1.0 - score;
    }
    ScoreResult out;
    out.value = score;
    out.pass = pass;
    out.reason = v.reason;
    out.details.insert(u"verdict"_s, verdict);
    return out;
}

} // namespace lathe
