#include "prompt/tmplvalue.h"

#include "prompt/tmplnumber.h"

#include <QStringBuilder>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

constexpr double kMaxExactInt = 9007199254740992.0;     // 2^53

// Python's repr() of a str: single quotes unless the text has ' and no ".
QString pythonStringRepr(const QString &s)
{
    const bool dq = s.contains(u'\'') && !s.contains(u'"');
    const QChar quote = dq ? u'"' : u'\'';
    QString out;
    out.reserve(s.size() + 2);
    out += quote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const char16_t u = c.unicode();
        if (c == quote || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u == u'\n') {
            out += "\\n"_L1;
        } else if (u == u'\r') {
            out += "\\r"_L1;
        } else if (u == u'\t') {
            out += "\\t"_L1;
        } else if (u < 0x20 || (u >= 0x7f && u <= 0xa0)) {
            out += "\\x"_L1 + QString::number(u, 16).rightJustified(2, u'0');
        } else if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
        } else if (c.isSurrogate() || (u > 0xa0 && (c.category() == QChar::Separator_Space
                       || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph
                       || c.category() == QChar::Other_Format || c.category() == QChar::Other_NotAssigned))) {
            out += "\\u"_L1 + QString::number(u, 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

} // namespace

const TmplValue *TmplDict::find(const QString &key) const
{
    for (const auto &item : items)
        if (item.first == key)
            return &item.second;
    return nullptr;
}

void TmplDict::set(const QString &key, const TmplValue &value)
{
    for (auto &item : items)
        if (item.first == key) {
            item.second = value;
            nesting = std::max(nesting, value.nesting() + 1);
            return;
        }
    items.append({key, value});
    nesting = std::max(nesting, value.nesting() + 1);
}

TmplValue::TmplValue(QList<TmplValue> items, bool tuple) : m_type(Type::List)
{
    int deepest = 0;
    for (const TmplValue &v : std::as_const(items))
        deepest = std::max(deepest, v.nesting());
    m_ref = std::make_shared<const TmplList>(TmplList{std::move(items), tuple, deepest + 1});
}

TmplValue::TmplValue(std::shared_ptr<TmplDict> dict, Type type) : m_type(type), m_ref(std::move(dict)) {}

TmplValue::TmplValue(std::shared_ptr<TmplLoop> loop) : m_type(Type::Loop), m_ref(std::move(loop)) {}

const TmplList *TmplValue::list() const
{
    const auto *p = std::get_if<std::shared_ptr<const TmplList>>(&m_ref);
    return p ? p->get() : nullptr;
}

TmplDict *TmplValue::dict() const
{
    const auto *p = std::get_if<std::shared_ptr<TmplDict>>(&m_ref);
    return p ? p->get() : nullptr;
}

std::shared_ptr<TmplLoop> TmplValue::loop() const
{
    const auto *p = std::get_if<std::shared_ptr<TmplLoop>>(&m_ref);
    return p ? *p : nullptr;
}

TmplValue TmplValue::undefined(const QString &message, int pos)
{
    TmplValue v;
    v.m_str = message;
    v.m_int = pos;
    return v;
}

TmplValue TmplValue::none()
{
    TmplValue v;
    v.m_type = Type::None;
    return v;
}

TmplValue TmplValue::fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return none();
    case QJsonValue::Bool: return TmplValue(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) <= kMaxExactInt)
            return TmplValue(qint64(d));
        return TmplValue(d);
    }
    case QJsonValue::String: return TmplValue(value.toString());
    case QJsonValue::Array: {
        TmplValue v;
        v.m_type = Type::List;
        v.m_ref = value.toArray();
        return v;
    }
    case QJsonValue::Object: return fromJsonObject(value.toObject());
    case QJsonValue::Undefined: break;
    }
    return {};
}

TmplValue TmplValue::fromJsonObject(const QJsonObject &object)
{
    TmplValue v;
    v.m_type = Type::Dict;
    v.m_ref = object;
    return v;
}

qint64 TmplValue::toInt() const
{
    if (m_type != Type::Float)
        return m_int;
    if (std::isnan(m_float))
        return 0;
    if (m_float >= 9223372036854775807.0)
        return std::numeric_limits<qint64>::max();
    if (m_float <= -9223372036854775808.0)
        return std::numeric_limits<qint64>::min();
    return qint64(m_float);
}

bool TmplValue::isTuple() const
{
    const TmplList *l = list();
    return l && l->tuple;
}

bool TmplValue::toBool() const
{
    switch (m_type) {
    case Type::Undefined:
    case Type::None: return false;
    case Type::Bool:
    case Type::Int: return m_int != 0;
    case Type::Float: return m_float != 0;
    case Type::String: return !m_str.isEmpty();
    case Type::List:
    case Type::Dict: return size() > 0;
    case Type::Namespace:
    case Type::Loop: return true;
    }
    return false;
}

QString TmplValue::toString(qsizetype limit) const
{
    switch (m_type) {
    case Type::Undefined: return {};
    case Type::String: return m_str;
    case Type::Namespace: {
        QString out = "<Namespace "_L1;
        TmplValue(std::make_shared<TmplDict>(*dict())).appendRepr(out, limit);
        return out + u'>';
    }
    case Type::Loop: return QStringLiteral("<LoopContext %1/%2>").arg(loop()->index0 + 1).arg(loop()->items.size());
    default: return repr(limit);
    }
}

QString TmplValue::repr(qsizetype limit) const
{
    QString out;
    appendRepr(out, limit);
    return out;
}

