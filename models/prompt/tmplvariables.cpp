#include "prompt/tmplvariables.h"

using namespace Qt::StringLiterals;

namespace lathe {

QStringList TmplVariables::collect(const TmplNodeList &list)
{
    TmplVariables v;
    v.m_scopes.append(QSet<QString>());
    v.nodes(list);
    return v.m_found;
}

void TmplVariables::use(const QString &name)
{
    if (name == u"loop" || m_found.contains(name))
        return;
    for (const QSet<QString> &scope : std::as_const(m_scopes))
        if (scope.contains(name))
            return;
    m_found.append(name);
}

void TmplVariables::nodes(const TmplNodeList &list)
{
    for (const TmplNodePtr &n : list) {
        switch (n->kind) {
        case TmplNode::Kind::Text: break;
        case TmplNode::Kind::Output: expr(n->expr.get()); break;
        case TmplNode::Kind::If:
            for (const TmplNode::Branch &b : n->branches) {
                expr(b.cond.get());
                nodes(b.body);
            }
            break;
        case TmplNode::Kind::For:
            expr(n->expr.get());
            m_scopes.append(QSet<QString>());
            for (const QString &t : n->targets)
                declare(t);
            expr(n->filter.get());
            nodes(n->body);
            m_scopes.removeLast();
            nodes(n->elseBody);
            break;
        case TmplNode::Kind::Set:
            expr(n->expr.get());
            if (n->attributeTarget)
                use(n->targets.first());
            else
                declare(n->targets.first());
            break;
        case TmplNode::Kind::SetBlock:
            nodes(n->body);
            declare(n->targets.first());
            break;
        }
    }
}

void TmplVariables::expr(const TmplExpr *e)
{
    if (!e)
        return;
    if (e->kind == TmplExpr::Kind::Name) {
        use(e->name);
        return;
    }
    size_t first = 0;
    if (e->kind == TmplExpr::Kind::Call && e->kids[0]->kind == TmplExpr::Kind::Name)
        first = 1;      // a global function, not a variable
    for (size_t i = first; i < e->kids.size(); ++i)
        expr(e->kids[i].get());
}

} // namespace lathe
