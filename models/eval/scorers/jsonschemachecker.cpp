#include "jsonschemachecker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchema)
};

const QStringList &typeNames()
{
    static const QStringList names{u"null"_s, u"boolean"_s, u"object"_s, u"array"_s,
                                   u"number"_s, u"integer"_s, u"string"_s};
    return names;
}

QString join(const QString &path, const QString &token)
{
    return path + u'/' + token;
}

} // namespace

JsonSchemaChecker::JsonSchemaChecker(const QJsonValue &root)
    : m_root(root)
{
}

bool JsonSchemaChecker::check(QString *error)
{
    if (checkSchema(m_root, QString(), 0, error))
        return true;
    if (error->startsWith(u':'))
        error->prepend(u'/');
    return false;
}

QString JsonSchemaChecker::pointerToken(const QString &key)
{
    QString k = key;
    return k.replace(u"~"_s, u"~0"_s).replace(u"/"_s, u"~1"_s);
}

std::optional<QJsonValue> JsonSchemaChecker::resolve(const QJsonValue &root, const QString &ref)
{
    if (!ref.startsWith(u'#'))
        return std::nullopt;
    QString pointer = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
    QJsonValue at = root;
    if (pointer.isEmpty())
        return at;
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (QString t : tokens) {
        t.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (at.isObject() && at.toObject().contains(t)) {
            at = at.toObject().value(t);
        } else if (at.isArray()) {
            bool ok = false;
            const int i = t.toInt(&ok);
            if (!ok || i < 0 || i >= at.toArray().size())
                return std::nullopt;
            at = at.toArray().at(i);
        } else {
            return std::nullopt;
        }
    }
    return at;
}

bool JsonSchemaChecker::checkSchema(const QJsonValue &s, const QString &path, int depth, QString *error)
{
    if (depth > kMaxDepth) {
        *error = Tr::tr("%1: the schema is nested too deeply").arg(path);
        return false;
    }
    if (s.isBool())
        return true;
    if (!s.isObject()) {
        *error = Tr::tr("%1: a schema must be an object or a boolean").arg(path);
        return false;
    }
    const QJsonObject o = s.toObject();
    const auto fail = [&](const QString &key, const QString &what) {
        *error = Tr::tr("%1: \"%2\" %3").arg(path, key, what);
        return false;
    };
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue v = it.value();
        const QString sub = join(path, pointerToken(k));
        if (k == u"type") {
            const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
            for (const QJsonValue &t : list) {
                if (!typeNames().contains(t.toString()))
                    return fail(k, Tr::tr("must name JSON types (%1)").arg(typeNames().join(u", "_s)));
            }
        } else if (k == u"properties" || k == u"patternProperties" || k == u"$defs" || k == u"definitions") {
            if (!v.isObject())
                return fail(k, Tr::tr("must be a mapping of schemas"));
            const QJsonObject m = v.toObject();
            for (auto p = m.begin(); p != m.end(); ++p) {
                if (k == u"patternProperties" && !addPattern(p.key(), sub, error))
                    return false;
                if (!checkSchema(p.value(), join(sub, pointerToken(p.key())), depth + 1, error))
                    return false;
            }
        } else if (k == u"required") {
            if (!v.isArray())
                return fail(k, Tr::tr("must be a list of property names"));
            for (const QJsonValue &n : v.toArray()) {
                if (!n.isString())
                    return fail(k, Tr::tr("must be a list of property names"));
            }
        } else if (k == u"enum") {
            if (!v.isArray())
                return fail(k, Tr::tr("must be a list"));
        } else if (k == u"items" && v.isArray()) {
            if (!checkList(v, sub, depth, error))
                return false;
        } else if (k == u"items" || k == u"additionalProperties" || k == u"not" || k == u"contains") {
            if (!checkSchema(v, sub, depth + 1, error))
                return false;
        } else if (k == u"prefixItems" || k == u"allOf" || k == u"anyOf" || k == u"oneOf") {
            if (!v.isArray() || v.toArray().isEmpty())
                return fail(k, Tr::tr("must be a non-empty list of schemas"));
            if (!checkList(v, sub, depth, error))
                return false;
        } else if (k == u"minimum" || k == u"maximum" || k == u"exclusiveMinimum" || k == u"exclusiveMaximum") {
            if (!v.isDouble())
                return fail(k, Tr::tr("must be a number"));
        } else if (k == u"multipleOf") {
            if (!v.isDouble() || v.toDouble() <= 0)
                return fail(k, Tr::tr("must be a number above 0"));
        } else if (k == u"minLength" || k == u"maxLength" || k == u"minItems" || k == u"maxItems"
                   || k == u"minProperties" || k == u"maxProperties") {
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || std::floor(d) != d)
                return fail(k, Tr::tr("must be a whole number >= 0"));
        } else if (k == u"uniqueItems") {
            if (!v.isBool())
                return fail(k, Tr::tr("must be true or false"));
        } else if (k == u"pattern") {
            if (!v.isString())
                return fail(k, Tr::tr("must be a regular expression"));
            if (!addPattern(v.toString(), path, error))
                return false;
        } else if (k == u"$ref") {
            if (!v.isString() || !resolve(m_root, v.toString()))
                return fail(k, Tr::tr("must point into this schema (\"#/$defs/name\"); other documents are not loaded"));
        }
    }
    return true;
}

bool JsonSchemaChecker::checkList(const QJsonValue &v, const QString &path, int depth, QString *error)
{
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!checkSchema(a.at(i), join(path, QString::number(i)), depth + 1, error))
            return false;
    }
    return true;
}

bool JsonSchemaChecker::addPattern(const QString &pattern, const QString &path, QString *error)
{
    if (m_patterns.contains(pattern))
        return true;
    QRegularExpression re(pattern);
    if (!re.isValid()) {
        *error = Tr::tr("%1: invalid pattern \"%2\": %3").arg(path, pattern, re.errorString());
        return false;
    }
    re.optimize();
    m_patterns.insert(pattern, re);
    return true;
}


} // namespace lathe
