#include "jsonschema.h"

#include "jsonschemachecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchema)
};

constexpr int kMaxDepth = JsonSchemaChecker::kMaxDepth;

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return std::floor(d) == d ? u"integer"_s : u"number"_s;
    }
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Object: return u"object"_s;
    default: return u"undefined"_s;
    }
}

bool hasType(const QJsonValue &v, const QString &type)
{
    const QString actual = typeOf(v);
    return actual == type || (type == u"number" && actual == u"integer");
}

qsizetype codePoints(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()))
            ++n;
    }
    return n;
}

QString join(const QString &path, const QString &token)
{
    return path + u'/' + token;
}

} // namespace

struct JsonSchema::Data
{
    QJsonValue root = true;
    QHash<QString, QRegularExpression> patterns;

    // --- validation ------------------------------------------------------------------------

    struct Errors
    {
        QStringList *list = nullptr;
        int max = 0;
        int count = 0;
        void add(const QString &path, const QString &message)
        {
            ++count;
            if (list && list->size() < max)
                list->append((path.isEmpty() ? u"/"_s : path) + u": "_s + message);
        }
    };

    bool matches(const QString &pattern, const QString &text) const
    {
        return patterns.value(pattern).match(text).hasMatch();
    }

    // Whether `v` conforms to `s`; failures are added to `errors` when it is given.
    bool validate(const QJsonValue &s, const QJsonValue &v, const QString &path, int depth, Errors *errors) const
    {
        const auto fail = [&](const QString &message) {
            if (errors)
                errors->add(path, message);
            return false;
        };
        if (depth > kMaxDepth)
            return fail(Tr::tr("the schema refers to itself without end"));
        if (s.isBool())
            return s.toBool() || fail(Tr::tr("no value is allowed here"));
        const QJsonObject o = s.toObject();
        bool ok = true;

        if (const QJsonValue ref = o.value(u"$ref"_s); ref.isString()) {
            if (const std::optional<QJsonValue> target = JsonSchemaChecker::resolve(root, ref.toString()))
                ok = validate(*target, v, path, depth + 1, errors) && ok;
        }
        if (const QJsonValue t = o.value(u"type"_s); !t.isUndefined()) {
            const QJsonArray list = t.isArray() ? t.toArray() : QJsonArray{t};
            QStringList names;
            bool any = false;
            for (const QJsonValue &n : list) {
                names.append(n.toString());
                any = any || hasType(v, n.toString());
            }
            if (!any)
                return fail(Tr::tr("expected %1, got %2").arg(names.join(u" or "_s), typeOf(v)));
        }
        if (const QJsonValue e = o.value(u"enum"_s); e.isArray() && !e.toArray().contains(v))
            ok = fail(Tr::tr("value is not one of the allowed values")) && ok;
        if (o.contains(u"const"_s) && o.value(u"const"_s) != v)
            ok = fail(Tr::tr("value is not the required constant")) && ok;

        if (v.isDouble())
            ok = validateNumber(o, v.toDouble(), fail) && ok;
        else if (v.isString())
            ok = validateString(o, v.toString(), fail) && ok;
        else if (v.isArray())
            ok = validateArray(o, v.toArray(), path, depth, errors, fail) && ok;
        else if (v.isObject())
            ok = validateObject(o, v.toObject(), path, depth, errors, fail) && ok;

        if (const QJsonValue all = o.value(u"allOf"_s); all.isArray()) {
            for (const QJsonValue &sub : all.toArray())
                ok = validate(sub, v, path, depth + 1, errors) && ok;
        }
        if (const QJsonValue any = o.value(u"anyOf"_s); any.isArray()) {
            bool matched = false;
            for (const QJsonValue &sub : any.toArray())
                matched = matched || validate(sub, v, path, depth + 1, nullptr);
            if (!matched)
                ok = fail(Tr::tr("value matches none of the anyOf schemas")) && ok;
        }
        if (const QJsonValue one = o.value(u"oneOf"_s); one.isArray()) {
            int matched = 0;
            for (const QJsonValue &sub : one.toArray())
                matched += validate(sub, v, path, depth + 1, nullptr) ? 1 : 0;
            if (matched != 1)
                ok = fail(Tr::tr("value matches %1 of the oneOf schemas, not exactly one").arg(matched)) && ok;
        }
        if (const QJsonValue no = o.value(u"not"_s); !no.isUndefined() && validate(no, v, path, depth + 1, nullptr))
            ok = fail(Tr::tr("value matches the schema under \"not\"")) && ok;
        return ok;
    }

