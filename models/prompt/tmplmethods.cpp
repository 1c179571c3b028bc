#include "prompt/tmplmethods.h"

#include "prompt/tmploperators.h"
#include "prompt/tmplrenderer.h"
#include "prompt/tmpltext.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

// Positional arguments of a method call, checked against what the method accepts.
struct Args
{
    TmplRenderer &r;
    const QString &name;
    const QList<TmplValue> &args;
    int pos;

    void count(qsizetype min, qsizetype max) const
    {
        if (args.size() < min || args.size() > max)
            r.fail(pos, QStringLiteral("%1() takes %2 to %3 arguments, got %4").arg(name).arg(min).arg(max).arg(args.size()));
    }
    QString string(qsizetype i, const QString &fallback = {}) const
    {
        if (i >= args.size() || args.at(i).isNone())
            return fallback;
        if (!args.at(i).isString())
            r.fail(pos, QStringLiteral("%1() needs a string argument, not %2").arg(name, TmplOperators::article(args.at(i))));
        return args.at(i).string();
    }
    qint64 integer(qsizetype i, qint64 fallback) const
    {
        if (i >= args.size() || args.at(i).isNone())
            return fallback;
        if (!args.at(i).isIntegral())
            r.fail(pos, QStringLiteral("%1() needs an integer argument, not %2").arg(name, TmplOperators::article(args.at(i))));
        return args.at(i).toInt();
    }
};

TmplValue stringList(const QStringList &parts)
{
    QList<TmplValue> items;
    items.reserve(parts.size());
    for (const QString &p : parts)
        items.append(TmplValue(p));
    return TmplValue(std::move(items));
}

bool stringMethod(const Args &a, const QString &s, TmplValue *out)
{
    const QString &n = a.name;
    if (n == u"upper" || n == u"lower" || n == u"title" || n == u"capitalize" || n == u"splitlines"
        || n == u"isdigit" || n == u"isalpha" || n == u"isspace") {
        a.count(0, 0);
        if (n == u"upper") *out = TmplValue(s.toUpper());
        else if (n == u"lower") *out = TmplValue(s.toLower());
        else if (n == u"title") *out = TmplValue(TmplText::title(s));
        else if (n == u"capitalize") *out = TmplValue(TmplText::capitalize(s));
        else if (n == u"splitlines") *out = stringList(TmplText::splitLines(s));
        else {
            bool all = !s.isEmpty();
            for (const QChar c : s)
                all = all && (n == u"isdigit" ? c.isDigit() : n == u"isalpha" ? c.isLetter() : c.isSpace());
            *out = TmplValue(all);
        }
    } else if (n == u"strip" || n == u"lstrip" || n == u"rstrip") {
        a.count(0, 1);
        *out = TmplValue(TmplText::strip(s, a.string(0), n != u"rstrip", n != u"lstrip"));
    } else if (n == u"startswith" || n == u"endswith") {
        a.count(1, 1);
        QStringList candidates;
        if (a.args.at(0).isList()) {
            for (const TmplValue &v : a.args.at(0).listItems())
                candidates.append(a.r.str(v));
        } else {
            candidates.append(a.string(0));
        }
        bool match = false;
        for (const QString &c : candidates)
            match = match || (n == u"startswith" ? s.startsWith(c) : s.endsWith(c));
        *out = TmplValue(match);
    } else if (n == u"split") {
        a.count(0, 2);
        *out = stringList(TmplText::split(s, a.string(0), a.integer(1, -1)));
    } else if (n == u"replace") {
        a.count(2, 3);
        *out = TmplValue(TmplText::replace(s, a.string(0), a.string(1), a.integer(2, -1)));
    } else if (n == u"count" || n == u"find") {
        a.count(1, 1);
        const QString sub = a.string(0);
        const qsizetype at = s.indexOf(sub);
        if (n == u"count")
            *out = TmplValue(qint64(s.count(sub)));
        else
            *out = TmplValue(qint64(at < 0 ? -1 : TmplText::length(s.left(at))));
    } else if (n == u"join") {
        a.count(1, 1);
        QStringList parts;
        for (const TmplValue &v : a.r.iterate(a.args.at(0), a.pos))
            parts.append(a.r.str(v));
        *out = TmplValue(parts.join(s));
    } else {
        return false;
    }
    return true;
}

bool dictMethod(const Args &a, const TmplValue &obj, TmplValue *out)
{
    const QString &n = a.name;
    if (n == u"items" || n == u"keys" || n == u"values") {
        a.count(0, 0);
        QList<TmplValue> items;
        for (const auto &[key, value] : obj.dictItems()) {
            if (n == u"items")
                items.append(TmplValue(QList<TmplValue>{TmplValue(key), value}, true));
            else
                items.append(n == u"keys" ? TmplValue(key) : value);
        }
        *out = TmplValue(std::move(items));
    } else if (n == u"get") {
        a.count(1, 2);
        if (!a.args.at(0).isString() || !obj.lookup(a.args.at(0).string(), out))
            *out = a.args.size() > 1 ? a.args.at(1) : TmplValue::none();
    } else {
        return false;
    }
    return true;
}

} // namespace

