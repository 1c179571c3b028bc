// Tests: `value is name(args)`, as Jinja2 defines them.
#include "prompt/tmplfilters.h"

#include "prompt/tmploperators.h"
#include "prompt/tmplrenderer.h"

#include <QStringBuilder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

using Type = TmplValue::Type;
const TmplValue required;

TmplValue yes(bool v) { return TmplValue(v); }

// str.islower()/isupper() need at least one cased character: '한' is neither.
bool hasCased(const TmplValue &v)
{
    if (!v.isString())
        return false;
    for (const QChar c : v.string())
        if (c.isLower() || c.isUpper() || c.isTitleCase())
            return true;
    return false;
}

qint64 integer(TmplCall &c)
{
    if (!c.input.isNumber())
        c.renderer.fail(c.pos, "expected a number, got "_L1 + TmplOperators::article(c.input));
    return c.input.toInt();
}

TmplValue compareTest(TmplCall &c, bool (*accept)(int))
{
    bool ok = false;
    const int r = TmplValue::compare(c.input, c.args.at(0), &ok);
    if (!ok)
        c.renderer.fail(c.pos, QStringLiteral("cannot compare %1 and %2")
                                   .arg(TmplOperators::article(c.input), TmplOperators::article(c.args.at(0))));
    return yes(accept(r));
}

TmplValue lt(TmplCall &c) { return compareTest(c, [](int r) { return r < 0; }); }
TmplValue le(TmplCall &c) { return compareTest(c, [](int r) { return r <= 0; }); }
TmplValue gt(TmplCall &c) { return compareTest(c, [](int r) { return r > 0; }); }
TmplValue ge(TmplCall &c) { return compareTest(c, [](int r) { return r >= 0; }); }
TmplValue eq(TmplCall &c) { return yes(TmplValue::equals(c.input, c.args.at(0))); }
TmplValue ne(TmplCall &c) { return yes(!TmplValue::equals(c.input, c.args.at(0))); }

TmplFunctionDef def(const QString &name, TmplValue (*fn)(TmplCall &), QList<TmplParam> params = {})
{
    return TmplFunctionDef{name, std::move(params), fn, false, false};
}

} // namespace

QList<TmplFunctionDef> tmplTestDefs()
{
    const QList<TmplParam> other = {{u"other"_s, required}};
    QList<TmplFunctionDef> out = {
        def(u"none"_s, [](TmplCall &c) { return yes(c.input.isNone()); }),
        def(u"boolean"_s, [](TmplCall &c) { return yes(c.input.type() == Type::Bool); }),
        def(u"true"_s, [](TmplCall &c) { return yes(c.input.type() == Type::Bool && c.input.toBool()); }),
        def(u"false"_s, [](TmplCall &c) { return yes(c.input.type() == Type::Bool && !c.input.toBool()); }),
        def(u"integer"_s, [](TmplCall &c) { return yes(c.input.type() == Type::Int); }),
        def(u"float"_s, [](TmplCall &c) { return yes(c.input.type() == Type::Float); }),
        def(u"number"_s, [](TmplCall &c) { return yes(c.input.isNumber()); }),
        def(u"string"_s, [](TmplCall &c) { return yes(c.input.isString()); }),
        def(u"mapping"_s, [](TmplCall &c) { return yes(c.input.isMapping()); }),
        def(u"iterable"_s, [](TmplCall &c) { return yes(c.input.isString() || c.input.isList() || c.input.isMapping()); }),
        def(u"sequence"_s, [](TmplCall &c) { return yes(c.input.isString() || c.input.isList() || c.input.isMapping()); }),
        def(u"even"_s, [](TmplCall &c) { return yes(integer(c) % 2 == 0); }),
        def(u"odd"_s, [](TmplCall &c) { return yes(integer(c) % 2 != 0); }),
        def(u"divisibleby"_s, [](TmplCall &c) {
            if (!c.args.at(0).isNumber() || c.args.at(0).toDouble() == 0)
                c.renderer.fail(c.pos, QStringLiteral("divisibleby needs a non-zero number"));
            return yes(std::fmod(c.input.isNumber() ? c.input.toDouble() : double(integer(c)), c.args.at(0).toDouble()) == 0);
        }, {{u"num"_s, required}}),
        def(u"lower"_s, [](TmplCall &c) { return yes(hasCased(c.input) && c.input.string() == c.input.string().toLower()); }),
        def(u"upper"_s, [](TmplCall &c) { return yes(hasCased(c.input) && c.input.string() == c.input.string().toUpper()); }),
        def(u"in"_s, [](TmplCall &c) { return yes(TmplOperators::contains(c.renderer, c.args.at(0), c.input, c.pos)); },
            {{u"seq"_s, required}}),
        def(u"sameas"_s, [](TmplCall &c) {
            const TmplValue &o = c.args.at(0);
            const bool singleton = c.input.isNone() || c.input.type() == Type::Bool;
            return yes(singleton && c.input.type() == o.type() && TmplValue::equals(c.input, o));
        }, other),
    };
    // Type tests answer false for an undefined value instead of failing (Jinja2 does the same
    // under StrictUndefined): `x is string` is a safe guard.
    for (TmplFunctionDef &d : out)
        d.acceptsUndefined = d.name != u"even" && d.name != u"odd" && d.name != u"divisibleby" && d.name != u"in";
    for (const QString &name : {u"eq"_s, u"equalto"_s, u"=="_s})
        out.append(def(name, eq, other));
    for (const QString &name : {u"ne"_s, u"!="_s})
        out.append(def(name, ne, other));
    for (const QString &name : {u"lt"_s, u"lessthan"_s})
        out.append(def(name, lt, other));
    for (const QString &name : {u"gt"_s, u"greaterthan"_s})
        out.append(def(name, gt, other));
    out.append(def(u"le"_s, le, other));
    out.append(def(u"ge"_s, ge, other));
    for (const QString &name : {u"defined"_s, u"undefined"_s}) {
        TmplFunctionDef d = def(name, name == u"defined" ? +[](TmplCall &c) { return yes(!c.input.isUndefined()); }
                                                           : +[](TmplCall &c) { return yes(c.input.isUndefined()); });
        d.acceptsUndefined = true;
        out.append(d);
    }
    return out;
}

} // namespace lathe
