// TmplParser, second half: the tightest operators, primary expressions, subscripts, calls,
// filters and tests.
#include "prompt/tmplparser.h"

#include "prompt/tmplexception.h"
#include "prompt/tmplfilters.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace lathe {

namespace {

using Kind = TmplExpr::Kind;
using Op = TmplExpr::Op;
using TK = TmplToken::Kind;

} // namespace

TmplExprPtr TmplParser::parseMath2()
{
    TmplExprPtr e = parsePow();
    for (;;) {
        const TmplToken &t = peek();
        Op op;
        if (t.isOp(u"*")) op = Op::Mul;
        else if (t.isOp(u"/")) op = Op::Div;
        else if (t.isOp(u"//")) op = Op::FloorDiv;
        else if (t.isOp(u"%")) op = Op::Mod;
        else return e;
        const int pos = next().pos;
        std::vector<TmplExprPtr> kids;
        kids.push_back(std::move(e));
        kids.push_back(parsePow());
        e = make(Kind::Binary, pos, std::move(kids));
        e->op = op;
    }
}

TmplExprPtr TmplParser::parsePow()
{
    TmplExprPtr e = parseUnary(true);
    while (peek().isOp(u"**")) {
        const int pos = next().pos;
        std::vector<TmplExprPtr> kids;
        kids.push_back(std::move(e));
        kids.push_back(parseUnary(true));
        e = make(Kind::Binary, pos, std::move(kids));
        e->op = Op::Pow;
    }
    return e;
}

TmplExprPtr TmplParser::parseUnary(bool withFilter)
{
    DepthGuard guard(this, peek().pos);
    TmplExprPtr e;
    if (peek().isOp(u"-") || peek().isOp(u"+")) {
        const TmplToken &t = next();
        const bool neg = t.text == u"-";
        const int pos = t.pos;
        TmplExprPtr operand = parseUnary(false);
        if (neg && operand->kind == Kind::Literal && operand->value.isNumber()
            && operand->value.type() != TmplValue::Type::Bool) {
            operand->value = operand->value.type() == TmplValue::Type::Int && operand->value.toInt() != INT64_MIN
                ? TmplValue(-operand->value.toInt()) : TmplValue(-operand->value.toDouble());
            e = std::move(operand);
        } else {
            std::vector<TmplExprPtr> kids;
            kids.push_back(std::move(operand));
            e = make(neg ? Kind::Neg : Kind::Pos, pos, std::move(kids));
        }
    } else {
        e = parsePrimary();
    }
    e = parsePostfix(std::move(e));
    return withFilter ? parseFilterExpr(std::move(e)) : std::move(e);
}

TmplExprPtr TmplParser::parsePrimary()
{
    const TmplToken &t = peek();
    const int pos = t.pos;
    auto literal = [&](const TmplValue &v) {
        next();
        TmplExprPtr e = make(Kind::Literal, pos, {});
        e->value = v;
        return e;
    };
    switch (t.kind) {
    case TK::Name:
        if (t.text == u"true" || t.text == u"True")
            return literal(TmplValue(true));
        if (t.text == u"false" || t.text == u"False")
            return literal(TmplValue(false));
        if (t.text == u"none" || t.text == u"None")
            return literal(TmplValue::none());
        {
            TmplExprPtr e = make(Kind::Name, pos, {});
            e->name = next().text;
            return e;
        }
    case TK::String: {
        QString s = next().text;
        while (peek().kind == TK::String)           // adjacent literals concatenate
            s += next().text;
        TmplExprPtr e = make(Kind::Literal, pos, {});
        e->value = TmplValue(s);
        return e;
    }
    case TK::Int: return literal(TmplValue(t.intValue));
    case TK::Float: return literal(TmplValue(t.floatValue));
    case TK::Op:
        if (t.text == u"(") {
            next();
            if (skipOp(u")"))
                return make(Kind::Tuple, pos, {});
            TmplExprPtr first = parseExpression();
            if (skipOp(u")"))
                return first;
            if (!peek().isOp(u","))
                unexpected(peek(), QStringLiteral("expected ')' or ','"));
            next();
            std::vector<TmplExprPtr> kids;
            kids.push_back(std::move(first));
            TmplExprPtr rest = parseSequence(Kind::Tuple, u")"_s, pos);
            for (auto &k : rest->kids)
                kids.push_back(std::move(k));
            return make(Kind::Tuple, pos, std::move(kids));
        }
        if (t.text == u"[") {
            next();
            return parseSequence(Kind::List, u"]"_s, pos);
        }
        if (t.text == u"{") {
            next();
            return parseSequence(Kind::Dict, u"}"_s, pos);
        }
        break;
    default: break;
    }
    unexpected(t, QStringLiteral("expected an expression"));
}

// Items up to `close` (already past the opening bracket); a trailing comma is allowed.
TmplExprPtr TmplParser::parseSequence(Kind kind, const QString &close, int pos)
{
    std::vector<TmplExprPtr> kids;
    while (!skipOp(close)) {
        if (!kids.empty()) {
            if (!skipOp(u","))
                unexpected(peek(), "expected ',' or '"_L1 + close + u'\'');
            if (skipOp(close))
                break;
        }
        kids.push_back(parseExpression());
        if (kind == Kind::Dict) {
            expectOp(u":");
            kids.push_back(parseExpression());
        }
    }
    return make(kind, pos, std::move(kids));
}

