// Filters on sequences and mappings: length, first, join, sort, map, select, dictsort, ...
#include "prompt/tmplfilters.h"

#include "prompt/tmploperators.h"
#include "prompt/tmplrenderer.h"
#include "prompt/tmpltext.h"

#include <QSet>
#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

const TmplValue none = TmplValue::none();
const TmplValue required;
TmplValue b(bool v) { return TmplValue(v); }

QList<TmplValue> items(TmplCall &c) { return c.renderer.iterate(c.input, c.pos); }

// map/select/reject and friends treat a falsy input (none, 0, "") as empty, as Jinja2 does.
QList<TmplValue> itemsOrEmpty(TmplCall &c)
{
    if (!c.input.isUndefined() && !c.input.toBool())
        return {};
    return items(c);
}

// The value a sort/unique/min/max compares: the attribute if one is named, lower-cased text
// unless case_sensitive.
TmplValue sortKey(TmplCall &c, const TmplValue &item, const TmplValue &attribute, bool caseSensitive)
{
    TmplValue key = attribute.isNone() ? item : c.renderer.attributePath(item, c.renderer.str(attribute), c.pos);
    c.renderer.requireDefined(key);
    if (!caseSensitive && key.isString())
        return TmplValue(key.string().toLower());
    return key;
}

int compareOrFail(TmplCall &c, const TmplValue &a, const TmplValue &b)
{
    bool ok = false;
    const int r = TmplValue::compare(a, b, &ok);
    if (!ok)
        c.renderer.fail(c.pos, QStringLiteral("cannot compare %1 and %2").arg(TmplOperators::article(a), TmplOperators::article(b)));
    return r;
}

TmplValue sortFilter(TmplCall &c)
{
    struct Keyed { TmplValue key; TmplValue item; };
    QList<Keyed> keyed;
    for (const TmplValue &item : items(c))
        keyed.append({sortKey(c, item, c.args.at(2), c.args.at(1).toBool()), item});
    const bool reverse = c.args.at(0).toBool();
    std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed &x, const Keyed &y) {
        return reverse ? compareOrFail(c, y.key, x.key) < 0 : compareOrFail(c, x.key, y.key) < 0;
    });
    QList<TmplValue> out;
    for (const Keyed &k : std::as_const(keyed))
        out.append(k.item);
    return TmplValue(std::move(out));
}

// Equal values (Python ==, so 1 and 1.0 and True) give equal keys.
QString identity(const TmplValue &v)
{
    if (v.isNumber()) {
        const double d = v.toDouble();
        if (v.isIntegral())
            return "n"_L1 + QString::number(v.toInt());
        if (d == std::trunc(d) && std::fabs(d) < 9e18)
            return "n"_L1 + QString::number(qint64(d));
        return "n"_L1 + v.repr();
    }
    return QString::number(int(v.type())) + v.repr(1 << 16);
}

TmplValue unique(TmplCall &c)
{
    QSet<QString> seen;
    QList<TmplValue> out;
    for (const TmplValue &item : items(c))
        if (!seen.contains(identity(sortKey(c, item, c.args.at(1), c.args.at(0).toBool())))) {
            seen.insert(identity(sortKey(c, item, c.args.at(1), c.args.at(0).toBool())));
            out.append(item);
        }
    return TmplValue(std::move(out));
}

TmplValue minMax(TmplCall &c, bool max)
{
    const QList<TmplValue> all = items(c);
    if (all.isEmpty())
        return TmplValue::undefined(QStringLiteral("no %1 item, the sequence is empty").arg(max ? "max"_L1 : "min"_L1), c.pos);
    qsizetype best = 0;
    TmplValue bestKey = sortKey(c, all.at(0), c.args.at(1), c.args.at(0).toBool());
    for (qsizetype i = 1; i < all.size(); ++i) {
        const TmplValue key = sortKey(c, all.at(i), c.args.at(1), c.args.at(0).toBool());
        const int r = compareOrFail(c, key, bestKey);
        if (max ? r > 0 : r < 0) {
            best = i;
            bestKey = key;
        }
    }
    return all.at(best);
}

