#include "jssandbox.h"

#include "jswatchdog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJSEngine>
#include <QRegularExpression>
#include <QThreadStorage>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsSandbox)
};

// Removes what could block a thread, then freezes everything reachable from the global object.
constexpr auto kLockdown = uR"JS(
(function (global) {
    'use strict';
    delete global.Atomics;
    delete global.SharedArrayBuffer;
    var seen = new Set();
    function freeze(o) {
        if (o === null || (typeof o !== 'object' && typeof o !== 'function') || seen.has(o))
            return;
        seen.add(o);
        var keys = Reflect.ownKeys(o);
        for (var i = 0; i < keys.length; i++) {
            var d = Object.getOwnPropertyDescriptor(o, keys[i]);
            if (!d)
                continue;
            if ('value' in d) {
                freeze(d.value);
            } else {
                freeze(d.get);
                freeze(d.set);
            }
        }
        freeze(Object.getPrototypeOf(o));
        Object.freeze(o);
    }
    freeze(global);
    return seen.size;
})(this)
)JS";

// Calls a scorer function and reports a throw as {ok: false, e: value}: QJSValue::call()
// returns a thrown non-Error value (throw "no") as if it had been returned. An interrupt is not
// catchable, so it still surfaces as an error from call().
constexpr auto kTrampoline = uR"JS(
(function (f) {
    return function (output, context, expected, vars) {
        try {
            return {ok: true, v: f(output, context, expected, vars)};
        } catch (e) {
            return {ok: false, e: e};
        }
    };
})
)JS";

constexpr int kMaxCached = 256;

struct Engine
{
    QJSEngine js;
    QJSValue trampoline;
    QHash<QString, QJSValue> functions;   // source -> trampolined function

    Engine()
    {
        js.evaluate(QString::fromUtf16(kLockdown), u"lockdown.js"_s);
        trampoline = js.evaluate(QString::fromUtf16(kTrampoline), u"trampoline.js"_s);
    }
};

Engine &engine()
{
    static QThreadStorage<Engine *> engines;
    if (!engines.hasLocalData())
        engines.setLocalData(new Engine);
    return *engines.localData();
}

QString describe(const QJSValue &error)
{
    const int line = error.property(u"lineNumber"_s).toInt();
    const QString text = error.toString();
    return line > 0 ? Tr::tr("line %1: %2").arg(line).arg(text) : text;
}

// Compiles `source` into a function in `e`, or fills *error.
QJSValue compile(Engine &e, const QString &source, QString *error)
{
    const auto cached = e.functions.constFind(source);
    if (cached != e.functions.cend())
        return *cached;
    // The body starts on line 1 of "scorer.js": the wrapper's first line is line 0.
    const QString program = u"(function (output, context, expected, vars) {\n"_s + JsSandbox::functionBody(source)
        + u"\n})"_s;
    QJSValue f = e.js.evaluate(program, u"scorer.js"_s, 0);
    if (f.isError()) {
        *error = describe(f);
        return {};
    }
    if (!f.isCallable()) {
        *error = Tr::tr("the script must be the body of a function");
        return {};
    }
    if (e.functions.size() >= kMaxCached)
        e.functions.clear();
    const QJSValue wrapped = e.trampoline.call({f});
    e.functions.insert(source, wrapped);
    return wrapped;
}

QJsonValue scalar(const QJSValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isNumber())
        return v.toNumber();
    if (v.isString())
        return v.toString();
    if (v.isNull())
        return QJsonValue::Null;
    return QJsonValue::Undefined;
}

// Finds the last ';' outside strings, comments, template literals and brackets.
qsizetype lastStatementEnd(const QString &code)
{
    qsizetype last = -1;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'`')
            quote = c;
        else if (c == u'/' && i + 1 < code.size() && code.at(i + 1) == u'/')
            break;
        else if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
        else if (c == u';' && depth == 0)
            last = i;
    }
    return last;
}

} // namespace

QString JsSandbox::functionBody(const QString &source)
{
    QString code = source;
    while (!code.isEmpty() && code.back().isSpace())
        code.chop(1);
    if (code.contains(u'\n'))
        return code;
    code = code.trimmed();
    while (code.endsWith(u';'))
        code = code.chopped(1).trimmed();
    static const QRegularExpression declaration(u"^(const|let|var)\\s"_s);
    static const QRegularExpression returns(u"^return\\b"_s);
    if (returns.match(code).hasMatch())
        return code;
    if (declaration.match(code).hasMatch()) {
        const qsizetype semi = lastStatementEnd(code);
        if (semi >= 0 && !code.mid(semi + 1).trimmed().isEmpty())
            return code.left(semi + 1) + u" return "_s + code.mid(semi + 1).trimmed();
        return code;
    }
    return u"return "_s + code;
}

QString JsSandbox::syntaxError(const QString &source)
{
    QString error;
    compile(engine(), source, &error);
    return error;
}

JsSandbox::Result JsSandbox::call(const QString &source, const QString &output, const QJsonObject &context,
                                  const QJsonValue &expected, const QJsonObject &vars, int timeoutMs)
{
    Result r;
    Engine &e = engine();
    const QJSValue f = compile(e, source, &r.error);
    if (!r.error.isEmpty()) {
        r.kind = Result::Kind::SyntaxError;
        return r;
    }
    const QJSValueList args{QJSValue(output), e.js.toScriptValue(context), e.js.toScriptValue(expected),
                            e.js.toScriptValue(vars)};
    JsWatchdog &watchdog = JsWatchdog::instance();
    const quint64 token = watchdog.arm(&e.js, timeoutMs);
    const QJSValue outcome = f.call(args);
    const bool fired = watchdog.disarm(token);
    if (fired)
        e.js.setInterrupted(false);
    if (outcome.isError() || !outcome.property(u"ok"_s).toBool()) {
        const QJSValue thrown = outcome.isError() ? outcome : outcome.property(u"e"_s);
        if (fired) {
            r.kind = Result::Kind::Timeout;
            r.error = Tr::tr("the script ran longer than its limit of %1 ms and was stopped").arg(timeoutMs);
        } else {
            r.kind = Result::Kind::RuntimeError;
            r.error = thrown.isError() ? describe(thrown) : Tr::tr("the script threw %1").arg(thrown.toString());
        }
        return r;
    }
    const QJSValue value = outcome.property(u"v"_s);
    if (value.isObject() && !value.isArray()) {
        if (value.property(u"then"_s).isCallable()) {
            r.kind = Result::Kind::RuntimeError;
            r.error = Tr::tr("the script returned a promise; scorer scripts run synchronously");
            return r;
        }
        QJsonObject o;
        for (const QString &key : {u"pass"_s, u"score"_s, u"reason"_s}) {
            const QJsonValue v = scalar(value.property(key));
            if (!v.isUndefined())
                o.insert(key, v);
        }
        r.value = o;
        return r;
    }
    r.value = scalar(value);
    return r;
}

} // namespace lathe
