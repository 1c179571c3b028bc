// Fuzz target for the template engine: the input is split at the first NUL byte into the
// template source and a JSON object of variables (without one, fixed variables are used).
// Parsing and rendering (strict and lenient, with small limits) must never crash, must stay
// within the limits, must report every failure with a message and a position inside the
// source, and must render the same output twice.
#include "prompt/template.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace lathe;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "template invariant failed: %s\n", what);
        std::abort();
    }
}

void checkError(const TemplateError &e, const QString &source)
{
    check(!e.message.isEmpty(), "an error has a message");
    check(e.line >= 1 && e.column >= 1, "an error has a 1-based position");
    check(e.line <= source.count(u'\n') + 1, "an error line is inside the source");
}

const QJsonObject &defaultVars()
{
    static const QJsonObject vars = QJsonDocument::fromJson(
        R"({"name": "Ada", "n": 3, "f": 2.5, "flag": true, "none": null, "xs": [1, 2, 3],
            "words": ["b", "a", "한"], "user": {"name": "Bo", "tags": ["x"], "age": 7},
            "rows": [{"k": 1}, {"k": 2}], "empty": "", "emoji": "😀"})").object();
    return vars;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = bytes.indexOf('\0');
    const QString source = QString::fromUtf8(nul < 0 ? bytes : bytes.left(nul));
    QJsonObject vars = defaultVars();
    if (nul >= 0) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(nul + 1));
        if (doc.isObject())
            vars = doc.object();
    }

    TemplateError error;
    const auto t = Template::parse(source, &error);
    if (!t) {
        checkError(error, source);
        return 0;
    }
    check(!error, "a successful parse clears the error");
    const QStringList names = t->variables();
    check(QSet<QString>(names.begin(), names.end()).size() == names.size(), "variables() has no duplicates");

    for (const bool strict : {true, false}) {
        RenderOptions options;
        options.strictUndefined = strict;
        options.maxOutputLength = 20000;
        options.maxIterations = 2000;
        const QString first = t->render(vars, &error, options);
        if (first.isNull()) {
            checkError(error, source);
        } else {
            check(!error, "a successful render clears the error");
            check(first.size() <= options.maxOutputLength, "output stays under the limit");
        }
        const QString second = t->render(vars, nullptr, options);
        check(first == second && first.isNull() == second.isNull(), "rendering is deterministic");
    }
    return 0;
}