bool TmplMethods::loopAttribute(const TmplLoop &loop, const QString &name, TmplValue *out)
{
    const qint64 i = loop.index0;
    const qint64 n = loop.items.size();
    if (name == u"index") *out = TmplValue(i + 1);
    else if (name == u"index0") *out = TmplValue(i);
    else if (name == u"revindex") *out = TmplValue(n - i);
    else if (name == u"revindex0") *out = TmplValue(n - i - 1);
    else if (name == u"first") *out = TmplValue(i == 0);
    else if (name == u"last") *out = TmplValue(i == n - 1);
    else if (name == u"length") *out = TmplValue(n);
    else if (name == u"depth") *out = TmplValue(qint64(1));
    else if (name == u"depth0") *out = TmplValue(qint64(0));
    else if (name == u"previtem")
        *out = i > 0 ? loop.items.at(i - 1) : TmplValue::undefined(QStringLiteral("loop.previtem is undefined on the first iteration"), -1);
    else if (name == u"nextitem")
        *out = i + 1 < n ? loop.items.at(i + 1) : TmplValue::undefined(QStringLiteral("loop.nextitem is undefined on the last iteration"), -1);
    else
        return false;
    return true;
}

TmplValue TmplMethods::callGlobal(TmplRenderer &r, const QString &name, const QList<TmplValue> &args,
                                  const KwArgs &kwargs, int pos)
{
    if (name == u"range") {
        const Args a{r, name, args, pos};
        if (!kwargs.isEmpty())
            r.fail(pos, QStringLiteral("range() takes no keyword arguments"));
        a.count(1, 3);
        const qint64 start = args.size() > 1 ? a.integer(0, 0) : 0;
        const qint64 stop = args.size() > 1 ? a.integer(1, 0) : a.integer(0, 0);
        const qint64 step = a.integer(2, 1);
        if (step == 0)
            r.fail(pos, QStringLiteral("range() step must not be zero"));
        const double count = std::max(0.0, std::ceil((double(stop) - double(start)) / double(step)));
        r.spend(qint64(std::min(count, 9e18)), pos);
        QList<TmplValue> items;
        items.reserve(qsizetype(count));
        for (qint64 v = start; step > 0 ? v < stop : v > stop;) {
            items.append(TmplValue(v));
            if (__builtin_add_overflow(v, step, &v))
                break;
        }
        return TmplValue(std::move(items));
    }
    if (name == u"namespace" || name == u"dict") {
        auto dict = std::make_shared<TmplDict>();
        for (const TmplValue &arg : args) {
            if (!arg.isMapping())
                r.fail(pos, QStringLiteral("%1() takes keyword arguments or an object, not %2").arg(name, TmplOperators::article(arg)));
            for (const auto &[key, value] : arg.dictItems())
                dict->set(key, value);
        }
        for (const auto &[key, value] : kwargs)
            dict->set(key, value);
        if (name == u"namespace")
            r.adoptNamespace(dict);
        return TmplValue(dict, name == u"dict" ? TmplValue::Type::Dict : TmplValue::Type::Namespace);
    }
    if (r.strict())
        r.fail(pos, "undefined function '"_L1 + name + u'\'');
    return TmplValue::undefined("undefined function '"_L1 + name + u'\'', pos);
}

TmplValue TmplMethods::callMethod(TmplRenderer &r, const TmplValue &obj, const QString &name,
                                  const QList<TmplValue> &args, const KwArgs &kwargs, int pos)
{
    if (!kwargs.isEmpty())
        r.fail(pos, name + "() takes no keyword arguments"_L1);
    const Args a{r, name, args, pos};
    TmplValue out;
    if (obj.isString() && stringMethod(a, obj.string(), &out))
        return out;
    if (obj.isMapping() && dictMethod(a, obj, &out))
        return out;
    if (obj.isList() && (name == u"count" || name == u"index")) {
        a.count(1, 1);
        qint64 count = 0;
        for (qsizetype i = 0; i < obj.size(); ++i) {
            if (!TmplValue::equals(obj.at(i), args.at(0)))
                continue;
            if (name == u"index")
                return TmplValue(qint64(i));
            ++count;
        }
        if (name == u"index")
            r.fail(pos, args.at(0).repr() + " is not in the list"_L1);
        return TmplValue(count);
    }
    if (obj.type() == TmplValue::Type::Loop && name == u"cycle") {
        if (args.isEmpty())
            r.fail(pos, QStringLiteral("loop.cycle() needs at least one value"));
        return args.at(obj.loop()->index0 % args.size());
    }
    r.fail(pos, QStringLiteral("%1 has no method '%2'").arg(TmplOperators::article(obj), name));
}

} // namespace lathe