TmplValue length(TmplCall &c)
{
    const TmplValue &v = c.input;
    if (v.isString())
        return TmplValue(qint64(TmplText::length(v.string())));
    if (v.isList() || v.isMapping())
        return TmplValue(qint64(v.size()));
    if (v.isUndefined())
        return TmplValue(qint64(0));
    c.renderer.fail(c.pos, "cannot take the length of "_L1 + TmplOperators::article(v));
}

TmplValue join(TmplCall &c)
{
    QString out;
    const QString sep = c.renderer.str(c.args.at(0));
    bool first = true;
    for (const TmplValue &item : items(c)) {
        if (!first)
            out += sep;
        first = false;
        out += c.renderer.str(c.args.at(1).isNone() ? item : c.renderer.attributePath(item, c.renderer.str(c.args.at(1)), c.pos));
        c.renderer.checkSize(out.size(), c.pos);
    }
    return TmplValue(out);
}

TmplValue reverse(TmplCall &c)
{
    QList<TmplValue> all = items(c);
    std::reverse(all.begin(), all.end());
    if (!c.input.isString())
        return TmplValue(std::move(all));
    QString out;
    for (const TmplValue &ch : std::as_const(all))
        out += ch.string();
    return TmplValue(out);
}

TmplValue sum(TmplCall &c)
{
    TmplValue total = c.args.at(1);
    for (const TmplValue &item : items(c)) {
        const TmplValue v = c.args.at(0).isNone() ? item : c.renderer.attributePath(item, c.renderer.str(c.args.at(0)), c.pos);
        total = TmplOperators::binary(c.renderer, TmplExpr::Op::Add, total, v, c.pos);
    }
    return total;
}

TmplValue map(TmplCall &c)
{
    QList<TmplValue> out;
    const bool byAttribute = !c.args.at(0).isNone();
    if (!byAttribute && (c.extra.isEmpty() || !c.extra.first().isString()))
        c.renderer.fail(c.pos, QStringLiteral("map needs a filter name or attribute='...'"));
    const QList<TmplValue> args = c.extra.mid(1);
    for (const TmplValue &item : itemsOrEmpty(c)) {
        if (!byAttribute) {
            out.append(c.renderer.callFilter(c.extra.first().string(), item, args, c.pos));
            continue;
        }
        TmplValue v = c.renderer.attributePath(item, c.renderer.str(c.args.at(0)), c.pos);
        out.append(v.isUndefined() && !c.args.at(1).isUndefined() ? c.args.at(1) : v);
    }
    return TmplValue(std::move(out));
}

// select/reject (attribute empty) and selectattr/rejectattr.
TmplValue selectImpl(TmplCall &c, bool keep, bool byAttribute)
{
    QList<TmplValue> out;
    const QList<TmplValue> &extra = c.extra;
    if (!extra.isEmpty() && !extra.first().isString())
        c.renderer.fail(c.pos, QStringLiteral("the test name must be a string"));
    for (const TmplValue &item : itemsOrEmpty(c)) {
        const TmplValue v = byAttribute ? c.renderer.attributePath(item, c.renderer.str(c.args.at(0)), c.pos) : item;
        const bool pass = extra.isEmpty() ? c.renderer.truth(v)
                                          : c.renderer.callTest(extra.first().string(), v, extra.mid(1), c.pos);
        if (pass == keep)
            out.append(item);
    }
    return TmplValue(std::move(out));
}

TmplValue pairs(TmplCall &c, bool sorted)
{
    if (c.input.isUndefined())
        return TmplValue(QList<TmplValue>());
    if (!c.input.isMapping())
        c.renderer.fail(c.pos, "expected an object, got "_L1 + TmplOperators::article(c.input));
    auto all = c.input.dictItems();
    if (sorted) {
        const bool byValue = c.renderer.str(c.args.at(1)) == u"value";
        if (!byValue && c.renderer.str(c.args.at(1)) != u"key")
            c.renderer.fail(c.pos, QStringLiteral("dictsort by must be 'key' or 'value'"));
        const bool caseSensitive = c.args.at(0).toBool();
        const bool rev = c.args.at(2).toBool();
        auto key = [&](const std::pair<QString, TmplValue> &p) {
            const TmplValue k = byValue ? p.second : TmplValue(p.first);
            return !caseSensitive && k.isString() ? TmplValue(k.string().toLower()) : k;
        };
        std::stable_sort(all.begin(), all.end(), [&](const auto &x, const auto &y) {
            return rev ? compareOrFail(c, key(y), key(x)) < 0 : compareOrFail(c, key(x), key(y)) < 0;
        });
    }
    QList<TmplValue> out;
    for (const auto &[k, v] : all)
        out.append(TmplValue(QList<TmplValue>{TmplValue(k), v}, true));
    return TmplValue(std::move(out));
}

