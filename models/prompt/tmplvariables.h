#pragma once

#include "prompt/tmplast.h"

#include <QSet>
#include <QStringList>

namespace lathe {

// Finds the top-level variables a template reads, in order of first use: names that are not
// loop variables, `loop`, a name set earlier in the same scope by {% set %}, or a global
// function being called (range, namespace, dict). Scoping follows the renderer: a for body
// is its own scope; if blocks are not.
class TmplVariables final
{
public:
    static QStringList collect(const TmplNodeList &nodes);

private:
    void nodes(const TmplNodeList &list);
    void expr(const TmplExpr *e);
    void use(const QString &name);
    void declare(const QString &name) { m_scopes.last().insert(name); }

    QList<QSet<QString>> m_scopes;
    QStringList m_found;
};

} // namespace lathe