    template <typename Fail>
    bool validateNumber(const QJsonObject &o, double d, const Fail &fail) const
    {
        bool ok = true;
        const auto num = [&](const char16_t *k) { return o.value(QStringView(k)); };
        if (const QJsonValue m = num(u"minimum"); m.isDouble() && d < m.toDouble())
            ok = fail(Tr::tr("%1 is below the minimum %2").arg(d).arg(m.toDouble())) && ok;
        if (const QJsonValue m = num(u"maximum"); m.isDouble() && d > m.toDouble())
            ok = fail(Tr::tr("%1 is above the maximum %2").arg(d).arg(m.toDouble())) && ok;
        if (const QJsonValue m = num(u"exclusiveMinimum"); m.isDouble() && d <= m.toDouble())
            ok = fail(Tr::tr("%1 is not above %2").arg(d).arg(m.toDouble())) && ok;
        if (const QJsonValue m = num(u"exclusiveMaximum"); m.isDouble() && d >= m.toDouble())
            ok = fail(Tr::tr("%1 is not below %2").arg(d).arg(m.toDouble())) && ok;
        if (const QJsonValue m = num(u"multipleOf"); m.isDouble() && m.toDouble() > 0) {
            const double q = d / m.toDouble();
            if (std::abs(q - std::round(q)) > 1e-9 * std::max(1.0, std::abs(q)))
                ok = fail(Tr::tr("%1 is not a multiple of %2").arg(d).arg(m.toDouble())) && ok;
        }
        return ok;
    }

    template <typename Fail>
    bool validateString(const QJsonObject &o, const QString &s, const Fail &fail) const
    {
        bool ok = true;
        const qsizetype n = codePoints(s);
        if (const QJsonValue m = o.value(u"minLength"_s); m.isDouble() && double(n) < m.toDouble())
            ok = fail(Tr::tr("text is shorter than %1 characters").arg(m.toDouble())) && ok;
        if (const QJsonValue m = o.value(u"maxLength"_s); m.isDouble() && double(n) > m.toDouble())
            ok = fail(Tr::tr("text is longer than %1 characters").arg(m.toDouble())) && ok;
        if (const QJsonValue p = o.value(u"pattern"_s); p.isString() && !matches(p.toString(), s))
            ok = fail(Tr::tr("text does not match the pattern \"%1\"").arg(p.toString())) && ok;
        return ok;
    }

