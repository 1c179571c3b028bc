#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace lathe {

// Runs custom scorer scripts in a locked-down QJSEngine, one engine per thread (created on
// first use, destroyed when the thread ends).
//
// Sandbox: a plain QJSEngine with no extensions, so there is no require, import, fetch,
// XMLHttpRequest, console, Qt object or any file or network API; Atomics and
// SharedArrayBuffer are removed (Atomics.wait could block a thread beyond the time limit);
// then every object reachable from the global object (the built-ins and their prototypes) is
// frozen, so one call cannot leave state behind for the next: scripts keep their state in
// local variables. A call running past its time limit is interrupted by JsWatchdog. Memory is
// not limited: a script that allocates gigabytes can still exhaust the process.
//
// A script is a function body called as f(output, context, expected, vars); a single line
// without "return" is an expression whose value is returned (promptfoo's rule, including
// "const x = ...; x > 1"). Compiled functions are cached per thread by source.
class JsSandbox final
{
public:
    struct Result
    {
        enum class Kind { Value, SyntaxError, RuntimeError, Timeout };
        Kind kind = Kind::Value;
        // Kind::Value: a boolean, number, string, null or undefined as is; an object as
        // {pass, score, reason} with those of its properties that are set; a promise is
        // reported as a RuntimeError (scripts run synchronously).
        QJsonValue value;
        QString error;   // "line 3: ReferenceError: x is not defined"
    };

    // The function body a script's source becomes (see the class comment).
    static QString functionBody(const QString &source);
    // Empty when `source` compiles, else the syntax error with its line.
    static QString syntaxError(const QString &source);
    static Result call(const QString &source, const QString &output, const QJsonObject &context,
                       const QJsonValue &expected, const QJsonObject &vars, int timeoutMs);
};

} // namespace lathe
