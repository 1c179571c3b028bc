#include "scorerspec.h"

#include "dataset/promptfooassertion.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScorerSpec)
};

std::optional<double> number(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    if (v.isString()) {
        bool parsed = false;
        const double d = v.toString().trimmed().toDouble(&parsed);
        if (parsed && std::isfinite(d))
            return d;
    }
    *ok = false;
    return std::nullopt;
}

} // namespace

QString ScorerSpec::fullType() const
{
    return negated ? u"not-"_s + type : type;
}

QString ScorerSpec::displayName() const
{
    return metric.isEmpty() ? fullType() : metric;
}

QJsonObject ScorerSpec::toJson() const
{
    QJsonObject o = extra;
    o.insert(u"type"_s, fullType());
    if (!value.isUndefined())
        o.insert(u"value"_s, value);
    if (threshold)
        o.insert(u"threshold"_s, *threshold);
    if (weight != 1.0)
        o.insert(u"weight"_s, weight);
    if (!metric.isEmpty())
        o.insert(u"metric"_s, metric);
    if (!config.isEmpty())
        o.insert(u"config"_s, config);
    return o;
}

std::optional<ScorerSpec> ScorerSpec::fromJson(const QJsonValue &json, QString *error)
{
    QJsonObject o;
    if (json.isString())
        o = PromptfooAssertion::fromString(json.toString());
    else if (json.isObject())
        o = json.toObject();
    else {
        *error = Tr::tr("a scorer must be an object with a \"type\"");
        return std::nullopt;
    }

    ScorerSpec spec;
    const QJsonValue type = o.value(u"type"_s);
    if (!type.isString() || type.toString().trimmed().isEmpty()) {
        *error = Tr::tr("a scorer needs a \"type\" (e.g. contains, equals, javascript)");
        return std::nullopt;
    }
    spec.type = type.toString().trimmed();
    if (spec.type.startsWith(u"not-"_s)) {
        spec.negated = true;
        spec.type = spec.type.mid(4);
    }
    if (spec.type.isEmpty()) {
        *error = Tr::tr("\"not-\" must be followed by a scorer type");
        return std::nullopt;
    }
    spec.value = o.value(u"value"_s);

    bool ok = false;
    spec.threshold = number(o.value(u"threshold"_s), &ok);
    if (!ok) {
        *error = Tr::tr("%1: \"threshold\" must be a number").arg(spec.fullType());
        return std::nullopt;
    }
    const std::optional<double> weight = number(o.value(u"weight"_s), &ok);
    if (!ok || (weight && *weight < 0)) {
        *error = Tr::tr("%1: \"weight\" must be a number >= 0").arg(spec.fullType());
        return std::nullopt;
    }
    spec.weight = weight.value_or(1.0);

    const QJsonValue metric = o.value(u"metric"_s);
    if (!metric.isUndefined() && !metric.isNull()) {
        if (!metric.isString()) {
            *error = Tr::tr("%1: \"metric\" must be a string").arg(spec.fullType());
            return std::nullopt;
        }
        spec.metric = metric.toString().trimmed();
        if (spec.metric.startsWith(u'_')) {
            *error = Tr::tr("%1: metric names starting with \"_\" are reserved").arg(spec.fullType());
            return std::nullopt;
        }
    }
    const QJsonValue config = o.value(u"config"_s);
    if (!config.isUndefined() && !config.isNull()) {
        if (!config.isObject()) {
            *error = Tr::tr("%1: \"config\" must be a mapping").arg(spec.fullType());
            return std::nullopt;
        }
        spec.config = config.toObject();
    }
    for (const QString &key : {u"type"_s, u"value"_s, u"threshold"_s, u"weight"_s, u"metric"_s, u"config"_s})
        o.remove(key);
    spec.extra = o;
    return spec;
}

} // namespace lathe
