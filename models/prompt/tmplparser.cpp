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

QString tag(const QString &name) { return "{% "_L1 + name + " %}"_L1; }

// Tags that only make sense inside another block, and the block they belong to.
QString ownerOf(const QString &endTag)
{
    if (endTag == "endif"_L1 || endTag == "elif"_L1 || endTag == "elseif"_L1)
        return QStringLiteral("if");
    if (endTag == "endfor"_L1)
        return QStringLiteral("for");
    if (endTag == "endset"_L1)
        return QStringLiteral("set");
    if (endTag == "else"_L1)
        return QStringLiteral("if");
    return {};
}

} // namespace

TmplParser::DepthGuard::DepthGuard(TmplParser *p, int pos) : m_p(p)
{
    if (++m_p->m_depth > kMaxDepth) {
        --m_p->m_depth;
        m_p->fail(pos, QStringLiteral("template nested too deeply (limit %1)").arg(kMaxDepth));
    }
}

TmplParser::TmplParser(const QString &source, QList<TmplToken> tokens)
    : m_src(source), m_tokens(std::move(tokens))
{
}

TmplNodeList TmplParser::parse()
{
    return parseBody({}, {}, 0);
}

const TmplToken &TmplParser::peek(int ahead) const
{
    return m_tokens.at(std::min(m_i + ahead, m_tokens.size() - 1));
}

const TmplToken &TmplParser::next()
{
    const TmplToken &t = peek();
    if (m_i < m_tokens.size() - 1)
        ++m_i;
    return t;
}

bool TmplParser::skipOp(QStringView op)
{
    if (!peek().isOp(op))
        return false;
    next();
    return true;
}

bool TmplParser::skipName(QStringView name)
{
    if (!peek().isName(name))
        return false;
    next();
    return true;
}

void TmplParser::expectOp(QStringView op)
{
    if (!skipOp(op))
        unexpected(peek(), "expected '"_L1 + op + u'\'');
}

void TmplParser::expectBlockEnd()
{
    if (peek().kind != TK::BlockEnd)
        unexpected(peek(), QStringLiteral("expected '%}'"));
    next();
}

QString TmplParser::expectName(const QString &what)
{
    if (peek().kind != TK::Name)
        unexpected(peek(), "expected "_L1 + what);
    return next().text;
}

void TmplParser::fail(int pos, const QString &message) const
{
    throw TmplException{pos, message};
}

void TmplParser::unexpected(const TmplToken &t, const QString &expected) const
{
    fail(t.pos, "unexpected "_L1 + t.describe() + ", "_L1 + expected);
}

TmplNodeList TmplParser::parseBody(const QStringList &ends, const QString &openTag, int openPos)
{
    DepthGuard guard(this, peek().pos);
    TmplNodeList out;
    for (;;) {
        const TmplToken &t = peek();
        if (t.kind == TK::Data) {
            auto n = std::make_unique<TmplNode>();
            n->pos = t.pos;
            n->text = t.text;
            out.push_back(std::move(n));
            next();
        } else if (t.kind == TK::VarBegin) {
            auto n = std::make_unique<TmplNode>();
            n->kind = TmplNode::Kind::Output;
            n->pos = next().pos;
            n->expr = parseExpression();
            if (peek().kind != TK::VarEnd)
                unexpected(peek(), QStringLiteral("expected '}}'"));
            next();
            out.push_back(std::move(n));
        } else if (t.kind == TK::BlockBegin) {
            const TmplToken &name = peek(1);
            if (name.kind != TK::Name) {
                next();
                unexpected(name, QStringLiteral("expected a tag name"));
            }
            if (ends.contains(name.text))
                return out;
            const int pos = next().pos;
            const QString tagName = next().text;
            if (tagName == "if"_L1 || tagName == "for"_L1 || tagName == "set"_L1) {
                out.push_back(parseStatement(tagName, pos));
            } else if (!ownerOf(tagName).isEmpty() || tagName == "endraw"_L1) {
                if (!openTag.isEmpty())
                    fail(name.pos, "unexpected "_L1 + tag(tagName) + ", expected "_L1 + tag(ends.last())
                                       + " for the "_L1 + tag(openTag) + " opened at "_L1
                                       + TmplLexer::location(m_src, openPos));
                fail(name.pos, "unexpected "_L1 + tag(tagName) + " without a matching "_L1
                                   + tag(tagName == "endraw"_L1 ? u"raw"_s : ownerOf(tagName)));
            } else {
                fail(name.pos, "unknown tag '"_L1 + tagName + u'\'');
            }
        } else if (t.kind == TK::End) {
            if (!openTag.isEmpty())
                fail(t.pos, "unclosed "_L1 + tag(openTag) + " opened at "_L1 + TmplLexer::location(m_src, openPos)
                                + ", expected "_L1 + tag(ends.last()));
            return out;
        } else {
            unexpected(t, QStringLiteral("expected template text or a tag"));
        }
    }
}

