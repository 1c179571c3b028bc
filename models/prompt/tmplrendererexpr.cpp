// TmplRenderer, second half: subscripts, comparisons, concatenation, filters, tests, calls.
#include "prompt/tmplrenderer.h"

#include "prompt/tmplexception.h"
#include "prompt/tmplfilters.h"
#include "prompt/tmplmethods.h"
#include "prompt/tmploperators.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace lathe {

using Kind = TmplExpr::Kind;
using Op = TmplExpr::Op;

TmplValue TmplRenderer::evalItem(const TmplExpr &e)
{
    const TmplValue obj = eval(*e.kids[0]);
    const TmplValue key = eval(*e.kids[1]);
    if (obj.isUndefined())
        return obj;
    requireDefined(key);
    const QString what = describe(*e.kids[0]);
    if (obj.isMapping()) {
        TmplValue out;
        if (key.isString() && obj.lookup(key.string(), &out))
            return out;
        return TmplValue::undefined(QStringLiteral("'%1' has no key %2").arg(what, key.repr()), e.pos);
    }
    if ((obj.isList() || obj.isString()) && key.isIntegral()) {
        const QList<uint> chars = obj.isString() ? obj.string().toUcs4() : QList<uint>();
        const qsizetype size = obj.isString() ? chars.size() : obj.size();
        qint64 i = key.toInt();
        if (i < 0)
            i += size;
        if (i >= 0 && i < size) {
            if (obj.isList())
                return obj.at(i);
            const char32_t c = chars.at(i);
            return TmplValue(QString::fromUcs4(&c, 1));
        }
        return TmplValue::undefined(QStringLiteral("index %1 is out of range for '%2' (length %3)")
                                        .arg(key.toInt()).arg(what).arg(size), e.pos);
    }
    if (obj.type() == TmplValue::Type::Loop && key.isString()) {
        TmplValue out;
        if (TmplMethods::loopAttribute(*obj.loop(), key.string(), &out))
            return out;
    }
    return TmplValue::undefined(QStringLiteral("'%1' (%2) cannot be indexed with %3")
                                    .arg(what, TmplOperators::article(obj), key.repr()), e.pos);
}

TmplValue TmplRenderer::evalSlice(const TmplExpr &e)
{
    const TmplValue obj = eval(*e.kids[0]);
    if (obj.isUndefined())
        return obj;
    qint64 bounds[3] = {0, 0, 1};
    bool given[3] = {false, false, false};
    for (int b = 0; b < 3; ++b) {
        if (!e.kids[size_t(b) + 1])
            continue;
        const TmplValue v = eval(*e.kids[size_t(b) + 1]);
        if (v.isNone())
            continue;
        requireDefined(v);
        if (!v.isIntegral())
            fail(e.kids[size_t(b) + 1]->pos, "slice bounds must be integers, not "_L1 + TmplOperators::article(v));
        bounds[b] = v.toInt();
        given[b] = true;
    }
    const qint64 step = bounds[2];
    if (step == 0)
        fail(e.pos, QStringLiteral("slice step cannot be zero"));
    QList<uint> chars;
    if (obj.isString())
        chars = obj.string().toUcs4();
    else if (!obj.isList())
        fail(e.pos, "cannot slice "_L1 + TmplOperators::article(obj));
    const qint64 n = obj.isString() ? chars.size() : obj.size();
    // Python's slice.indices()
    auto clamp = [&](qint64 v, bool isGiven, qint64 dflt) {
        if (!isGiven)
            return dflt;
        if (v < 0)
            v += n;
        if (step > 0)
            return std::clamp<qint64>(v, 0, n);
        return std::clamp<qint64>(v, -1, n - 1);
    };
    const qint64 start = clamp(bounds[0], given[0], step > 0 ? 0 : n - 1);
    const qint64 stop = clamp(bounds[1], given[1], step > 0 ? n : -1);
    QList<TmplValue> items;
    QList<uint> outChars;
    for (qint64 i = start; step > 0 ? i < stop : i > stop;) {
        if (obj.isString())
            outChars.append(chars.at(i));
        else
            items.append(obj.at(i));
        if (__builtin_add_overflow(i, step, &i))
            break;
    }
    if (obj.isString())
        return TmplValue(QString::fromUcs4(reinterpret_cast<const char32_t *>(outChars.constData()), outChars.size()));
    return TmplValue(std::move(items), obj.isTuple());
}

