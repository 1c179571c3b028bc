// Filters on single values: text, numbers, defaults, escaping and JSON.
#include "prompt/tmplfilters.h"

#include "prompt/tmpljson.h"
#include "prompt/tmploperators.h"
#include "prompt/tmplrenderer.h"
#include "prompt/tmpltext.h"

#include <QStringBuilder>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

TmplValue s(const QString &v) { return TmplValue(v); }
TmplValue i(qint64 v) { return TmplValue(v); }
TmplValue b(bool v) { return TmplValue(v); }
const TmplValue none = TmplValue::none();
const TmplValue required;

QString text(TmplCall &c) { return c.renderer.str(c.input); }

qint64 intArg(TmplCall &c, qsizetype index, const char *what)
{
    const TmplValue &v = c.args.at(index);
    if (!v.isIntegral())
        c.renderer.fail(c.pos, QStringLiteral("%1 must be an integer, not %2").arg(QLatin1StringView(what), TmplOperators::article(v)));
    return v.toInt();
}

TmplValue truncate(TmplCall &c)
{
    const qint64 length = intArg(c, 0, "truncate length");
    const qint64 leeway = c.args.at(3).isNone() ? 5 : intArg(c, 3, "truncate leeway");
    // length + leeway, saturating (both come from the template)
    const qint64 fits = leeway > 0 && length > std::numeric_limits<qint64>::max() - leeway
        ? std::numeric_limits<qint64>::max() : length + std::max<qint64>(leeway, 0);
    if ((c.input.isList() || c.input.isMapping()) && c.input.size() <= fits)
        return c.input;         // Jinja2 measures a list by its items and returns it whole
    const QString str = text(c);
    const QString end = c.renderer.str(c.args.at(2));
    const qsizetype endLength = TmplText::length(end);
    if (length < endLength)
        c.renderer.fail(c.pos, QStringLiteral("truncate length must be at least %1 (the length of end), got %2").arg(endLength).arg(length));
    if (leeway < 0)
        c.renderer.fail(c.pos, QStringLiteral("truncate leeway must not be negative, got %1").arg(leeway));
    if (TmplText::length(str) <= fits)
        return s(str);
    const QString kept = TmplText::left(str, qsizetype(length - endLength));
    if (c.args.at(1).toBool())
        return s(kept + end);
    const qsizetype space = kept.lastIndexOf(u' ');
    return s((space < 0 ? kept : kept.left(space)) + end);
}

TmplValue indent(TmplCall &c)
{
    const QString str = text(c) + u'\n';
    const QString pad = c.args.at(0).isString() ? c.args.at(0).string()
                                                : QString(qsizetype(std::clamp<qint64>(intArg(c, 0, "indent width"), 0, 1000)), u' ');
    QStringList lines = TmplText::splitLines(str);
    c.renderer.checkSize(str.size() + lines.size() * pad.size(), c.pos);
    QString out;
    if (c.args.at(2).toBool()) {
        out = lines.join(u'\n' + pad);
    } else {
        out = lines.isEmpty() ? QString() : lines.takeFirst();
        for (const QString &line : std::as_const(lines))
            out += u'\n' + (line.isEmpty() ? line : pad + line);
    }
    if (c.args.at(1).toBool())
        out = pad + out;
    return s(out);
}

TmplValue center(TmplCall &c)
{
    const QString str = text(c);
    const qint64 width = std::min<qint64>(intArg(c, 0, "center width"), c.renderer.maxOutputLength());
    const qint64 margin = width - TmplText::length(str);
    if (margin <= 0)
        return s(str);
    const qint64 left = margin / 2 + (margin & width & 1);
    return s(QString(qsizetype(left), u' ') + str + QString(qsizetype(margin - left), u' '));
}

TmplValue wordcount(TmplCall &c)
{
    const QString str = text(c);
    qint64 words = 0;
    bool in = false;
    for (const QChar ch : str) {
        const bool w = ch.isLetterOrNumber() || ch == u'_' || ch.isMark();
        words += (w && !in) ? 1 : 0;
        in = w;
    }
    return i(words);
}

