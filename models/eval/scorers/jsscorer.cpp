#include "jsscorer.h"

#include "jssandbox.h"
#include "scorer.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsScorer)
};

QJsonValue measured(double v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

class ScriptScorer final : public Scorer
{
public:
    ScriptScorer(const ScorerSpec &spec, int timeoutMs) : Scorer(spec), m_source(spec.value.toString()), m_timeoutMs(timeoutMs) {}

    ScoreResult score(const ScoringInput &in) const override
    {
        const QJsonValue expected = in.expected.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(in.expected.constFirst());
        const QJsonObject context{{u"vars"_s, in.vars},
                                  {u"expected"_s, expected},
                                  {u"references"_s, QJsonArray::fromStringList(in.expected)},
                                  {u"latencyMs"_s, measured(in.latencyMs)},
                                  {u"ttftMs"_s, measured(in.ttftMs)},
                                  {u"promptTokens"_s, measured(double(in.promptTokens))},
                                  {u"completionTokens"_s, measured(double(in.completionTokens))},
                                  {u"cost"_s, measured(in.cost)},
                                  {u"config"_s, m_spec.config}};
        const JsSandbox::Result run = JsSandbox::call(m_source, in.output, context, expected, in.vars, m_timeoutMs);
        if (run.kind != JsSandbox::Result::Kind::Value)
            return ScoreResult::error(Tr::tr("JavaScript error: %1").arg(run.error));
        return normalize(run.value);
    }

private:
    bool passFromScore(double score) const
    {
        return m_spec.threshold ? score >= *m_spec.threshold : score > 0;
    }

    ScoreResult normalize(const QJsonValue &v) const
    {
        ScoreResult r;
        bool rawPass = false;
        if (v.isBool()) {
            rawPass = v.toBool();
            r.value = rawPass != m_spec.negated ? 1.0 : 0.0;
        } else if (v.isDouble() && std::isfinite(v.toDouble())) {
            r.value = v.toDouble();
            rawPass = passFromScore(r.value);
        } else if (v.isObject() && (v.toObject().value(u"pass"_s).isBool() || v.toObject().value(u"score"_s).isDouble())) {
            const QJsonObject o = v.toObject();
            const QJsonValue score = o.value(u"score"_s);
            if (score.isDouble() && !std::isfinite(score.toDouble()))
                return ScoreResult::error(Tr::tr("the script returned a score that is not a finite number"));
            rawPass = o.value(u"pass"_s).isBool() ? o.value(u"pass"_s).toBool() : passFromScore(score.toDouble());
            r.value = score.isDouble() ? score.toDouble() : (rawPass != m_spec.negated ? 1.0 : 0.0);
            r.reason = o.value(u"reason"_s).toString();
        } else {
            return ScoreResult::error(Tr::tr("the script must return a boolean, a finite number or {pass, score, reason}"));
        }
        const bool pass = rawPass != m_spec.negated;
        r.pass = pass;
        if (!pass && r.reason.isEmpty())
            r.reason = Tr::tr("the script returned %1").arg(rawPass ? u"true"_s : u"false"_s);
        else if (pass && m_spec.negated)
            r.reason.clear();
        return r;
    }

    QString m_source;
    int m_timeoutMs;
};

} // namespace

std::unique_ptr<Scorer> JsScorer::create(const ScorerSpec &spec, QString *error)
{
    if (spec.type != u"javascript") {
        *error = Tr::tr("unknown scorer type \"%1\"").arg(spec.fullType());
        return nullptr;
    }
    if (!spec.value.isString() || spec.value.toString().trimmed().isEmpty()) {
        *error = Tr::tr("javascript needs the script as its value");
        return nullptr;
    }
    if (spec.value.toString().startsWith(u"file://"_s)) {
        *error = Tr::tr("javascript: scripts in files (%1) are not loaded; paste the script as the value")
                     .arg(spec.value.toString());
        return nullptr;
    }
    if (!QCoreApplication::instance()) {
        *error = Tr::tr("javascript: scripts need the application object (QCoreApplication), which this program lacks");
        return nullptr;
    }
    int timeout = kDefaultTimeoutMs;
    if (const QJsonValue t = spec.config.value(u"timeout_ms"_s); !t.isUndefined()) {
        const double d = t.toDouble(-1);
        if (!t.isDouble() || d < 1 || d > 60000) {
            *error = Tr::tr("javascript: \"timeout_ms\" must be from 1 to 60000");
            return nullptr;
        }
        timeout = int(d);
    }
    const QString syntax = JsSandbox::syntaxError(spec.value.toString());
    if (!syntax.isEmpty()) {
        *error = Tr::tr("JavaScript syntax error: %1").arg(syntax);
        return nullptr;
    }
    return std::make_unique<ScriptScorer>(spec, timeout);
}

} // namespace lathe