void TmplValue::appendRepr(QString &out, qsizetype limit) const
{
    if (out.size() > limit)
        return;
    switch (m_type) {
    case Type::Undefined: return;
    case Type::None: out += "None"_L1; return;
    case Type::Bool: out += m_int ? "True"_L1 : "False"_L1; return;
    case Type::Int: out += QString::number(m_int); return;
    case Type::Float: out += TmplNumber::python(m_float); return;
    case Type::String: out += pythonStringRepr(m_str); return;
    case Type::List: {
        const bool tuple = isTuple();
        out += tuple ? u'(' : u'[';
        const qsizetype n = size();
        for (qsizetype i = 0; i < n && out.size() <= limit; ++i) {
            if (i)
                out += ", "_L1;
            at(i).appendRepr(out, limit);
        }
        if (tuple && n == 1)
            out += u',';
        out += tuple ? u')' : u']';
        return;
    }
    case Type::Dict: {
        out += u'{';
        bool first = true;
        for (const auto &[key, value] : dictItems()) {
            if (out.size() > limit)
                break;
            if (!first)
                out += ", "_L1;
            first = false;
            out += pythonStringRepr(key) + ": "_L1;
            value.appendRepr(out, limit);
        }
        out += u'}';
        return;
    }
    case Type::Namespace: out += "<Namespace>"_L1; return;
    case Type::Loop: out += toString(); return;
    }
}

int TmplValue::nesting() const
{
    if (const TmplList *l = list())
        return l->nesting;
    if (m_type == Type::Dict)
        if (const TmplDict *d = dict())
            return d->nesting;
    return 0;
}

QString TmplValue::typeName() const
{
    switch (m_type) {
    case Type::Undefined: return QStringLiteral("undefined");
    case Type::None: return QStringLiteral("none");
    case Type::Bool: return QStringLiteral("boolean");
    case Type::Int: return QStringLiteral("integer");
    case Type::Float: return QStringLiteral("float");
    case Type::String: return QStringLiteral("string");
    case Type::List: return QStringLiteral("list");
    case Type::Dict: return QStringLiteral("object");
    case Type::Namespace: return QStringLiteral("namespace");
    case Type::Loop: return QStringLiteral("loop");
    }
    return {};
}

qsizetype TmplValue::size() const
{
    switch (m_type) {
    case Type::List: return list() ? list()->items.size() : jsonArray()->size();
    case Type::Dict:
    case Type::Namespace: return dict() ? dict()->items.size() : jsonObject()->size();
    default: return 0;
    }
}

TmplValue TmplValue::at(qsizetype index) const
{
    if (const TmplList *l = list())
        return l->items.at(index);
    return fromJson(jsonArray()->at(index));
}

QList<TmplValue> TmplValue::listItems() const
{
    if (m_type != Type::List)
        return {};
    if (const TmplList *l = list())
        return l->items;
    QList<TmplValue> out;
    out.reserve(jsonArray()->size());
    for (const QJsonValue &v : *jsonArray())
        out.append(fromJson(v));
    return out;
}

QList<std::pair<QString, TmplValue>> TmplValue::dictItems() const
{
    if (!isMapping())
        return {};
    if (const TmplDict *d = dict())
        return d->items;
    const QJsonObject &object = *jsonObject();
    QList<std::pair<QString, TmplValue>> out;
    out.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.append({it.key(), fromJson(it.value())});
    return out;
}

bool TmplValue::lookup(const QString &key, TmplValue *out) const
{
    if (!isMapping())
        return false;
    if (const TmplDict *d = dict()) {
        const TmplValue *v = d->find(key);
        if (v)
            *out = *v;
        return v != nullptr;
    }
    const QJsonObject &object = *jsonObject();
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return false;
    *out = fromJson(it.value());
    return true;
}

std::shared_ptr<TmplDict> TmplValue::namespaceDict() const
{
    const auto *p = std::get_if<std::shared_ptr<TmplDict>>(&m_ref);
    return m_type == Type::Namespace && p ? *p : nullptr;
}

bool TmplValue::equals(const TmplValue &a, const TmplValue &b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.isIntegral() && b.isIntegral())
            return a.m_int == b.m_int;
        return a.toDouble() == b.toDouble();
    }
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case Type::Undefined:
    case Type::None: return true;
    case Type::String: return a.m_str == b.m_str;
    case Type::List: {
        const qsizetype n = a.size();
        if (n != b.size())
            return false;
        for (qsizetype i = 0; i < n; ++i)
            if (!equals(a.at(i), b.at(i)))
                return false;
        return true;
    }
    case Type::Dict: {
        if (a.size() != b.size())
            return false;
        for (const auto &[key, value] : a.dictItems()) {
            TmplValue other;
            if (!b.lookup(key, &other) || !equals(value, other))
                return false;
        }
        return true;
    }
    case Type::Namespace: return a.dict() == b.dict();
    case Type::Loop: return a.loop() == b.loop();
    default: return false;
    }
}

int TmplValue::compare(const TmplValue &a, const TmplValue &b, bool *ok)
{
    *ok = true;
    if (a.isNumber() && b.isNumber()) {
        if (a.isIntegral() && b.isIntegral())
            return a.m_int < b.m_int ? -1 : (a.m_int > b.m_int ? 1 : 0);
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isString() && b.isString())
        return a.m_str.compare(b.m_str);
    if (a.isList() && b.isList()) {
        const qsizetype n = std::min(a.size(), b.size());
        for (qsizetype i = 0; i < n; ++i) {
            const TmplValue x = a.at(i), y = b.at(i);
            if (equals(x, y))
                continue;
            return compare(x, y, ok);
        }
        return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
    }
    *ok = false;
    return 0;
}

} // namespace lathe