// Python float(str): surrounding whitespace, underscores between digits, inf/nan.
bool parseFloat(const QString &str, double *out)
{
    QString t = str.trimmed().toLower();
    t.remove(u'_');
    if (t == u"infinity" || t == u"+infinity" || t == u"-infinity")
        t.replace("infinity"_L1, "inf"_L1);
    bool ok = false;
    *out = t.toDouble(&ok);
    return ok;
}

TmplValue toInt(TmplCall &c)
{
    const TmplValue &v = c.input;
    const qint64 base = intArg(c, 1, "int base");
    if (v.isIntegral())
        return i(v.toInt());
    if (v.type() == TmplValue::Type::Float)
        return std::isfinite(v.toDouble()) && std::fabs(v.toDouble()) < 9.2e18 ? i(qint64(v.toDouble())) : c.args.at(0);
    if (!v.isString())
        return c.args.at(0);
    QString t = v.string().trimmed();
    t.remove(u'_');
    bool negative = t.startsWith(u'-');
    if (negative || t.startsWith(u'+'))
        t.remove(0, 1);
    int actualBase = int(base);
    const QString lower = t.toLower();
    for (const auto &[prefix, pb] : {std::pair{u"0x"_s, 16}, std::pair{u"0o"_s, 8}, std::pair{u"0b"_s, 2}})
        if (lower.startsWith(prefix) && (base == 0 || base == pb)) {
            t.remove(0, 2);
            actualBase = pb;
        }
    if (actualBase == 0)
        actualBase = 10;
    bool ok = false;
    qint64 n = (actualBase >= 2 && actualBase <= 36 && !t.isEmpty() && t.at(0).isLetterOrNumber())
        ? t.toLongLong(&ok, actualBase) : 0;
    if (ok)
        return i(negative ? -n : n);
    double d = 0;
    if (parseFloat(v.string(), &d) && std::isfinite(d) && std::fabs(d) < 9.2e18)
        return i(qint64(d));
    return c.args.at(0);
}

TmplValue toFloat(TmplCall &c)
{
    const TmplValue &v = c.input;
    if (v.isNumber())
        return TmplValue(v.toDouble());
    double d = 0;
    if (v.isString() && parseFloat(v.string(), &d))
        return TmplValue(d);
    return c.args.at(0);
}

TmplValue roundFilter(TmplCall &c)
{
    const QString method = c.renderer.str(c.args.at(1));
    if (method != u"common" && method != u"ceil" && method != u"floor")
        c.renderer.fail(c.pos, QStringLiteral("round method must be 'common', 'ceil' or 'floor'"));
    if (!c.input.isNumber())
        c.renderer.fail(c.pos, "cannot round "_L1 + TmplOperators::article(c.input));
    const qint64 precision = std::clamp<qint64>(intArg(c, 0, "round precision"), -308, 308);
    const double x = c.input.toDouble();
    if (method == u"common") {
        if (c.input.isIntegral() && precision >= 0)
            return i(c.input.toInt());
        if (!std::isfinite(x) || precision > 20)
            return TmplValue(x);
        if (precision < 0) {
            const double scale = std::pow(10.0, double(-precision));
            return TmplValue(std::nearbyint(x / scale) * scale);
        }
        char buf[400];
        std::snprintf(buf, sizeof buf, "%.*f", int(precision), x);   // exact, ties to even
        return TmplValue(std::strtod(buf, nullptr));
    }
    const double scale = std::pow(10.0, double(precision));
    return TmplValue((method == u"ceil" ? std::ceil(x * scale) : std::floor(x * scale)) / scale);
}

TmplValue abs(TmplCall &c)
{
    if (!c.input.isNumber())
        c.renderer.fail(c.pos, "bad operand for abs(): "_L1 + TmplOperators::article(c.input));
    if (c.input.isIntegral())
        return c.input.toInt() == INT64_MIN ? TmplValue(-double(c.input.toInt())) : i(std::llabs(c.input.toInt()));
    return TmplValue(std::fabs(c.input.toDouble()));
}

TmplValue toJson(TmplCall &c)
{
    const TmplValue &indent = c.args.at(0);
    QString pad;
    if (indent.isString())
        pad = indent.string();
    else if (indent.isIntegral())
        pad = QString(qsizetype(std::clamp<qint64>(indent.toInt(), 0, 100)), u' ');
    else if (!indent.isNone())
        c.renderer.fail(c.pos, "tojson indent must be an integer or a string, not "_L1 + TmplOperators::article(indent));
    const QString out = TmplJson::jinja(c.input, pad, c.renderer.maxOutputLength());
    c.renderer.checkSize(out.size(), c.pos);
    return s(out);
}

