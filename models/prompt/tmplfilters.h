#pragma once

#include "prompt/tmplvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lathe {

class TmplRenderer;

// One call of a filter or test, arguments already bound: `args` has one value per declared
// parameter (defaults filled in), `extra` the surplus positional arguments of a variadic one.
struct TmplCall
{
    TmplRenderer &renderer;
    int pos;                    // source offset of the filter/test name, for errors
    TmplValue input;
    QList<TmplValue> args;
    QList<TmplValue> extra;
};

struct TmplParam
{
    QString name;
    TmplValue defaultValue;     // undefined with no message: the argument is required
    bool keywordOnly = false;
};

// A filter (`value|name(args)`) or a test (`value is name(args)`). Filters return a value;
// tests return a boolean value.
struct TmplFunctionDef
{
    QString name;
    QList<TmplParam> params;
    TmplValue (*fn)(TmplCall &call) = nullptr;
    bool variadic = false;          // surplus positional arguments go to TmplCall::extra
    bool acceptsUndefined = false;  // `default`, `defined`: strict mode lets undefined through
};

// The registries of filters and tests. Tables are built once, on first use, and read-only.
class TmplFilters final
{
public:
    static int find(const QString &name);       // -1 when unknown
    static const TmplFunctionDef &at(int id);
};

class TmplTests final
{
public:
    static int find(const QString &name);
    static const TmplFunctionDef &at(int id);
};

// Matches call-site arguments to a definition's parameters. For each argument (`names`,
// "" for positional) stores its parameter index, or -1 for a variadic surplus, in *bound.
// Returns an error message, or an empty string when the call is valid.
QString tmplBindArguments(const TmplFunctionDef &def, const QStringList &names, QList<int> *bound);

// The filter implementations, split by topic (tmplstringfilters.cpp, tmplseqfilters.cpp).
QList<TmplFunctionDef> tmplStringFilters();
QList<TmplFunctionDef> tmplSequenceFilters();
QList<TmplFunctionDef> tmplTestDefs();

} // namespace lathe
