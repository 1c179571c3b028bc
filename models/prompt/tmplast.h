#pragma once

#include "prompt/tmplvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lathe {

// The parsed form of a template. Built once by TmplParser, never changed afterwards, and read
// concurrently by renders on several threads. `pos` is a source offset for error messages.
struct TmplExpr;
using TmplExprPtr = std::unique_ptr<TmplExpr>;

struct TmplExpr
{
    enum class Kind : quint8 {
        Literal,    // value
        Name,       // name
        Attr,       // kids[0].name
        Item,       // kids[0][kids[1]]
        Slice,      // kids[0][kids[1]:kids[2]:kids[3]] (null kids for omitted bounds)
        List,       // [kids...]
        Tuple,      // (kids...)
        Dict,       // {kids[0]: kids[1], kids[2]: kids[3], ...}
        Neg, Pos, Not,
        Binary,     // kids[0] op kids[1]
        Concat,     // kids[0] ~ kids[1] ~ ...
        Compare,    // kids[0] ops[0] kids[1] ops[1] kids[2] ... (chained, Python style)
        And, Or,
        Cond,       // kids[0] if kids[1] else kids[2] (kids[2] may be null)
        Filter,     // kids[0] | name(kids[1..])
        Test,       // kids[0] is [not] name(kids[1..])
        Call,       // kids[0](kids[1..]); kids[0] is a Name (global function) or an Attr (method)
    };
    enum class Op : quint8 { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, Eq, Ne, Lt, Le, Gt, Ge, In, NotIn };

    Kind kind = Kind::Literal;
    Op op = Op::Add;
    bool negate = false;        // Test: `is not`
    int pos = 0;
    int depth = 1;              // height of this subtree, bounded by the parser
    int fn = -1;                // Filter/Test: index in TmplFilters / TmplTests
    QString name;
    TmplValue value;
    QList<Op> ops;
    std::vector<TmplExprPtr> kids;
    // Filter/Test/Call: for each argument kids[1..], its parameter slot (Filter/Test, resolved
    // at parse time) or -1; argNames holds keyword names as written ("" when positional).
    QList<int> argSlots;
    QStringList argNames;
};

struct TmplNode;
using TmplNodePtr = std::unique_ptr<TmplNode>;
using TmplNodeList = std::vector<TmplNodePtr>;

struct TmplNode
{
    enum class Kind : quint8 {
        Text,       // text
        Output,     // {{ expr }}
        If,         // branches: {cond, body}..., a null cond for {% else %}
        For,        // {% for targets in expr [if filter] %} body {% else %} elseBody {% endfor %}
        Set,        // {% set targets[0] = expr %} or {% set targets[0].targets[1] = expr %}
        SetBlock,   // {% set targets[0] %} body {% endset %}
    };
    struct Branch
    {
        TmplExprPtr cond;
        TmplNodeList body;
    };

    Kind kind = Kind::Text;
    int pos = 0;
    QString text;
    TmplExprPtr expr;
    TmplExprPtr filter;
    QStringList targets;
    bool attributeTarget = false;   // Set: `ns.attr = ...`
    std::vector<Branch> branches;
    TmplNodeList body;
    TmplNodeList elseBody;
};

} // namespace lathe