TmplExprPtr TmplParser::parsePostfix(TmplExprPtr e)
{
    for (;;) {
        const TmplToken &t = peek();
        if (t.isOp(u".")) {
            next();
            const TmplToken &name = peek();
            std::vector<TmplExprPtr> kids;
            kids.push_back(std::move(e));
            if (name.kind == TK::Int) {                // foo.0 is foo[0]
                TmplExprPtr index = make(Kind::Literal, name.pos, {});
                index->value = TmplValue(name.intValue);
                kids.push_back(std::move(index));
                e = make(Kind::Item, name.pos, std::move(kids));
                next();
            } else {
                const QString attr = expectName(QStringLiteral("an attribute name"));
                e = make(Kind::Attr, name.pos, std::move(kids));
                e->name = attr;
            }
        } else if (t.isOp(u"[")) {
            e = parseSubscript(std::move(e));
        } else if (t.isOp(u"(")) {
            if (e->kind != Kind::Name && e->kind != Kind::Attr)
                fail(t.pos, QStringLiteral("only functions and methods can be called"));
            std::vector<TmplExprPtr> kids;
            kids.push_back(std::move(e));
            e = make(Kind::Call, t.pos, std::move(kids));
            parseArguments(e.get());
        } else {
            return e;
        }
    }
}

TmplExprPtr TmplParser::parseSubscript(TmplExprPtr e)
{
    const int pos = next().pos;                       // [
    std::vector<TmplExprPtr> kids;
    kids.push_back(std::move(e));
    auto bound = [&]() -> TmplExprPtr {
        if (peek().isOp(u":") || peek().isOp(u"]"))
            return nullptr;
        return parseExpression();
    };
    TmplExprPtr first = bound();
    if (!peek().isOp(u":")) {
        if (!first)
            unexpected(peek(), QStringLiteral("expected an expression"));
        expectOp(u"]");
        kids.push_back(std::move(first));
        return make(Kind::Item, pos, std::move(kids));
    }
    next();
    kids.push_back(std::move(first));
    kids.push_back(bound());
    kids.push_back(skipOp(u":") ? bound() : nullptr);
    expectOp(u"]");
    return make(Kind::Slice, pos, std::move(kids));
}

// `(a, b, name=c)` after a call target, filter or test; appends to call->kids/argNames.
void TmplParser::parseArguments(TmplExpr *call)
{
    expectOp(u"(");
    bool first = true;
    while (!skipOp(u")")) {
        if (!first) {
            expectOp(u",");
            if (skipOp(u")"))
                break;
        }
        first = false;
        QString name;
        if (peek().kind == TK::Name && peek(1).isOp(u"=")) {
            name = next().text;
            next();
        } else if (!call->argNames.isEmpty() && !call->argNames.last().isEmpty()) {
            fail(peek().pos, QStringLiteral("positional argument after a keyword argument"));
        }
        TmplExprPtr arg = parseExpression();
        call->depth = std::max(call->depth, arg->depth + 1);
        if (call->depth > kMaxDepth)
            fail(arg->pos, QStringLiteral("expression nested too deeply (limit %1)").arg(kMaxDepth));
        call->kids.push_back(std::move(arg));
        call->argNames.append(name);
    }
}

void TmplParser::bind(TmplExpr *e, const TmplFunctionDef &def, const QString &what)
{
    const QString message = tmplBindArguments(def, e->argNames, &e->argSlots);
    if (!message.isEmpty())
        fail(e->pos, what + u" '"_s + def.name + "': "_L1 + message);
}

TmplExprPtr TmplParser::parseFilterExpr(TmplExprPtr e)
{
    for (;;) {
        if (peek().isOp(u"|")) {
            next();
            const TmplToken &nameTok = peek();
            const QString name = expectName(QStringLiteral("a filter name"));
            const int id = TmplFilters::find(name);
            if (id < 0)
                fail(nameTok.pos, "unknown filter '"_L1 + name + u'\'');
            std::vector<TmplExprPtr> kids;
            kids.push_back(std::move(e));
            e = make(Kind::Filter, nameTok.pos, std::move(kids));
            e->fn = id;
            e->name = name;
            if (peek().isOp(u"("))
                parseArguments(e.get());
            bind(e.get(), TmplFilters::at(id), QStringLiteral("filter"));
        } else if (peek().isName(u"is")) {
            next();
            const bool negate = skipName(u"not");
            const TmplToken &nameTok = peek();
            const QString name = expectName(QStringLiteral("a test name"));
            const int id = TmplTests::find(name);
            if (id < 0)
                fail(nameTok.pos, "unknown test '"_L1 + name + u'\'');
            std::vector<TmplExprPtr> kids;
            kids.push_back(std::move(e));
            e = make(Kind::Test, nameTok.pos, std::move(kids));
            e->fn = id;
            e->name = name;
            e->negate = negate;
            const TmplToken &t = peek();
            if (t.isOp(u"(")) {
                parseArguments(e.get());
            } else if ((t.kind == TK::Name || t.kind == TK::String || t.kind == TK::Int || t.kind == TK::Float
                        || t.isOp(u"[") || t.isOp(u"{"))
                       && !t.isName(u"else") && !t.isName(u"or") && !t.isName(u"and")) {
                if (t.isName(u"is"))
                    fail(t.pos, QStringLiteral("tests cannot be chained with 'is'"));
                TmplExprPtr arg = parsePostfix(parsePrimary());   // `is divisibleby 3`
                e->depth = std::max(e->depth, arg->depth + 1);
                e->kids.push_back(std::move(arg));
                e->argNames.append(QString());
            }
            bind(e.get(), TmplTests::at(id), QStringLiteral("test"));
        } else {
            return e;
        }
    }
}

} // namespace lathe