TmplValue batch(TmplCall &c)
{
    const qint64 size = c.args.at(0).toInt();
    if (!c.args.at(0).isIntegral() || size <= 0)
        c.renderer.fail(c.pos, QStringLiteral("batch size must be a positive integer"));
    QList<TmplValue> out, current;
    for (const TmplValue &item : items(c)) {
        current.append(item);
        if (current.size() == size)
            out.append(TmplValue(std::exchange(current, {})));
    }
    if (!current.isEmpty()) {
        while (!c.args.at(1).isNone() && current.size() < size)
            current.append(c.args.at(1));
        out.append(TmplValue(current));
    }
    return TmplValue(std::move(out));
}

TmplFunctionDef def(const QString &name, QList<TmplParam> params, TmplValue (*fn)(TmplCall &), bool variadic = false)
{
    return TmplFunctionDef{name, std::move(params), fn, variadic, false};
}

} // namespace

QList<TmplFunctionDef> tmplSequenceFilters()
{
    const QList<TmplParam> caseAttr = {{u"case_sensitive"_s, b(false)}, {u"attribute"_s, none}};
    auto first = [](TmplCall &c) {
        const QList<TmplValue> all = items(c);
        return all.isEmpty() ? TmplValue::undefined(u"no first item, the sequence is empty"_s, c.pos) : all.first();
    };
    auto last = [](TmplCall &c) {
        const QList<TmplValue> all = items(c);
        return all.isEmpty() ? TmplValue::undefined(u"no last item, the sequence is empty"_s, c.pos) : all.last();
    };
    return {
        def(u"length"_s, {}, length),
        def(u"count"_s, {}, length),
        def(u"first"_s, {}, first),
        def(u"last"_s, {}, last),
        def(u"join"_s, {{u"d"_s, TmplValue(QString())}, {u"attribute"_s, none}}, join),
        def(u"list"_s, {}, [](TmplCall &c) { return TmplValue(items(c)); }),
        def(u"sort"_s, {{u"reverse"_s, b(false)}, {u"case_sensitive"_s, b(false)}, {u"attribute"_s, none}}, sortFilter),
        def(u"unique"_s, caseAttr, unique),
        def(u"min"_s, caseAttr, [](TmplCall &c) { return minMax(c, false); }),
        def(u"max"_s, caseAttr, [](TmplCall &c) { return minMax(c, true); }),
        def(u"reverse"_s, {}, reverse),
        def(u"sum"_s, {{u"attribute"_s, none}, {u"start"_s, TmplValue(qint64(0))}}, sum),
        def(u"map"_s, {{u"attribute"_s, none, true}, {u"default"_s, TmplValue::undefined(u"(no default)"_s, -1), true}}, map, true),
        def(u"select"_s, {}, [](TmplCall &c) { return selectImpl(c, true, false); }, true),
        def(u"reject"_s, {}, [](TmplCall &c) { return selectImpl(c, false, false); }, true),
        def(u"selectattr"_s, {{u"attribute"_s, required}}, [](TmplCall &c) { return selectImpl(c, true, true); }, true),
        def(u"rejectattr"_s, {{u"attribute"_s, required}}, [](TmplCall &c) { return selectImpl(c, false, true); }, true),
        def(u"dictsort"_s, {{u"case_sensitive"_s, b(false)}, {u"by"_s, TmplValue(u"key"_s)}, {u"reverse"_s, b(false)}},
            [](TmplCall &c) { return pairs(c, true); }),
        def(u"items"_s, {}, [](TmplCall &c) { return pairs(c, false); }),
        def(u"batch"_s, {{u"linecount"_s, required}, {u"fill_with"_s, none}}, batch),
    };
}

} // namespace lathe