TmplNodePtr TmplParser::parseStatement(const QString &tagName, int pos)
{
    if (tagName == "if"_L1)
        return parseIf(pos);
    if (tagName == "for"_L1)
        return parseFor(pos);
    return parseSet(pos);
}

// Consumes `{% tag %}` after a body stopped in front of it.
void TmplParser::expectEndTag(const QString &tagName)
{
    next();                     // {%
    if (!skipName(tagName))
        unexpected(peek(), "expected "_L1 + tag(tagName));
    expectBlockEnd();
}

TmplNodePtr TmplParser::parseIf(int pos)
{
    auto n = std::make_unique<TmplNode>();
    n->kind = TmplNode::Kind::If;
    n->pos = pos;
    TmplExprPtr cond = parseExpression();
    expectBlockEnd();
    for (;;) {
        TmplNodeList body = parseBody({u"elif"_s, u"elseif"_s, u"else"_s, u"endif"_s}, u"if"_s, pos);
        n->branches.push_back({std::move(cond), std::move(body)});
        const QString name = peek(1).text;
        if (name == "endif"_L1) {
            expectEndTag(name);
            return n;
        }
        next();
        next();
        if (name == "else"_L1) {
            expectBlockEnd();
            n->branches.push_back({nullptr, parseBody({u"endif"_s}, u"if"_s, pos)});
            expectEndTag(u"endif"_s);
            return n;
        }
        cond = parseExpression();       // elif, or Nunjucks' elseif
        expectBlockEnd();
    }
}

TmplNodePtr TmplParser::parseFor(int pos)
{
    auto n = std::make_unique<TmplNode>();
    n->kind = TmplNode::Kind::For;
    n->pos = pos;
    const bool paren = skipOp(u"(");
    do {
        n->targets.append(expectName(QStringLiteral("a loop variable name")));
    } while (skipOp(u","));
    if (paren)
        expectOp(u")");
    if (!skipName(u"in"))
        unexpected(peek(), QStringLiteral("expected 'in'"));
    n->expr = parseExpression(false);
    if (skipName(u"if"))
        n->filter = parseExpression(false);
    if (peek().isName(u"recursive"))
        fail(peek().pos, QStringLiteral("recursive loops are not supported"));
    expectBlockEnd();
    n->body = parseBody({u"else"_s, u"endfor"_s}, u"for"_s, pos);
    if (peek(1).isName(u"else")) {
        next();
        next();
        expectBlockEnd();
        n->elseBody = parseBody({u"endfor"_s}, u"for"_s, pos);
    }
    expectEndTag(u"endfor"_s);
    return n;
}

TmplNodePtr TmplParser::parseSet(int pos)
{
    auto n = std::make_unique<TmplNode>();
    n->kind = TmplNode::Kind::Set;
    n->pos = pos;
    n->targets.append(expectName(QStringLiteral("a variable name")));
    if (skipOp(u".")) {
        n->attributeTarget = true;
        n->targets.append(expectName(QStringLiteral("an attribute name")));
    }
    if (skipOp(u"=")) {
        n->expr = parseExpression();
        expectBlockEnd();
        return n;
    }
    if (peek().kind != TK::BlockEnd || n->attributeTarget)
        unexpected(peek(), QStringLiteral("expected '='"));
    next();
    n->kind = TmplNode::Kind::SetBlock;
    n->body = parseBody({u"endset"_s}, u"set"_s, pos);
    expectEndTag(u"endset"_s);
    return n;
}

