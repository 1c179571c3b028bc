#pragma once

#include "prompt/tmplast.h"
#include "prompt/tmpllexer.h"

namespace lathe {

// Builds the tree of a template from its tokens with Jinja2's grammar and operator precedence.
// Filters and tests are resolved here, so an unknown one is a parse error. Nesting (blocks
// and expressions together) is limited to kMaxDepth so no input can exhaust the stack.
class TmplParser final
{
public:
    static constexpr int kMaxDepth = 200;

    TmplParser(const QString &source, QList<TmplToken> tokens);

    TmplNodeList parse();       // throws TmplException

private:
    TmplNodeList parseBody(const QStringList &ends, const QString &openTag, int openPos);
    TmplNodePtr parseStatement(const QString &tag, int pos);
    TmplNodePtr parseIf(int pos);
    TmplNodePtr parseFor(int pos);
    TmplNodePtr parseSet(int pos);
    void expectEndTag(const QString &tag);

    TmplExprPtr parseExpression(bool withCondition = true);
    TmplExprPtr parseOr();
    TmplExprPtr parseAnd();
    TmplExprPtr parseNot();
    TmplExprPtr parseCompare();
    TmplExprPtr parseMath1();
    TmplExprPtr parseConcat();
    TmplExprPtr parseMath2();
    TmplExprPtr parsePow();
    TmplExprPtr parseUnary(bool withFilter);
    TmplExprPtr parsePrimary();
    TmplExprPtr parseSequence(TmplExpr::Kind kind, const QString &close, int pos);
    TmplExprPtr parsePostfix(TmplExprPtr e);
    TmplExprPtr parseFilterExpr(TmplExprPtr e);
    TmplExprPtr parseSubscript(TmplExprPtr e);
    void parseArguments(TmplExpr *call);

    TmplExprPtr make(TmplExpr::Kind kind, int pos, std::vector<TmplExprPtr> kids);
    void bind(TmplExpr *e, const struct TmplFunctionDef &def, const QString &what);

    const TmplToken &peek(int ahead = 0) const;
    const TmplToken &next();
    bool skipOp(QStringView op);
    bool skipName(QStringView name);
    void expectOp(QStringView op);
    void expectBlockEnd();
    QString expectName(const QString &what);
    [[noreturn]] void unexpected(const TmplToken &t, const QString &expected) const;
    [[noreturn]] void fail(int pos, const QString &message) const;

    struct DepthGuard
    {
        DepthGuard(TmplParser *p, int pos);
        ~DepthGuard() { --m_p->m_depth; }
        TmplParser *m_p;
    };

    const QString &m_src;
    QList<TmplToken> m_tokens;
    qsizetype m_i = 0;
    int m_depth = 0;
};

} // namespace lathe
