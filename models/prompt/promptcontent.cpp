#include "promptcontent.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lathe {
namespace {

// QJsonDocument writes object keys in sorted order, which makes this canonical.
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PromptContent)
};

} // namespace

QString PromptContent::kindName(Kind kind)
{
    return kind == Kind::Chat ? QStringLiteral("chat") : QStringLiteral("text");
}

QStringList PromptContent::roles()
{
    return {QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant")};
}

QJsonObject PromptContent::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("params"), params}};
    if (kind == Kind::Text) {
        o.insert(QStringLiteral("template"), templateText);
    } else {
        QJsonArray list;
        for (const ChatMessage &m : messages)
            list.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
        o.insert(QStringLiteral("messages"), list);
    }
    return o;
}

PromptContent PromptContent::fromJson(const QJsonObject &json)
{
    PromptContent c;
    c.kind = json.value(QStringLiteral("kind")).toString() == QLatin1StringView("chat") ? Kind::Chat : Kind::Text;
    c.templateText = json.value(QStringLiteral("template")).toString();
    const QJsonArray list = json.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject m = v.toObject();
        c.messages.append({m.value(QStringLiteral("role")).toString(), m.value(QStringLiteral("content")).toString()});
    }
    c.params = json.value(QStringLiteral("params")).toObject();
    return c;
}

QByteArray PromptContent::canonicalJson() const
{
    return compact(toJson());
}

QString PromptContent::contentHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

QStringList PromptContent::templates() const
{
    if (kind == Kind::Text)
        return {templateText};
    QStringList out;
    for (const ChatMessage &m : messages)
        out.append(m.content);
    return out;
}

QStringList PromptContent::validateParams(const QJsonObject &p)
{
    QStringList problems;
    auto number = [&](const char *key, double lo, double hi) {
        const QJsonValue v = p.value(QLatin1StringView(key));
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < lo || v.toDouble() > hi))
            problems << Tr::tr("%1 must be a number between %2 and %3").arg(QLatin1StringView(key)).arg(lo).arg(hi);
    };
    auto integer = [&](const char *key, qint64 lo) {
        const QJsonValue v = p.value(QLatin1StringView(key));
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < lo))
            problems << Tr::tr("%1 must be a whole number of at least %2").arg(QLatin1StringView(key)).arg(lo);
    };
    const QJsonValue model = p.value(QStringLiteral("model"));
    if (!model.isUndefined() && !model.isString())
        problems << Tr::tr("model must be a string");
    number("temperature", 0, 2);
    number("top_p", 0, 1);
    integer("max_tokens", 1);
    integer("seed", std::numeric_limits<qint32>::min());
    const QJsonValue stop = p.value(QStringLiteral("stop"));
    if (!stop.isUndefined()) {
        bool ok = stop.isArray();
        for (const QJsonValue &s : stop.toArray())
            ok = ok && s.isString() && !s.toString().isEmpty();
        if (!ok)
            problems << Tr::tr("stop must be a list of non-empty strings");
    }
    const QJsonValue format = p.value(QStringLiteral("response_format"));
    const QString f = format.toString();
    if (!format.isUndefined() && f != QLatin1StringView("text") && f != QLatin1StringView("json_object")
        && f != QLatin1StringView("json_schema"))
        problems << Tr::tr("response_format must be text, json_object or json_schema");
    if (f == QLatin1StringView("json_schema") && !p.value(QStringLiteral("json_schema")).isObject())
        problems << Tr::tr("json_schema must be a JSON object when response_format is json_schema");
    return problems;
}

QStringList PromptContent::validate() const
{
    QStringList problems = validateParams(params);
    if (kind == Kind::Chat) {
        if (messages.isEmpty())
            problems << Tr::tr("a chat prompt needs at least one message");
        for (qsizetype i = 0; i < messages.size(); ++i) {
            if (!roles().contains(messages[i].role))
                problems << Tr::tr("message %1: role must be system, user or assistant").arg(i + 1);
        }
    }
    return problems;
}

} // namespace lathe