TmplValue TmplRenderer::evalCompare(const TmplExpr &e)
{
    TmplValue left = eval(*e.kids[0]);
    for (qsizetype i = 0; i < e.ops.size(); ++i) {
        TmplValue right = eval(*e.kids[size_t(i) + 1]);
        const Op op = e.ops.at(i);
        requireDefined(left);
        requireDefined(right);
        bool result = false;
        if (op == Op::Eq || op == Op::Ne) {
            result = TmplValue::equals(left, right) == (op == Op::Eq);
        } else if (op == Op::In || op == Op::NotIn) {
            result = TmplOperators::contains(*this, right, left, e.pos) == (op == Op::In);
        } else {
            bool ok = false;
            const int c = TmplValue::compare(left, right, &ok);
            if (!ok) {
                static const char *const names[] = {"<", "<=", ">", ">="};
                fail(e.pos, QStringLiteral("cannot compare %1 and %2 with '%3'")
                                .arg(TmplOperators::article(left), TmplOperators::article(right),
                                     QLatin1StringView(names[int(op) - int(Op::Lt)])));
            }
            result = op == Op::Lt ? c < 0 : op == Op::Le ? c <= 0 : op == Op::Gt ? c > 0 : c >= 0;
        }
        if (!result)
            return TmplValue(false);
        left = std::move(right);
    }
    return TmplValue(true);
}

TmplValue TmplRenderer::evalConcat(const TmplExpr &e)
{
    QString out;
    for (const auto &k : e.kids) {
        const TmplValue v = eval(*k);
        out += v.isString() ? v.string() : str(v);
        checkSize(out.size(), e.pos);
    }
    return TmplValue(out);
}

TmplValue TmplRenderer::evalFilterOrTest(const TmplExpr &e)
{
    const TmplFunctionDef &def = e.kind == Kind::Filter ? TmplFilters::at(e.fn) : TmplTests::at(e.fn);
    TmplCall call{*this, e.pos, eval(*e.kids[0]), {}, {}};
    if (!def.acceptsUndefined)
        requireDefined(call.input);
    call.args.reserve(def.params.size());
    for (const TmplParam &p : def.params)
        call.args.append(p.defaultValue);
    for (size_t i = 1; i < e.kids.size(); ++i) {
        TmplValue v = eval(*e.kids[i]);
        requireDefined(v);
        const int slot = e.argSlots.at(qsizetype(i) - 1);
        if (slot >= 0)
            call.args[slot] = std::move(v);
        else
            call.extra.append(std::move(v));
    }
    m_pos = e.pos;
    TmplValue result = def.fn(call);
    if (e.kind == Kind::Test)
        return TmplValue(result.toBool() != e.negate);
    return result;
}

TmplValue TmplRenderer::evalCall(const TmplExpr &e)
{
    QList<TmplValue> args;
    QList<std::pair<QString, TmplValue>> kwargs;
    for (size_t i = 1; i < e.kids.size(); ++i) {
        TmplValue v = eval(*e.kids[i]);
        requireDefined(v);
        const QString &name = e.argNames.at(qsizetype(i) - 1);
        if (name.isEmpty())
            args.append(std::move(v));
        else
            kwargs.append({name, std::move(v)});
    }
    const TmplExpr &callee = *e.kids[0];
    if (callee.kind == Kind::Name) {
        const TmplValue v = lookup(callee.name, callee.pos);
        if (!v.isUndefined())
            fail(callee.pos, "'"_L1 + callee.name + "' is "_L1 + TmplOperators::article(v) + ", not a function"_L1);
        m_pos = callee.pos;
        return TmplMethods::callGlobal(*this, callee.name, args, kwargs, callee.pos);
    }
    const TmplValue obj = eval(*callee.kids[0]);
    if (obj.isUndefined()) {
        requireDefined(obj);
        return obj;
    }
    m_pos = callee.pos;
    return TmplMethods::callMethod(*this, obj, callee.name, args, kwargs, callee.pos);
}

} // namespace lathe