TmplValue dump(TmplCall &c)
{
    const TmplValue &spaces = c.args.at(0);
    QString pad;
    if (spaces.isString())
        pad = spaces.string();
    else if (spaces.isNumber())
        pad = QString(qsizetype(std::clamp<qint64>(spaces.toInt(), 0, 10)), u' ');
    const QString out = TmplJson::javascript(c.input, pad, c.renderer.maxOutputLength());
    c.renderer.checkSize(out.size(), c.pos);
    return s(out);
}

TmplValue replace(TmplCall &c)
{
    const qint64 count = c.args.at(2).isNone() ? -1 : intArg(c, 2, "replace count");
    const QString out = TmplText::replace(text(c), c.renderer.str(c.args.at(0)), c.renderer.str(c.args.at(1)), qsizetype(count));
    c.renderer.checkSize(out.size(), c.pos);
    return s(out);
}

TmplValue defaultFilter(TmplCall &c)
{
    if (c.input.isUndefined() || (c.args.at(1).toBool() && !c.input.toBool()))
        return c.args.at(0);
    return c.input;
}

TmplFunctionDef def(const QString &name, QList<TmplParam> params, TmplValue (*fn)(TmplCall &))
{
    return TmplFunctionDef{name, std::move(params), fn, false, false};
}

} // namespace

QList<TmplFunctionDef> tmplStringFilters()
{
    QList<TmplFunctionDef> out = {
        def(u"upper"_s, {}, [](TmplCall &c) { return s(text(c).toUpper()); }),
        def(u"lower"_s, {}, [](TmplCall &c) { return s(text(c).toLower()); }),
        def(u"title"_s, {}, [](TmplCall &c) { return s(TmplText::title(text(c))); }),
        def(u"capitalize"_s, {}, [](TmplCall &c) { return s(TmplText::capitalize(text(c))); }),
        def(u"trim"_s, {{u"chars"_s, none}}, [](TmplCall &c) {
            return s(TmplText::strip(text(c), c.args.at(0).isNone() ? QString() : c.renderer.str(c.args.at(0)), true, true));
        }),
        def(u"string"_s, {}, [](TmplCall &c) { return s(text(c)); }),
        def(u"safe"_s, {}, [](TmplCall &c) { return c.input; }),
        def(u"escape"_s, {}, [](TmplCall &c) { return s(TmplText::htmlEscape(text(c))); }),
        def(u"e"_s, {}, [](TmplCall &c) { return s(TmplText::htmlEscape(text(c))); }),
        def(u"replace"_s, {{u"old"_s, required}, {u"new"_s, required}, {u"count"_s, none}}, replace),
        def(u"truncate"_s, {{u"length"_s, i(255)}, {u"killwords"_s, b(false)}, {u"end"_s, s(u"..."_s)},
                            {u"leeway"_s, none}}, truncate),
        def(u"wordcount"_s, {}, wordcount),
        def(u"center"_s, {{u"width"_s, i(80)}}, center),
        def(u"indent"_s, {{u"width"_s, i(4)}, {u"first"_s, b(false)}, {u"blank"_s, b(false)}}, indent),
        def(u"int"_s, {{u"default"_s, i(0)}, {u"base"_s, i(10)}}, toInt),
        def(u"float"_s, {{u"default"_s, TmplValue(0.0)}}, toFloat),
        def(u"abs"_s, {}, abs),
        def(u"round"_s, {{u"precision"_s, i(0)}, {u"method"_s, s(u"common"_s)}}, roundFilter),
        def(u"tojson"_s, {{u"indent"_s, none}}, toJson),
        def(u"dump"_s, {{u"spaces"_s, none}}, dump),
    };
    for (const QString &name : {u"default"_s, u"d"_s}) {
        TmplFunctionDef d = def(name, {{u"default_value"_s, s(QString())}, {u"boolean"_s, b(false)}}, defaultFilter);
        d.acceptsUndefined = true;
        out.append(d);
    }
    return out;
}

} // namespace lathe