TmplExprPtr TmplParser::make(Kind kind, int pos, std::vector<TmplExprPtr> kids)
{
    auto e = std::make_unique<TmplExpr>();
    e->kind = kind;
    e->pos = pos;
    for (const auto &k : kids)
        if (k)
            e->depth = std::max(e->depth, k->depth + 1);
    if (e->depth > kMaxDepth)
        fail(pos, QStringLiteral("expression nested too deeply (limit %1)").arg(kMaxDepth));
    e->kids = std::move(kids);
    return e;
}

TmplExprPtr TmplParser::parseExpression(bool withCondition)
{
    TmplExprPtr e = parseOr();
    while (withCondition && peek().isName(u"if")) {
        const int pos = next().pos;
        TmplExprPtr cond = parseOr();
        TmplExprPtr otherwise = skipName(u"else") ? parseExpression() : nullptr;
        std::vector<TmplExprPtr> kids;
        kids.push_back(std::move(e));
        kids.push_back(std::move(cond));
        kids.push_back(std::move(otherwise));
        e = make(Kind::Cond, pos, std::move(kids));
    }
    return e;
}

TmplExprPtr TmplParser::parseOr()
{
    TmplExprPtr e = parseAnd();
    while (peek().isName(u"or")) {
        const int pos = next().pos;
        std::vector<TmplExprPtr> kids;
        kids.push_back(std::move(e));
        kids.push_back(parseAnd());
        e = make(Kind::Or, pos, std::move(kids));
    }
    return e;
}

TmplExprPtr TmplParser::parseAnd()
{
    TmplExprPtr e = parseNot();
    while (peek().isName(u"and")) {
        const int pos = next().pos;
        std::vector<TmplExprPtr> kids;
        kids.push_back(std::move(e));
        kids.push_back(parseNot());
        e = make(Kind::And, pos, std::move(kids));
    }
    return e;
}

TmplExprPtr TmplParser::parseNot()
{
    if (peek().isName(u"not")) {
        DepthGuard guard(this, peek().pos);
        const int pos = next().pos;
        std::vector<TmplExprPtr> kids;
        kids.push_back(parseNot());
        return make(Kind::Not, pos, std::move(kids));
    }
    return parseCompare();
}

TmplExprPtr TmplParser::parseCompare()
{
    TmplExprPtr first = parseMath1();
    QList<Op> ops;
    std::vector<TmplExprPtr> kids;
    const int pos = peek().pos;
    for (;;) {
        const TmplToken &t = peek();
        Op op;
        if (t.isOp(u"==")) op = Op::Eq;
        else if (t.isOp(u"!=")) op = Op::Ne;
        else if (t.isOp(u"<")) op = Op::Lt;
        else if (t.isOp(u"<=")) op = Op::Le;
        else if (t.isOp(u">")) op = Op::Gt;
        else if (t.isOp(u">=")) op = Op::Ge;
        else if (t.isName(u"in")) op = Op::In;
        else if (t.isName(u"not") && peek(1).isName(u"in")) { op = Op::NotIn; next(); }
        else break;
        next();
        ops.append(op);
        if (kids.empty())
            kids.push_back(std::move(first));
        kids.push_back(parseMath1());
    }
    if (kids.empty())
        return first;
    TmplExprPtr e = make(Kind::Compare, pos, std::move(kids));
    e->ops = ops;
    return e;
}

TmplExprPtr TmplParser::parseMath1()
{
    TmplExprPtr e = parseConcat();
    while (peek().isOp(u"+") || peek().isOp(u"-")) {
        const TmplToken &t = next();
        const Op op = t.text == u"+" ? Op::Add : Op::Sub;
        std::vector<TmplExprPtr> kids;
        kids.push_back(std::move(e));
        kids.push_back(parseConcat());
        e = make(Kind::Binary, t.pos, std::move(kids));
        e->op = op;
    }
    return e;
}

TmplExprPtr TmplParser::parseConcat()
{
    TmplExprPtr e = parseMath2();
    if (!peek().isOp(u"~"))
        return e;
    const int pos = peek().pos;
    std::vector<TmplExprPtr> kids;
    kids.push_back(std::move(e));
    while (skipOp(u"~"))
        kids.push_back(parseMath2());
    return make(Kind::Concat, pos, std::move(kids));
}

} // namespace lathe