    template <typename Fail>
    bool validateArray(const QJsonObject &o, const QJsonArray &a, const QString &path, int depth, Errors *errors,
                       const Fail &fail) const
    {
        bool ok = true;
        const double n = double(a.size());
        if (const QJsonValue m = o.value(u"minItems"_s); m.isDouble() && n < m.toDouble())
            ok = fail(Tr::tr("the list has fewer than %1 items").arg(m.toDouble())) && ok;
        if (const QJsonValue m = o.value(u"maxItems"_s); m.isDouble() && n > m.toDouble())
            ok = fail(Tr::tr("the list has more than %1 items").arg(m.toDouble())) && ok;
        if (o.value(u"uniqueItems"_s).toBool()) {
            for (qsizetype i = 0; i < a.size(); ++i) {
                for (qsizetype j = i + 1; j < a.size(); ++j) {
                    if (a.at(i) == a.at(j)) {
                        ok = fail(Tr::tr("items %1 and %2 are equal").arg(i).arg(j)) && ok;
                        i = a.size();
                        break;
                    }
                }
            }
        }
        QJsonArray prefix = o.value(u"prefixItems"_s).toArray();
        QJsonValue rest = o.value(u"items"_s);
        if (rest.isArray()) {  // draft 7 tuple form
            prefix = rest.toArray();
            rest = o.value(u"additionalItems"_s);
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue sub = i < prefix.size() ? prefix.at(i) : rest;
            if (!sub.isUndefined())
                ok = validate(sub, a.at(i), join(path, QString::number(i)), depth + 1, errors) && ok;
        }
        if (const QJsonValue c = o.value(u"contains"_s); !c.isUndefined()) {
            const bool found = std::any_of(a.begin(), a.end(), [&](const QJsonValue &item) {
                return validate(c, item, path, depth + 1, nullptr);
            });
            if (!found)
                ok = fail(Tr::tr("no item matches the \"contains\" schema")) && ok;
        }
        return ok;
    }

    template <typename Fail>
    bool validateObject(const QJsonObject &o, const QJsonObject &obj, const QString &path, int depth, Errors *errors,
                        const Fail &fail) const
    {
        bool ok = true;
        const double n = double(obj.size());
        if (const QJsonValue m = o.value(u"minProperties"_s); m.isDouble() && n < m.toDouble())
            ok = fail(Tr::tr("the object has fewer than %1 properties").arg(m.toDouble())) && ok;
        if (const QJsonValue m = o.value(u"maxProperties"_s); m.isDouble() && n > m.toDouble())
            ok = fail(Tr::tr("the object has more than %1 properties").arg(m.toDouble())) && ok;
        for (const QJsonValue &r : o.value(u"required"_s).toArray()) {
            if (!obj.contains(r.toString()))
                ok = fail(Tr::tr("missing required property \"%1\"").arg(r.toString())) && ok;
        }
        const QJsonObject props = o.value(u"properties"_s).toObject();
        const QJsonObject patternProps = o.value(u"patternProperties"_s).toObject();
        const QJsonValue additional = o.value(u"additionalProperties"_s);
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString sub = join(path, JsonSchemaChecker::pointerToken(it.key()));
            bool known = false;
            if (props.contains(it.key())) {
                known = true;
                ok = validate(props.value(it.key()), it.value(), sub, depth + 1, errors) && ok;
            }
            for (auto p = patternProps.begin(); p != patternProps.end(); ++p) {
                if (matches(p.key(), it.key())) {
                    known = true;
                    ok = validate(p.value(), it.value(), sub, depth + 1, errors) && ok;
                }
            }
            if (!known && !additional.isUndefined()) {
                if (additional.isBool() && !additional.toBool())
                    ok = fail(Tr::tr("property \"%1\" is not allowed").arg(it.key())) && ok;
                else
                    ok = validate(additional, it.value(), sub, depth + 1, errors) && ok;
            }
        }
        return ok;
    }
};

JsonSchema::JsonSchema() : d(std::make_shared<Data>()) {}
JsonSchema::~JsonSchema() = default;
JsonSchema::JsonSchema(const JsonSchema &) = default;
JsonSchema &JsonSchema::operator=(const JsonSchema &) = default;

std::optional<JsonSchema> JsonSchema::compile(const QJsonValue &schema, QString *error)
{
    JsonSchemaChecker checker(schema);
    if (!checker.check(error))
        return std::nullopt;
    auto data = std::make_shared<Data>();
    data->root = schema;
    data->patterns = checker.patterns();
    JsonSchema s;
    s.d = std::move(data);
    return s;
}

bool JsonSchema::validate(const QJsonValue &instance, QStringList *errors, int maxErrors) const
{
    Data::Errors e{errors, maxErrors, 0};
    return d->validate(d->root, instance, QString(), 0, errors ? &e : nullptr);
}

} // namespace lathe
