#include "scorerset.h"

#include "yamljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScorerSet)
};

bool readList(const QJsonValue &list, ScorerSet *set, QString *error)
{
    if (list.isNull() || list.isUndefined())
        return true;
    if (!list.isArray()) {
        *error = Tr::tr("\"assert\" must be a list of scorers");
        return false;
    }
    const QJsonArray a = list.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        QString e;
        std::optional<ScorerSpec> spec = ScorerSpec::fromJson(a.at(i), &e);
        if (!spec) {
            *error = Tr::tr("scorer %1: %2").arg(i + 1).arg(e);
            return false;
        }
        set->specs.append(std::move(*spec));
    }
    return true;
}

bool readThreshold(const QJsonValue &v, ScorerSet *set, QString *error)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        *error = Tr::tr("\"threshold\" must be a number");
        return false;
    }
    set->threshold = v.toDouble();
    return true;
}

} // namespace

QJsonValue ScorerSet::toJson() const
{
    QJsonArray list;
    for (const ScorerSpec &s : specs)
        list.append(s.toJson());
    if (!threshold)
        return list;
    return QJsonObject{{u"assert"_s, list}, {u"threshold"_s, *threshold}};
}

std::optional<ScorerSet> ScorerSet::fromJson(const QJsonValue &json, QString *error)
{
    ScorerSet set;
    if (json.isUndefined() || json.isNull())
        return set;
    if (json.isArray()) {
        if (!readList(json, &set, error))
            return std::nullopt;
        return set;
    }
    if (!json.isObject()) {
        *error = Tr::tr("expected a list of scorers");
        return std::nullopt;
    }
    QJsonObject o = json.toObject();
    if (o.contains(u"defaultTest"_s)) {
        const QJsonValue dt = o.value(u"defaultTest"_s);
        if (!dt.isObject()) {
            *error = Tr::tr("\"defaultTest\" must be a mapping");
            return std::nullopt;
        }
        o = dt.toObject();
    }
    if (!o.contains(u"assert"_s) && !o.contains(u"threshold"_s)) {
        *error = Tr::tr("expected a list of scorers, or a mapping with an \"assert\" list");
        return std::nullopt;
    }
    if (!readList(o.value(u"assert"_s), &set, error) || !readThreshold(o.value(u"threshold"_s), &set, error))
        return std::nullopt;
    return set;
}

std::optional<ScorerSet> ScorerSet::parse(const QByteArray &text, QString *error)
{
    const std::optional<QJsonValue> json = YamlJson::parse(text, error);
    if (!json)
        return std::nullopt;
    if (json->isNull())
        return ScorerSet{};
    return fromJson(*json, error);
}

QString ScorerSet::toYaml() const
{
    if (isEmpty())
        return u"[]\n"_s;
    return YamlJson::write(toJson());
}

ScorerSet ScorerSet::merged(const ScorerSet &base, const ScorerSet &more)
{
    ScorerSet out = base;
    out.specs.append(more.specs);
    if (more.threshold)
        out.threshold = more.threshold;
    return out;
}

} // namespace lathe
