#include "prompt/tmploperators.h"

#include "prompt/tmplrenderer.h"

#include <QStringBuilder>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

using Op = TmplExpr::Op;

const char *opName(Op op)
{
    switch (op) {
    case Op::Add: return "+";
    case Op::Sub: return "-";
    case Op::Mul: return "*";
    case Op::Div: return "/";
    case Op::FloorDiv: return "//";
    case Op::Mod: return "%";
    case Op::Pow: return "**";
    default: return "?";
    }
}

// Python's float floor division and modulo (float_divmod in CPython).
void floatDivmod(double vx, double wx, double *floordiv, double *mod)
{
    double m = std::fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = std::copysign(0.0, wx);
    }
    double fd;
    if (div != 0) {
        fd = std::floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = std::copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

TmplValue intPow(qint64 base, qint64 exp)
{
    qint64 result = 1;
    qint64 b = base;
    qint64 e = exp;
    while (e > 0) {
        if ((e & 1) && __builtin_mul_overflow(result, b, &result))
            return TmplValue(std::pow(double(base), double(exp)));
        e >>= 1;
        if (e > 0 && __builtin_mul_overflow(b, b, &b))
            return TmplValue(std::pow(double(base), double(exp)));
    }
    return TmplValue(result);
}

TmplValue repeat(TmplRenderer &r, const TmplValue &seq, qint64 times, int pos)
{
    times = std::max<qint64>(times, 0);
    const qsizetype unit = seq.isString() ? seq.string().size() : seq.size();
    if (unit > 0 && times > 0) {
        const qsizetype total = unit > std::numeric_limits<qsizetype>::max() / times ? std::numeric_limits<qsizetype>::max()
                                                                                     : unit * qsizetype(times);
        if (seq.isString())
            r.checkSize(total, pos);
        else
            r.checkItems(total, pos);
    }
    if (seq.isString())
        return TmplValue(seq.string().repeated(times));
    QList<TmplValue> items;
    const QList<TmplValue> once = seq.listItems();
    for (qint64 i = 0; i < times; ++i)
        items.append(once);
    return TmplValue(std::move(items), seq.isTuple());
}

} // namespace

QString TmplOperators::article(const TmplValue &v)
{
    switch (v.type()) {
    case TmplValue::Type::Undefined: return QStringLiteral("undefined");
    case TmplValue::Type::None: return QStringLiteral("none");
    case TmplValue::Type::Int: return QStringLiteral("an integer");
    case TmplValue::Type::Dict: return QStringLiteral("an object");
    default: return "a "_L1 + v.typeName();
    }
}

TmplValue TmplOperators::unary(TmplRenderer &r, bool negate, const TmplValue &v, int pos)
{
    r.requireDefined(v);
    if (!v.isNumber())
        r.fail(pos, QStringLiteral("bad operand for unary %1: %2").arg(negate ? u'-' : u'+').arg(article(v)));
    if (!negate)
        return v.isIntegral() ? TmplValue(v.toInt()) : v;
    if (v.isIntegral())
        return v.toInt() == std::numeric_limits<qint64>::min() ? TmplValue(-double(v.toInt())) : TmplValue(-v.toInt());
    return TmplValue(-v.toDouble());
}

TmplValue TmplOperators::binary(TmplRenderer &r, Op op, const TmplValue &a, const TmplValue &b, int pos)
{
    // Arithmetic on an undefined value is an error in both modes (Jinja2 raises too).
    for (const TmplValue *v : {&a, &b})
        if (v->isUndefined())
            r.fail(v->undefinedMessage().isEmpty() ? pos : v->undefinedPos(),
                   v->undefinedMessage().isEmpty() ? u"undefined value in arithmetic"_s : v->undefinedMessage());
    auto typeError = [&]() {
        r.fail(pos, QStringLiteral("unsupported operand types for %1: %2 and %3")
                        .arg(QLatin1StringView(opName(op)), article(a), article(b)));
    };
    if (a.isNumber() && b.isNumber()) {
        const bool ints = a.isIntegral() && b.isIntegral();
        const qint64 x = a.toInt(), y = b.toInt();
        const double fx = a.toDouble(), fy = b.toDouble();
        qint64 out = 0;
        switch (op) {
        case Op::Add:
            if (ints && !__builtin_add_overflow(x, y, &out))
                return TmplValue(out);
            return TmplValue(fx + fy);
        case Op::Sub:
            if (ints && !__builtin_sub_overflow(x, y, &out))
                return TmplValue(out);
            return TmplValue(fx - fy);
        case Op::Mul:
            if (ints && !__builtin_mul_overflow(x, y, &out))
                return TmplValue(out);
            return TmplValue(fx * fy);
        case Op::Div:
            if (fy == 0)
                r.fail(pos, QStringLiteral("division by zero"));
            return TmplValue(fx / fy);
        case Op::FloorDiv:
        case Op::Mod: {
            if (fy == 0)
                r.fail(pos, QStringLiteral("division by zero"));
            if (ints) {
                if (x == std::numeric_limits<qint64>::min() && y == -1)
                    return op == Op::Mod ? TmplValue(qint64(0)) : TmplValue(-double(x));
                qint64 q = x / y, m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) {
                    m += y;
                    q -= 1;
                }
                return TmplValue(op == Op::Mod ? m : q);
            }
            double fd = 0, m = 0;
            floatDivmod(fx, fy, &fd, &m);
            return TmplValue(op == Op::Mod ? m : fd);
        }
        case Op::Pow:
            if (ints && y >= 0)
                return intPow(x, y);
            if (fx == 0 && fy < 0)
                r.fail(pos, QStringLiteral("division by zero"));
            return TmplValue(std::pow(fx, fy));
        default: break;
        }
        typeError();
    }
    if (op == Op::Add && a.isString() && b.isString()) {
        r.checkSize(a.string().size() + b.string().size(), pos);
        return TmplValue(a.string() + b.string());
    }
    if (op == Op::Add && a.isList() && b.isList()) {
        r.checkItems(a.size() + b.size(), pos);
        return TmplValue(a.listItems() + b.listItems(), a.isTuple() && b.isTuple());
    }
    if (op == Op::Mul && (a.isString() || a.isList()) && b.isIntegral())
        return repeat(r, a, b.toInt(), pos);
    if (op == Op::Mul && a.isIntegral() && (b.isString() || b.isList()))
        return repeat(r, b, a.toInt(), pos);
    typeError();
    return {};
}

bool TmplOperators::contains(TmplRenderer &r, const TmplValue &container, const TmplValue &item, int pos)
{
    if (container.isString()) {
        if (!item.isString())
            r.fail(pos, "'in <string>' needs a string on the left, not "_L1 + article(item));
        return container.string().contains(item.string());
    }
    if (container.isList()) {
        const qsizetype n = container.size();
        for (qsizetype i = 0; i < n; ++i)
            if (TmplValue::equals(container.at(i), item))
                return true;
        return false;
    }
    if (container.isMapping()) {
        TmplValue ignored;
        return item.isString() && container.lookup(item.string(), &ignored);
    }
    r.fail(pos, "'in' needs a string, list or object on the right, not "_L1 + article(container));
}

} // namespace lathe
